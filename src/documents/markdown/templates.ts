import { literalPart, mergeParts, textPart } from "./parts.js";
import type { Part } from "./parts.js";
import { argument, parseArgs } from "./shortcode-args.js";
import { renderShortcode } from "./shortcodes.js";

/** A template tag never spans more than this: an unclosed `{{` is text, not the rest of the page. */
const MAX_TAG_LENGTH = 4000;
/** Liquid tags whose content is never shown where they stand. */
const DROPS_CONTENT = new Set(["comment", "capture"]);
/**
 * Liquid tags that stand for another page's URL, written as that page's file so links resolve
 * like any Markdown link: `{% link docs/x.md %}` and `{% post_url 2024-01-01-x %}`.
 */
const LINK_TAGS: Record<string, (target: string) => string> = {
  link: (path) => `/${path.replace(/^\/+/, "")}`,
  post_url: (name) => `/_posts/${name.replace(/^\/+/, "")}.md`,
};

/**
 * Hugo shortcodes and Liquid / Go-template tags in prose. Hugo's escaped form (a shortcode
 * wrapped in a block comment inside its delimiters) becomes the literal `{{< x >}}`; `{% raw %}` content is kept literally; `{% comment %}` and
 * `{% capture %}` blocks go with their content; every other tag is removed, keeping the prose
 * between paired tags. Only ever called on text outside code.
 */
export function cleanTemplates(text: string): Part[] {
  if (!text.includes("{{") && !text.includes("{%")) return [textPart(text)];
  const parts: Part[] = [];
  const find = finderFor(text);
  let cursor = 0;
  let at = nextTag(text, 0);
  while (at !== -1) {
    const tag = readTag(text, at, find);
    if (tag) {
      parts.push(textPart(text.slice(cursor, at)), ...tag.parts);
      cursor = tag.end;
    }
    at = nextTag(text, tag ? tag.end : at + 2);
  }
  parts.push(textPart(text.slice(cursor)));
  return mergeParts(parts);
}

function nextTag(text: string, from: number): number {
  const opener = /\{[{%]/g;
  opener.lastIndex = from;
  return opener.exec(text)?.index ?? -1;
}

interface Tag {
  parts: Part[];
  end: number;
}

function readTag(text: string, at: number, find: Finder): Tag | undefined {
  const head = text.slice(at, at + 5);
  if (head === "{{</*" || head === "{{%/*") return escapedShortcode(text, at, find);
  if (head.startsWith("{{<") || head.startsWith("{{%")) return shortcode(text, at, find);
  if (head.startsWith("{{")) return expression(at, find);
  return liquidTag(text, at, find);
}

/** Finds a closing marker within reach of `from`, or -1; remembers each search, so a page is scanned once per marker. */
type Finder = (marker: string, from: number) => number;

function finderFor(text: string): Finder {
  const searches = new Map<string, { from: number; index: number }>();
  return (marker, from) => {
    let search = searches.get(marker);
    if (!search || from < search.from || (search.index !== -1 && search.index < from)) {
      search = { from, index: text.indexOf(marker, from) };
      searches.set(marker, search);
    }
    return search.index === -1 || search.index - from > MAX_TAG_LENGTH ? -1 : search.index;
  };
}

function escapedShortcode(text: string, at: number, find: Finder): Tag | undefined {
  const delimiter = text[at + 2];
  const close = delimiter === "<" ? "*/>}}" : "*/%}}";
  const end = find(close, at + 5);
  if (end === -1) return undefined;
  const reopened = delimiter === "<" ? ["{{<", ">}}"] : ["{{%", "%}}"];
  return { parts: [literalPart(`${reopened[0]}${text.slice(at + 5, end)}${reopened[1]}`)], end: end + close.length };
}

function shortcode(text: string, at: number, find: Finder): Tag | undefined {
  const close = text[at + 2] === "<" ? ">}}" : "%}}";
  const end = find(close, at + 3);
  if (end === -1) return undefined;
  const inner = text.slice(at + 3, end).replace(/^-|-$/g, "").trim();
  const name = /^\/?\s*([\w.-]+)/.exec(inner);
  const replacement = !name || inner.startsWith("/") ? "" : renderShortcode(name[1]!.toLowerCase(), parseArgs(inner.slice(name[0].length)));
  return { parts: [textPart(replacement)], end: end + close.length };
}

function expression(at: number, find: Finder): Tag | undefined {
  const end = find("}}", at + 2);
  return end === -1 ? undefined : { parts: [], end: end + 2 };
}

function liquidTag(text: string, at: number, find: Finder): Tag | undefined {
  const end = find("%}", at + 2);
  if (end === -1) return undefined;
  const inner = text.slice(at + 2, end).replace(/^-|-$/g, "").trim();
  const name = /^[\w-]+/.exec(inner)?.[0] ?? "";
  const after = end + 2;
  if (name === "raw") return blockUntil(text, after, "endraw", rawContent);
  if (DROPS_CONTENT.has(name)) return blockUntil(text, after, `end${name}`, () => []);
  const linkTag = LINK_TAGS[name];
  if (linkTag) {
    const target = argument(parseArgs(inner.slice(name.length)), [], 0);
    return { parts: [textPart(target ? linkTag(target) : "")], end: after };
  }
  return { parts: [], end: after };
}

/** Raw content is literal; the line breaks around it stay text, so blank lines still collapse. */
function rawContent(content: string): Part[] {
  const [, before = "", inner = "", after = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(content) ?? [];
  return [textPart(before), literalPart(inner), textPart(after)];
}

/** The content up to `{% endname %}`, rendered by `render`; without an end tag only the opener goes. */
function blockUntil(text: string, from: number, endName: string, render: (content: string) => Part[]): Tag {
  const endTag = new RegExp(`\\{%-?\\s*${endName}\\s*-?%\\}`, "g");
  endTag.lastIndex = from;
  const match = endTag.exec(text);
  if (!match) return { parts: [], end: from };
  return { parts: render(text.slice(from, match.index)), end: match.index + match[0].length };
}
