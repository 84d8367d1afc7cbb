import { createChatbotTarget } from "./chatbot/index.js";
import type { TargetFactory } from "./context.js";
import { createHeppuTarget } from "./heppu/index.js";
// From humind.js, not index.js: the index re-exports the HTML renderer, which loads on first use.
import { createHumindTarget } from "./humind/humind.js";
import { createLocalTarget } from "./local/index.js";
import { createTotoyTarget } from "./totoy/index.js";

/** Every target kb-publish can publish to, by the name used in `--target`. */
export const targets: Record<string, TargetFactory> = {
  local: createLocalTarget,
  heppu: createHeppuTarget,
  humind: createHumindTarget,
  chatbot: createChatbotTarget,
  totoy: createTotoyTarget,
};

export function targetNames(): string[] {
  return Object.keys(targets);
}
