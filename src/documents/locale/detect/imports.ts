import { withoutComments } from "./js-text.js";

// A config that imports its locales (`import locales from './locales.json'`, `import {
// localesConfig } from './config/locales'`) is read together with that module, still as text.

/** Where a config's `locales` value comes from when it is imported: the local name, the exported name, the module. */
export interface LocalesImport {
  /** The name the config uses (`locales: localesConfig`, or the shorthand `locales`). */
  name: string;
  /** What the module exports it as: a name, or `default`. */
  exported: string;
  /** The module specifier as written (`./locales.json`). */
  specifier: string;
}

export function localesImport(text: string): LocalesImport | undefined {
  const code = withoutComments(text);
  const property = /(?:^|[^\w$.])(['"]?)locales\1\s*:\s*([A-Za-z_$][\w$]*)\s*[,}\n]/.exec(code);
  const name = property?.[2] ?? (/[{,]\s*locales\s*[,}]/.test(code) ? "locales" : undefined);
  if (name === undefined) return undefined;
  const defaultImport = new RegExp(`\\bimport\\s+${name}\\s*(?:,\\s*\\{[^}]*\\}\\s*)?from\\s*['"]([^'"]+)['"]`).exec(code);
  if (defaultImport) return { name, exported: "default", specifier: defaultImport[1]! };
  for (const named of code.matchAll(/\bimport\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    for (const item of named[1]!.split(",")) {
      const [exported, local = exported] = item.trim().split(/\s+as\s+/).map((part) => part.trim());
      if (local === name && exported) return { name, exported, specifier: named[2]! };
    }
  }
  return undefined;
}

/**
 * The value expression a module exports as `exported`: a JSON module is its whole text;
 * `export const x = {…}`, `export default {…}`, or a `const` exported by name later
 * (`const x = {…}; export { x }`, `export default x`). Undefined when not written as a literal.
 */
export function exportedValue(moduleText: string, exported: string, json: boolean): string | undefined {
  if (json) return moduleText.trim();
  const code = withoutComments(moduleText);
  if (exported === "default") {
    const direct = /\bexport\s+default\s+(\{[\s\S]*)$/.exec(code)?.[1];
    if (direct) return direct;
    const named = /\bexport\s+default\s+([A-Za-z_$][\w$]*)/.exec(code)?.[1];
    return named === undefined ? undefined : declared(code, named);
  }
  return declared(code, exported);
}

function declared(code: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|[^\\w$.])(?:const|let|var)\\s+${name}\\s*(?::[^=]+)?=\\s*`).exec(code);
  return match ? code.slice(match.index + match[0].length) : undefined;
}
