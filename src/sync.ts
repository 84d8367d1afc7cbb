import { applyPlan } from "./apply/apply.js";
import type { RunResult } from "./apply/types.js";
import type { Settings } from "./config/settings.js";
import { buildPlan } from "./plan/build.js";
import { isBlocked, type Plan } from "./plan/types.js";
import type { Logger } from "./log.js";
import { loadDocuments } from "./sources/load.js";
import type { TargetContext } from "./targets/context.js";
import { targets } from "./targets/registry.js";

export interface SyncDeps {
  log: Logger;
  userAgent: string;
  /** Shows progress while writing; the CLI passes one on a terminal only. */
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A plan, and for a sync that was allowed to write, what writing it did. */
export interface SyncOutcome {
  plan: Plan;
  result?: RunResult;
}

/**
 * The whole run as a list of named steps: read the docs, read the knowledge base, plan,
 * and — for `sync`, when nothing blocks the plan — apply it.
 */
export async function sync(settings: Settings, deps: SyncDeps): Promise<SyncOutcome> {
  const context: TargetContext = { log: deps.log, userAgent: deps.userAgent, now: deps.now, sleep: deps.sleep };
  const target = targets[settings.target]!(settings, context);

  deps.log.info(`Reading ${settings.root}`);
  const local = await loadDocuments(settings);
  deps.log.info(`Read ${local.documents.length} documents (${local.excluded.length} excluded, ${errorCount(local.diagnostics)} unreadable)`);

  deps.log.info(`Reading the ${target.name} knowledge base`);
  const snapshot = await target.snapshot();

  const plan = buildPlan({
    documents: local.documents,
    diagnostics: local.diagnostics,
    snapshot,
    target,
    options: { maxDeletes: settings.maxDeletes, allowMassDelete: settings.allowMassDelete, deletions: settings.deletions },
  });
  if (settings.command === "plan" || isBlocked(plan)) return { plan };

  const result = await applyPlan(plan, target, { deletions: settings.deletions, onProgress: deps.onProgress });
  return { plan, result };
}

function errorCount(diagnostics: { severity: string }[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}
