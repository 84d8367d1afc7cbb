import { applyPlan } from "./apply/apply.js";
import type { RetryRoundOptions } from "./apply/retry-rounds.js";
import type { RunResult } from "./apply/types.js";
import type { Settings } from "./config/settings.js";
import type { Document } from "./documents/document.js";
import { snapshotFromDocuments } from "./plan/baseline.js";
import { buildPlan } from "./plan/build.js";
import { isBlocked, type Plan } from "./plan/types.js";
import type { Logger } from "./log.js";
import { readDocuments } from "./sources/prepare.js";
import type { HttpOverrides, TargetContext } from "./targets/context.js";
import type { Snapshot, Target } from "./targets/target.js";
import { targets } from "./targets/registry.js";

export interface SyncDeps {
  log: Logger;
  userAgent: string;
  /** A phase of the run starts: reading the docs, planning (reading the knowledge base), writing. Default none. */
  onPhase?: (phase: "reading" | "planning" | "writing", total?: number) => void;
  /** Items done in the current phase (files read, documents written); the CLI shows them on a terminal only. */
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** HTTP client overrides for remote targets (tests, benchmarks); see `TargetContext.http`. */
  http?: HttpOverrides;
  /** How transient per-item failures are retried within the run (tests use short pauses). Default: see retry-rounds.ts. */
  retry?: RetryRoundOptions;
}

/** A plan, and for a sync that was allowed to write, what writing it did. */
export interface SyncOutcome {
  plan: Plan;
  result?: RunResult;
}

/** A run planned but not yet applied: the target it was planned for and what it read there. */
export interface PlannedRun {
  target: Target;
  snapshot: Snapshot;
  plan: Plan;
}

/**
 * The whole run as a list of named steps: read the docs, read the knowledge base, plan,
 * and — for `sync`, when nothing blocks the plan — apply it.
 */
export async function sync(settings: Settings, deps: SyncDeps): Promise<SyncOutcome> {
  const { target, plan } = await planRun(settings, deps);
  try {
    // A plan against a baseline never saw the knowledge base, so it must never be applied to it.
    if (!writes(settings) || isBlocked(plan)) return { plan };
    deps.onPhase?.("writing");
    const retry = { sleep: deps.sleep, ...deps.retry };
    const result = await applyPlan(plan, target, { deletions: settings.deletions, onProgress: deps.onProgress, retry });
    return { plan, result };
  } finally {
    await target.close?.();
  }
}

/** A sync against the knowledge base itself (not a plan, not a baseline) writes, and holds the target exclusively. */
function writes(settings: Settings): boolean {
  return settings.command === "sync" && settings.baseline === undefined;
}

/**
 * Everything up to the plan, which never writes: read the docs, read the knowledge base, diff.
 * For a sync the target is held exclusively from here until `target.close()` (see `sync`).
 */
export async function planRun(settings: Settings, deps: SyncDeps): Promise<PlannedRun> {
  const context: TargetContext = { log: deps.log, userAgent: deps.userAgent, now: deps.now, sleep: deps.sleep, http: deps.http, exclusive: writes(settings) };
  const target = targets[settings.target]!(settings, context);
  try {
    return { target, ...(await readAndPlan(settings, deps, target)) };
  } catch (error) {
    await target.close?.();
    throw error;
  }
}

async function readAndPlan(settings: Settings, deps: SyncDeps, target: Target): Promise<Omit<PlannedRun, "target">> {
  deps.log.info(`Reading ${settings.root}`);
  deps.onPhase?.("reading");
  const local = await readDocuments({ ...settings, onProgress: deps.onProgress }, target.capabilities);
  deps.log.info(`Read ${local.documents.length} documents (${local.excluded.length} excluded, ${errorCount(local.diagnostics)} unreadable)`);

  deps.onPhase?.("planning");
  const snapshot = await readSnapshot(settings, target, deps.log, local.documents);

  const plan = buildPlan({
    documents: local.documents,
    diagnostics: local.diagnostics,
    excluded: local.excluded,
    snapshot,
    target,
    options: {
      maxDeletes: settings.maxDeletes,
      allowMassDelete: settings.allowMassDelete,
      deletions: settings.deletions,
      idPrefix: settings.idPrefix,
      allowRollback: settings.allowRollback,
    },
    commit: settings.commit,
  });
  return { snapshot, plan };
}

/** What the target holds, or — with `settings.baseline` — what it would hold had the baseline docs been published. */
async function readSnapshot(settings: Settings, target: Target, log: Logger, documents: Document[]): Promise<Snapshot> {
  if (settings.baseline === undefined) {
    log.info(`Reading the ${target.name} knowledge base`);
    return target.snapshot({ externalIds: documents.map((doc) => doc.externalId) });
  }
  log.info(`Reading the baseline docs in ${settings.baseline} (the knowledge base is not read)`);
  const baseline = await readDocuments({ ...settings, root: settings.baseline }, target.capabilities);
  return snapshotFromDocuments(baseline.documents, target);
}

function errorCount(diagnostics: { severity: string }[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}
