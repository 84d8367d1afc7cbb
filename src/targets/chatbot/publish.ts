import { ApiError, parseVendorError, redact } from "../../http/index.js";
import { followJob } from "./job.js";
import { countsText } from "./notes.js";
import { retryPause } from "./pauses.js";
import { buildFailed, PublishError, TRANSIENT_APPLY_CODES, type PublishContext, type Step } from "./publish-types.js";
import { generationOf, runOf, type Generation, type RunInfo } from "./reads.js";

export type PublishOutcome = { ok: true; generation: Generation; run: RunInfo } | { ok: false; failure: string };

/** A stale run cannot become fresh: those get a new run. */
const NEEDS_NEW_RUN = new Set(["stale_plan", "stale_base"]);
/** Apply attempts before a run gives up (about 2 minutes of backoff at the default pauses). */
export const MAX_APPLY_ATTEMPTS = 8;

/**
 * Publishes what is staged: start a run, require it to be eligible, apply it and follow the job
 * (or take the direct `200 published` answer). Transient conflicts are retried with backoff; a
 * failure says that the previous generation keeps serving. Never throws.
 */
export async function publish(ctx: PublishContext, previous: Generation | null): Promise<PublishOutcome> {
  try {
    return { ok: true, ...(await publishOrThrow(ctx)) };
  } catch (error) {
    const serving = previous ? `the previous generation ${previous.id} keeps serving` : "no generation was published before, so none serves yet";
    const reason = error instanceof Error ? error.message : String(error);
    // Server text (a job's error) can echo anything sent, the key included.
    const failure = `publishing failed: ${reason}; ${serving}. The changes stay staged and the next run publishes them`;
    return { ok: false, failure: redact(failure, ctx.secrets) };
  }
}

async function publishOrThrow(ctx: PublishContext): Promise<{ generation: Generation; run: RunInfo }> {
  let runs = 1;
  let run = await startRun(ctx, runs);
  for (let attempt = 1; ; attempt++) {
    const step = await applyOnce(ctx, run, attempt);
    if (step.kind === "published") return { generation: step.generation, run };
    if (attempt >= MAX_APPLY_ATTEMPTS) throw new PublishError(`apply still answered ${step.code} after ${attempt} attempts`);
    ctx.log.info(`Applying run ${run.id} answered ${step.code}; retrying${step.newRun ? " with a new run" : ""}`);
    await ctx.pauses.sleep(retryPause(ctx.pauses, attempt));
    if (step.newRun) run = await startRun(ctx, ++runs);
  }
}

/** `POST …/runs`: synchronous; only a completed run with complete discovery may be applied. */
async function startRun(ctx: PublishContext, n: number): Promise<RunInfo> {
  const path = ctx.api.paths.runs;
  const { body } = await ctx.api.write<{ run?: unknown; applyEligible?: unknown }>({ method: "POST", path, scope: `run#${n}` });
  const run = runOf(body?.run);
  if (!run) throw new Error(`POST ${path} returned no run: expected {"run": {"id": …}, "applyEligible": …}`);
  const eligible = body?.applyEligible ?? (run.status === "completed" && run.discoveryComplete === true);
  if (eligible !== true) {
    throw new PublishError(
      `run ${run.id} is not eligible to apply (not_apply_eligible: status ${run.status ?? "unknown"}, ` +
        `discoveryComplete ${String(run.discoveryComplete ?? "unknown")}); nothing was published`,
    );
  }
  ctx.log.info(`Run ${run.id} recorded ${countsText(run.changeCounts)}`);
  return run;
}

/** One `POST …/runs/{id}/apply`, its own Idempotency-Key per attempt (a stored 409 must not be replayed). */
async function applyOnce(ctx: PublishContext, run: RunInfo, attempt: number): Promise<Step> {
  const path = ctx.api.paths.apply(run.id);
  let response;
  try {
    response = await ctx.api.write<unknown>({ method: "POST", path, scope: `apply#${attempt}`, accept: [502] });
  } catch (error) {
    const code = error instanceof ApiError && error.status === 409 ? error.code : undefined;
    if (code !== undefined && TRANSIENT_APPLY_CODES.has(code)) return { kind: "retry", code, newRun: NEEDS_NEW_RUN.has(code) };
    if (code === "not_apply_eligible") throw new PublishError(`run ${run.id} is not eligible to apply (${(error as Error).message})`);
    throw error;
  }
  if (response.status === 502) {
    const vendor = parseVendorError(502, response.body);
    if (vendor?.code === "build_failed") throw buildFailed(vendor.message);
    return { kind: "retry", code: "502 (bad gateway)", newRun: false };
  }
  const body = response.body as Record<string, unknown> | undefined;
  if (body?.status === "published") {
    const generation = generationOf({ ...body, id: body.generationId });
    if (generation) return { kind: "published", generation };
  }
  return followJob(ctx, run, body?.apply);
}
