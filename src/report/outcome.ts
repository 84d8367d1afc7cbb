import type { SyncOutcome } from "../sync.js";
import { planToJson, resultToJson } from "./json.js";

/** The JSON printed by `--json`, written by `--out` and by the Action's plan file. */
export function outcomeToJson(command: string, outcome: SyncOutcome) {
  return {
    command,
    plan: planToJson(outcome.plan),
    result: outcome.result ? resultToJson(outcome.result) : null,
  };
}
