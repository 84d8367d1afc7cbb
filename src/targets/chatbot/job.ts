import { pollPause } from "./pauses.js";
import { buildFailed, PublishError, TRANSIENT_APPLY_CODES, type PublishContext, type Step } from "./publish-types.js";
import { readGeneration, type Generation, type RunInfo } from "./reads.js";

/** An apply job (`{ apply: {...} }`, INF vocabulary: queued | running | succeeded | failed). */
interface Job {
  id?: string;
  status: string;
  generationId?: string;
  counts?: Record<string, unknown>;
  error?: { code?: string; message?: string };
}

const SUCCEEDED = new Set(["succeeded", "published", "completed"]);
const FAILED = new Set(["failed", "cancelled", "canceled", "error"]);

/**
 * Polls `GET …/runs/{id}/apply` until the job succeeds or fails, up to `ctx.timeoutMs`. A job that
 * failed for a transient reason is retried with a new run (the apply POST is idempotent per run
 * and would only return the failed job again); any other failure is a failed build.
 */
export async function followJob(ctx: PublishContext, run: RunInfo, first: unknown): Promise<Step> {
  const path = ctx.api.paths.apply(run.id);
  let job = jobOf(first, path);
  const started = ctx.pauses.now();
  for (let poll = 1; ; poll++) {
    if (SUCCEEDED.has(job.status)) return { kind: "published", generation: await generationFor(ctx, job) };
    if (FAILED.has(job.status)) return failedJob(job);
    const waited = ctx.pauses.now() - started;
    if (waited >= ctx.timeoutMs) {
      throw new PublishError(
        `the apply job${job.id ? ` ${job.id}` : ""} of run ${run.id} was still ${job.status} after ${Math.round(waited / 1000)} s ` +
          "(--wait-timeout); it may still publish on its own",
      );
    }
    await ctx.pauses.sleep(Math.min(pollPause(ctx.pauses, poll), ctx.timeoutMs - waited));
    const { body } = await ctx.api.read<{ apply?: unknown }>(path);
    job = jobOf(body?.apply, path);
  }
}

function failedJob(job: Job): Step {
  const code = job.error?.code;
  if (code !== undefined && TRANSIENT_APPLY_CODES.has(code)) return { kind: "retry", code: `${code} (job failed)`, newRun: true };
  if (code === undefined || code === "build_failed") throw buildFailed(job.error?.message);
  throw new PublishError(`the apply job failed (${code}: ${job.error?.message ?? "no reason given"})`);
}

/** The job's generation, or the active one when the job does not name it. */
async function generationFor(ctx: PublishContext, job: Job): Promise<Generation> {
  if (job.generationId !== undefined) {
    const generation: Generation = { id: job.generationId };
    if (job.counts) generation.counts = job.counts;
    return generation;
  }
  const active = await readGeneration(ctx.api);
  if (!active) throw new PublishError("the apply job succeeded but the source reports no active generation");
  return active;
}

function jobOf(value: unknown, path: string): Job {
  if (typeof value !== "object" || value === null || typeof (value as Job).status !== "string") {
    throw new Error(`${path} returned no apply job: expected {"apply": {"status": …}} or {"status": "published", …}`);
  }
  const raw = value as Record<string, unknown>;
  const job: Job = { status: raw.status as string };
  if (typeof raw.id === "string") job.id = raw.id;
  if (typeof raw.generationId === "string") job.generationId = raw.generationId;
  if (typeof raw.counts === "object" && raw.counts !== null) job.counts = raw.counts as Record<string, unknown>;
  job.error = errorOf(raw.error);
  return job;
}

/** `error` as `{code, message}` or a bare string (UNK shape). */
function errorOf(value: unknown): Job["error"] {
  if (typeof value === "string") return { message: value };
  if (typeof value !== "object" || value === null) return undefined;
  const { code, message, error } = value as Record<string, unknown>;
  return {
    code: typeof code === "string" ? code : undefined,
    message: typeof message === "string" ? message : typeof error === "string" ? error : undefined,
  };
}
