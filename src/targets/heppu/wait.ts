import type { Logger } from "../../log.js";
import type { ItemResult } from "../target.js";
import type { HeppuApi } from "./api.js";
import { listAll } from "./listing.js";

export interface WaitContext {
  api: HeppuApi;
  log: Logger;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  timeoutMs: number;
  /** Where each written source came from, so notes name the file. */
  sourcePaths: ReadonlyMap<string, string>;
  /** First pause between polls; it doubles up to `maxPollMs`. Default 500. */
  firstPollMs?: number;
  /** Default 5000. */
  maxPollMs?: number;
}

/**
 * `--wait`: polls until every source written in this run left `pending`/`processing`, then
 * reports the ones whose processing failed. Two filtered listings per poll, however many sources
 * were written. A timeout is a note, not an error: the writes themselves succeeded.
 */
export async function waitForProcessing(ctx: WaitContext, results: ItemResult[]): Promise<string[]> {
  const written = new Set(results.filter((r) => r.status === "created" || r.status === "updated").map((r) => r.externalId));
  if (written.size === 0) return [];
  ctx.log.info(`Waiting for Heppu to process ${written.size} sources`);
  const notes: string[] = [];
  const started = ctx.now();
  let stillBusy = 0;
  for (let pause = ctx.firstPollMs ?? 500; ; pause = Math.min(pause * 2, ctx.maxPollMs ?? 5000)) {
    const busy = await busyIds(ctx.api, written);
    if (busy.length === 0) break;
    const waited = ctx.now() - started;
    if (waited >= ctx.timeoutMs) {
      notes.push(timeoutNote(busy, written.size, ctx.timeoutMs));
      stillBusy = busy.length;
      break;
    }
    await ctx.sleep(Math.min(pause, ctx.timeoutMs - waited));
  }
  const failed = (await listAll(ctx.api, { status: "failed" })).sources.filter((s) => written.has(s.externalId));
  for (const source of failed) {
    const file = ctx.sourcePaths.get(source.externalId);
    const where = file ? ` (${file})` : "";
    notes.push(`Heppu failed to process ${JSON.stringify(source.externalId)}${where}: ${source.error || "no reason given"}`);
  }
  const done = written.size - failed.length - stillBusy;
  ctx.log.info(`Heppu processed ${done} of ${written.size} sources${notes.length ? "; see the notes" : ""}`);
  return notes;
}

async function busyIds(api: HeppuApi, written: ReadonlySet<string>): Promise<string[]> {
  const busy = new Set<string>();
  for (const status of ["pending", "processing"]) {
    const listing = await listAll(api, { status });
    for (const source of listing.sources) if (written.has(source.externalId)) busy.add(source.externalId);
  }
  return [...busy].sort();
}

function timeoutNote(busy: string[], total: number, timeoutMs: number): string {
  const shown = busy.slice(0, 10).map((id) => JSON.stringify(id)).join(", ") + (busy.length > 10 ? ", …" : "");
  return (
    `${busy.length} of ${total} sources were still processing on Heppu after ${Math.round(timeoutMs / 1000)} s ` +
    `(--wait-timeout): ${shown}; they are stored and will finish on their own`
  );
}
