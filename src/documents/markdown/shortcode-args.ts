/** Arguments of a Hugo shortcode or Liquid tag: positional values and `key=value` pairs. */
export interface ShortcodeArgs {
  positional: string[];
  named: Record<string, string>;
}

// "double", 'single', `raw` or bare values, optionally preceded by key= (Liquid uses key: too).
const ARGUMENT = /(?:([\w-]+)\s*[=:]\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+))/g;

/** Parses `note "A title" open=true` into `{ positional: ["note", "A title"], named: { open: "true" } }`. */
export function parseArgs(text: string): ShortcodeArgs {
  const args: ShortcodeArgs = { positional: [], named: {} };
  for (const match of text.matchAll(ARGUMENT)) {
    const [, key, double, single, raw, bare] = match;
    const value = double !== undefined ? double.replace(/\\(.)/g, "$1") : (single ?? raw ?? bare ?? "");
    if (key) args.named[key.toLowerCase()] = value;
    else args.positional.push(value);
  }
  return args;
}

/** The first named value present, else the positional value at `index`. */
export function argument(args: ShortcodeArgs, names: readonly string[], index?: number): string | undefined {
  for (const name of names) if (args.named[name] !== undefined) return args.named[name];
  return index === undefined ? undefined : args.positional[index];
}
