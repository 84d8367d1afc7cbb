import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "./run-bundle.js";

interface DeclaredInput {
  default?: string;
}

/**
 * The INPUT_* variables the GitHub runner sets for a JavaScript action, as it sets them: every
 * input action.yml declares, with its declared default (expressions evaluated by `evaluate`) or
 * empty when it has none, then the workflow's `with:` values. Names keep their hyphens, upper-cased.
 */
export function runnerInputEnv(withValues: Record<string, string>, evaluate: (expression: string) => string): NodeJS.ProcessEnv {
  const declared = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")).inputs as Record<string, DeclaredInput>;
  const env: NodeJS.ProcessEnv = {};
  for (const [name, input] of Object.entries(declared)) {
    const value = input.default === undefined ? "" : String(input.default);
    env[`INPUT_${name.toUpperCase()}`] = /^\$\{\{.*\}\}$/.test(value.trim()) ? evaluate(value) : value;
  }
  for (const [name, value] of Object.entries(withValues)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

/** Inputs that declare a default in action.yml. */
export function declaredDefaults(): Record<string, string> {
  const declared = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")).inputs as Record<string, DeclaredInput>;
  return Object.fromEntries(Object.entries(declared).flatMap(([name, input]) => (input.default === undefined ? [] : [[name, String(input.default)]])));
}
