import type { TargetFactory } from "./context.js";
import { createLocalTarget } from "./local/index.js";

/** Every target kb-publish can publish to, by the name used in `--target`. */
export const targets: Record<string, TargetFactory> = {
  local: createLocalTarget,
};

export function targetNames(): string[] {
  return Object.keys(targets);
}
