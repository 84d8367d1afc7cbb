/** Runs, apply jobs, the active generation and the source itself (DOC C-RUNS; INF shapes in chatbot.ts). */
import type { RouteContext } from "./chatbot-context.js";
import { fail } from "./chatbot-envelope.js";
import type { ApplyJob, PublishedGeneration, Run, Source } from "./chatbot-model.js";
import type { EmulatorResponse } from "./http-util.js";

/** DOC: synchronous; eligible only when `status = completed` and `discoveryComplete = true`. */
export function startRun({ deps, source }: RouteContext): EmulatorResponse {
  const run = deps.store.startRun(source, !deps.controls.nextRunIncomplete());
  return { status: 201, body: { run: runView(run), applyEligible: run.discoveryComplete } };
}

export function readRun(context: RouteContext): EmulatorResponse {
  const run = runOf(context);
  return run ? { status: 200, body: { run: runView(run) } } : fail(404, "not_found", "Run not found");
}

export function runDiff(context: RouteContext): EmulatorResponse {
  const run = runOf(context);
  if (!run) return fail(404, "not_found", "Run not found");
  const totals = Object.fromEntries(Object.entries(run.changes).map(([kind, ids]) => [kind, ids.length]));
  return { status: 200, body: { changes: structuredClone(run.changes), totals } };
}

/**
 * DOC: enqueues the build and answers 202 with the job (idempotent per run: a re-POST returns the
 * existing job, 200); `sync` mode answers 200 `{status: "published"}` or 502 `build_failed`.
 * Refusals in order: not eligible, a scripted conflict, another job running, stale base, stale plan.
 */
export function applyRun(context: RouteContext): EmulatorResponse {
  const { deps, source } = context;
  const run = runOf(context);
  if (!run) return fail(404, "not_found", "Run not found");
  const existing = source.jobs.get(run.id);
  if (existing) return jobResponse(context, existing, 200);
  if (!run.discoveryComplete) return fail(409, "not_apply_eligible", "Run discovery was incomplete — cannot apply");
  const refused = refusal(context, run);
  if (refused) return refused;
  const job = deps.store.createJob(source, run, deps.controls.nextJobFailure());
  if (deps.applyMode === "async") return jobResponse(context, job, 202);
  job.finishAt = job.createdAt;
  deps.store.advance();
  return jobResponse(context, job, 200);
}

function refusal({ deps, source }: RouteContext, run: Run): EmulatorResponse | undefined {
  const conflict = deps.controls.nextConflict();
  if (conflict !== undefined) return fail(409, conflict, `Transient apply refusal (${conflict}); retry the apply`);
  if (deps.store.activeJob(source)) return fail(409, "apply_in_progress", "Another apply is running for this source");
  if (run.baseGenerationId !== (deps.store.activeGeneration(source)?.id ?? null)) {
    return fail(409, "stale_base", "A newer generation was published since this run; start a new run");
  }
  if (run.stagingVersion !== source.stagingVersion) return fail(409, "stale_plan", "The staging set changed since this run; start a new run");
  return undefined;
}

export function readJob(context: RouteContext): EmulatorResponse {
  const run = runOf(context);
  const job = run && context.source.jobs.get(run.id);
  return job ? jobResponse(context, job, 200) : fail(404, "not_found", "No apply job for this run");
}

export function readGeneration({ deps, source }: RouteContext): EmulatorResponse {
  const generation = deps.store.activeGeneration(source);
  return { status: 200, body: { generation: generation ? generationView(generation) : null } };
}

export function readSource({ deps, source }: RouteContext): EmulatorResponse {
  return { status: 200, body: { source: sourceView(source, deps.reportLastRun) } };
}

export function sourceView(source: Source, reportLastRun: boolean): Record<string, unknown> {
  const { id, name, type, status, graceDays, createdAt, lastRunId } = source;
  return { id, name, type, status, graceDays, createdAt, ...(reportLastRun && lastRunId ? { lastRunId } : {}) };
}

/** Sync mode speaks the quickstart's direct form; async mode the job form. */
function jobResponse({ deps, source }: RouteContext, job: ApplyJob, status: number): EmulatorResponse {
  if (deps.applyMode === "sync") {
    if (job.status === "failed") return fail(job.error?.code === "build_failed" ? 502 : 409, job.error?.code ?? "build_failed", job.error?.message ?? "Build failed");
    return { status: 200, body: { status: "published", generationId: job.generationId, counts: job.counts } };
  }
  const { id, runId, resultStatus, attempts, generationId, counts, error } = job;
  const apply = { id, runId, status: job.status, resultStatus, attempts, ...(generationId ? { generationId, counts } : {}), ...(error ? { error } : {}) };
  return { status, body: { apply, poll: `v1/sources/${source.id}/runs/${runId}/apply` } };
}

function runOf({ source, params }: RouteContext): Run | undefined {
  return source.runs.get(params.runId ?? "");
}

function runView(run: Run): Record<string, unknown> {
  const { id, status, discoveryComplete, changeCounts, createdAt } = run;
  return { id, status, discoveryComplete, changeCounts, createdAt };
}

function generationView(generation: PublishedGeneration): Record<string, unknown> {
  const { id, number, runId, publishedAt, counts } = generation;
  return { id, number, runId, publishedAt, counts };
}
