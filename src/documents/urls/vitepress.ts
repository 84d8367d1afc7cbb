import { type RoutedPage } from "./route.js";
import { within } from "./simple.js";
import type { VitePressRules } from "./types.js";

// VitePress's URL rules (vitepress.dev/guide/routing): a page's path under `srcDir` without
// `.md`, `index.md` being its folder, after `rewrites` — the first pattern that matches the
// path (`'en/:rest*': ':rest*'`, `'packages/:pkg/src/(.*)': ':pkg/index.md'`, or a `^…` regex)
// gives the path the page is built at. VitePress matches and fills them with path-to-regexp
// (v6 syntax); the subset written here covers named parameters with `?`, `*`, `+` and a custom
// pattern, unnamed groups, and regex keys.

/** The URL route VitePress gives a page under its `srcDir`, rewrites applied. */
export function vitepressRoute(rules: VitePressRules, page: RoutedPage): string | undefined {
  const relative = within(rules.srcDir, page.path);
  if (relative === undefined) return undefined;
  const rewritten = applyRewrites(relative, rules.rewrites) ?? relative;
  return rewritten.replace(/\.md$/, "");
}

/** The rewritten path, or undefined when no pattern matches. */
export function applyRewrites(path: string, rewrites: readonly (readonly [string, string])[]): string | undefined {
  for (const [from, to] of rewrites) {
    const params = matchPattern(from, path);
    if (params) return fillPattern(to, params).replace(/^\//, "");
  }
  return undefined;
}

type Params = Record<string, string | undefined>;

function matchPattern(pattern: string, path: string): Params | undefined {
  if (pattern.startsWith("^")) {
    const match = new RegExp(pattern).exec(path);
    if (!match) return undefined;
    return { ...Object.fromEntries(match.slice(1).map((value, index) => [String(index), value])), ...match.groups };
  }
  const { source, names } = compilePattern(pattern);
  const match = new RegExp(`^${source}[/]?$`, "i").exec(path);
  return match ? Object.fromEntries(names.map((name, index) => [name, match[index + 1]])) : undefined;
}

// `/:name(pattern)?`, `:name*`, or an unnamed `(pattern)`, each with the `/` before it.
const TOKEN = /(\/?)(?::([A-Za-z_]\w*)(?:\(((?:\\.|[^()])+)\))?|\(((?:\\.|[^()])+)\))([?*+])?/g;

function compilePattern(pattern: string): { source: string; names: string[] } {
  const names: string[] = [];
  let source = "";
  let last = 0;
  let unnamed = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    const [whole, slash, name, custom, group, modifier] = match;
    source += escape(pattern.slice(last, match.index));
    last = match.index + whole.length;
    names.push(name ?? String(unnamed++));
    const segment = custom ?? group ?? "[^/#?]+?";
    const prefix = escape(slash ?? "");
    if (modifier === "*" || modifier === "+") {
      const repeated = `((?:${segment})(?:${prefix}(?:${segment}))*)`;
      source += modifier === "*" ? `(?:${prefix}${repeated})?` : `${prefix}${repeated}`;
    } else {
      source += modifier === "?" ? `(?:${prefix}(${segment}))?` : `${prefix}(${segment})`;
    }
  }
  return { source: source + escape(pattern.slice(last)), names };
}

function fillPattern(pattern: string, params: Params): string {
  return pattern
    .replace(/(\/?):([A-Za-z_]\w*)(?:\((?:\\.|[^()])+\))?[?*+]?/g, (_whole, slash: string, name: string) => {
      const value = params[name];
      return value === undefined || value === "" ? "" : `${slash}${value}`;
    })
    .replace(/\((?:\\.|[^()])+\)[?*+]?/g, "");
}

function escape(text: string): string {
  return text.replace(/[.+*?^${}()|[\]\\]/g, "\\$&");
}
