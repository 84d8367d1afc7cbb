import type { Logger } from "../../log.js";
import type { TotoyApi } from "./api.js";

export interface WaitContext {
  api: TotoyApi;
  log: Logger;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  timeoutMs: number;
  /** The Source of each page written this run, by external id. */
  written: ReadonlyMap<string, string>;
  /** Where each page came from, so notes name the file. */
  sourcePaths: ReadonlyMap<string, string>;
  /** First pause between polls; it doubles up to `maxPollMs`. Default 500. */
  firstPollMs?: number;
  /** Default 5000. */
  maxPollMs?: number;
}

/**
 * `--wait`: polls the knowledge base's sources (one request per poll, whatever their number)
 * until every Source written this run has left `in_progress`, then reports the ones whose
 * indexing `failed`, naming the page and its file. A timeout is a note, not an error.
 */
export async function waitForIndexing(ctx: WaitContext): Promise<string[]> {
  const pages = new Map([...ctx.written].map(([externalId, sourceId]) => [sourceId, externalId]));
  if (pages.size === 0) return [];
  ctx.log.info(`Waiting for Totoy to index ${pages.size} sources`);
  const started = ctx.now();
  for (let pause = ctx.firstPollMs ?? 500; ; pause = Math.min(pause * 2, ctx.maxPollMs ?? 5000)) {
    const statuses = new Map((await ctx.api.listLinked()).map((source) => [source.source_id, source.status]));
    // A Source still waiting for room in the knowledge base (see finish.ts) is not being indexed.
    for (const sourceId of [...pages.keys()]) if (!statuses.has(sourceId)) pages.delete(sourceId);
    const busy = [...pages.keys()].filter((id) => statuses.get(id) === "in_progress");
    const waited = ctx.now() - started;
    if (busy.length === 0 || waited >= ctx.timeoutMs) return report(ctx, pages, statuses, busy);
    await ctx.sleep(Math.min(pause, ctx.timeoutMs - waited));
  }
}

function report(ctx: WaitContext, pages: Map<string, string>, statuses: Map<string, string | undefined>, busy: string[]): string[] {
  const notes: string[] = [];
  const failed = [...pages].filter(([sourceId]) => statuses.get(sourceId) === "failed").map(([, id]) => id).sort();
  for (const id of failed) {
    const file = ctx.sourcePaths.get(id);
    notes.push(`Totoy failed to index ${JSON.stringify(id)}${file ? ` (${file})` : ""}: the knowledge-base source's status is "failed"`);
  }
  if (busy.length > 0) {
    const ids = busy.map((sourceId) => pages.get(sourceId)!).sort();
    const shown = ids.slice(0, 10).map((id) => JSON.stringify(id)).join(", ") + (ids.length > 10 ? ", …" : "");
    notes.push(
      `${busy.length} of ${pages.size} sources were still being indexed by Totoy after ${Math.round(ctx.timeoutMs / 1000)} s ` +
        `(--wait-timeout): ${shown}; they are stored and will finish on their own`,
    );
  }
  const done = pages.size - failed.length - busy.length;
  ctx.log.info(`Totoy indexed ${done} of ${pages.size} sources${notes.length ? "; see the notes" : ""}`);
  return notes;
}
