import { applyPlan } from "./apply/apply.js";
import type { RetryRoundOptions } from "./apply/retry-rounds.js";
import type { RunResult } from "./apply/types.js";
import type { Settings } from "./config/settings.js";
import { snapshotFromDocuments } from "./plan/baseline.js";
import { buildPlan } from "./plan/build.js";
import { isBlocked, type Plan } from "./plan/types.js";
import type { Logger } from "./log.js";
import { readSources, type SourceRead } from "./sources/incremental.js";
import { readDocuments } from "./sources/prepare.js";
import { Spool, type SpoolOptions } from "./spool/spool.js";
import type { HttpOverrides, TargetContext } from "./targets/context.js";
import type { RemoteRecord, Snapshot, Target } from "./targets/target.js";
import { targets } from "./targets/registry.js";
import { VERSION } from "./version.js";

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
  /** kb-publish's version as the derivation key sees it. Default VERSION (tests play an upgrade with another). */
  toolVersion?: string;
  /** How transient per-item failures are retried within the run (tests use short pauses). Default: see retry-rounds.ts. */
  retry?: RetryRoundOptions;
  /** How much page text a run keeps in memory before it spools pages to disk, and where (tests: a tiny budget). Default: see spool/spool.ts. */
  spool?: SpoolOptions;
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
  /** Files found, files derived, and records kept unchanged without parsing (see readSources). */
  counts: SourceRead["counts"];
  /** Where the plan's pages past the memory budget are until they are sent; the caller closes it. */
  spool: Spool;
}

/**
 * The whole run as a list of named steps: read the docs, read the knowledge base, plan,
 * and — for `sync`, when nothing blocks the plan — apply it.
 */
export async function sync(settings: Settings, deps: SyncDeps): Promise<SyncOutcome> {
  const { target, plan, spool } = await planRun(settings, deps);
  try {
    // A plan against a baseline never saw the knowledge base, so it must never be applied to it.
    if (!writes(settings) || isBlocked(plan)) return { plan };
    deps.onPhase?.("writing");
    const retry = { sleep: deps.sleep, ...deps.retry };
    const result = await applyPlan(plan, target, { deletions: settings.deletions, onProgress: deps.onProgress, retry, spool });
    return { plan, result };
  } finally {
    spool.close();
    await target.close?.();
  }
}

/** A sync against the knowledge base itself (not a plan, not a baseline) writes, and holds the target exclusively. */
function writes(settings: Settings): boolean {
  return settings.command === "sync" && settings.baseline === undefined;
}

/**
 * Everything up to the plan, which never writes: read the knowledge base, read the docs, diff.
 * For a sync the target is held exclusively from here until `target.close()` (see `sync`).
 */
export async function planRun(settings: Settings, deps: SyncDeps): Promise<PlannedRun> {
  const context: TargetContext = { log: deps.log, userAgent: deps.userAgent, now: deps.now, sleep: deps.sleep, http: deps.http, exclusive: writes(settings) };
  const target = targets[settings.target]!(settings, context);
  try {
    return await planWith(settings, target, deps);
  } catch (error) {
    await target.close?.();
    throw error;
  }
}

/** {@link planRun} through a target already made (tests use targets outside the registry). */
export async function planWith(settings: Settings, target: Target, deps: Pick<SyncDeps, "log" | "toolVersion" | "onPhase" | "onProgress" | "spool">): Promise<PlannedRun> {
  const spool = new Spool(deps.spool);
  try {
    return await planSpooled(settings, target, deps, spool);
  } catch (error) {
    spool.close();
    throw error;
  }
}

async function planSpooled(settings: Settings, target: Target, deps: Pick<SyncDeps, "log" | "toolVersion" | "onPhase" | "onProgress">, spool: Spool): Promise<PlannedRun> {
  // The listing runs while the docs folder is walked; the files are hashed once it is in.
  const listing = readSnapshot(settings, target, deps.log);
  listing.catch(() => undefined);
  deps.log.info(`Reading ${settings.root}`);
  deps.onPhase?.("reading");
  const local = await readSources({
    settings: { ...settings, onProgress: deps.onProgress },
    capabilities: target.capabilities,
    payloadOf: (doc) => target.payloadOf(doc),
    prepare: async () => target.prepare?.(),
    // Workers make their own copy of a target of the registry; a target made elsewhere (tests) builds payloads here.
    workerSettings: targets[settings.target] && target.name === settings.target ? settings : undefined,
    snapshot: settings.baseline === undefined ? listing : undefined,
    full: settings.full,
    toolVersion: deps.toolVersion ?? VERSION,
    spooling: { spool, validate: target.validate?.bind(target) },
  });
  const { counts } = local;
  deps.log.info(
    `Read ${counts.files} files: ${counts.kept} records unchanged since they were written (not parsed), ${counts.derived} files derived ` +
      `${counts.workers > 0 ? `on ${counts.workers} worker threads ` : ""}into ${local.documents.length} documents ` +
      `(${local.excluded.length} excluded, ${errorCount(local.diagnostics)} unreadable)`,
  );
  deps.onPhase?.("planning");

  const snapshot = await scopedSnapshot(settings, target, await listing, local);
  const plan = buildPlan({
    documents: local.documents,
    unchanged: local.unchanged,
    provenance: local.provenance,
    prepared: local.prepared,
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
  // A dry run's report shows a diff per changed record: only those records' content is read.
  if (settings.command === "plan" && target.loadContent) await target.loadContent(changedRecords(plan));
  return { target, snapshot, plan, counts, spool };
}

function changedRecords(plan: Plan): RemoteRecord[] {
  return plan.operations.flatMap((op) => (op.kind === "update" || op.kind === "delete" ? [op.remote] : []));
}

/** What the target holds, or — with `settings.baseline` — what it would hold had the baseline docs been published. */
async function readSnapshot(settings: Settings, target: Target, log: Logger): Promise<Snapshot> {
  if (settings.baseline === undefined) {
    log.info(`Reading the ${target.name} knowledge base`);
    return target.snapshot();
  }
  log.info(`Reading the baseline docs in ${settings.baseline} (the knowledge base is not read)`);
  await target.prepare?.();
  const baseline = await readDocuments({ ...settings, root: settings.baseline }, target.capabilities);
  return snapshotFromDocuments(baseline.documents, target);
}

/**
 * A target that resolves some ids only from the run's own ids (`scopedSnapshot`: Totoy stores
 * long ids as digests) is read again once they are known. Its first listing served the
 * incremental planner alone, and a record whose id it could not resolve carries no provenance
 * there, so it is never kept without its page being derived.
 */
async function scopedSnapshot(settings: Settings, target: Target, listed: Snapshot, local: SourceRead): Promise<Snapshot> {
  if (settings.baseline !== undefined || target.capabilities.scopedSnapshot !== true) return listed;
  const externalIds = [...local.documents.map((doc) => doc.externalId), ...local.unchanged.map(({ doc }) => doc.externalId)];
  return target.snapshot({ externalIds });
}

function errorCount(diagnostics: { severity: string }[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}
