import type { Upsert } from "../target.js";
import type { TotoyApi, TotoySource } from "./api.js";
import { createBody, patchBody, type StampContext } from "./body.js";
import { readMarker, storedIdOf } from "./marker.js";
import { mayHaveApplied, messageOf } from "./outcome.js";

/** Rounds of create → (ambiguous failures) re-list → adopt or create again. */
export const CREATE_ROUNDS = 4;

export interface WriteContext extends StampContext {
  api: TotoyApi;
}

/** A page's Source after a write step: its id, or why there is none. */
export type Written = { sourceId: string } | { error: string };

/**
 * Creates one Source per item, never two: `POST /sources` is not idempotent, so after a failure
 * that may have committed (5xx, reset, timeout) the run re-lists the Sources (once per round for
 * all such items) and adopts the one carrying this page's marker — patched if it holds another
 * payload — before creating again. Definite refusals (4xx) fail the item with Totoy's problem text.
 */
export async function createSources(ctx: WriteContext, items: Upsert[]): Promise<Map<string, Written>> {
  const done = new Map<string, Written>();
  let pending = items;
  for (let round = 1; pending.length > 0; round++) {
    const ambiguous = await createRound(ctx, pending, done);
    if (ambiguous.size === 0) break;
    const stillMissing = await adopt(ctx, pending.filter((item) => ambiguous.has(item.doc.externalId)), done);
    if (round === CREATE_ROUNDS) {
      for (const item of stillMissing) done.set(item.doc.externalId, { error: gaveUp(ambiguous.get(item.doc.externalId)) });
      break;
    }
    pending = stillMissing;
  }
  return done;
}

/** One create per item; returns the ambiguous failures (by external id, with their error). */
async function createRound(ctx: WriteContext, items: Upsert[], done: Map<string, Written>): Promise<Map<string, string>> {
  const ambiguous = new Map<string, string>();
  await Promise.all(
    items.map(async (item) => {
      try {
        const source = await ctx.api.createSource(createBody(ctx, item));
        done.set(item.doc.externalId, { sourceId: source.source_id });
      } catch (error) {
        if (mayHaveApplied(error)) ambiguous.set(item.doc.externalId, messageOf(error));
        else done.set(item.doc.externalId, { error: messageOf(error) });
      }
    }),
  );
  return ambiguous;
}

/** Re-lists once and adopts each item's Source when the lost create did commit; returns the items still without one. */
async function adopt(ctx: WriteContext, items: Upsert[], done: Map<string, Written>): Promise<Upsert[]> {
  let sources: TotoySource[];
  try {
    sources = await ctx.api.listSources();
  } catch (error) {
    for (const item of items) done.set(item.doc.externalId, { error: unverifiable(messageOf(error)) });
    return [];
  }
  const missing: Upsert[] = [];
  await Promise.all(
    items.map(async (item) => {
      const found = sources.find((source) => carriesPageMarker(ctx, source, item));
      if (!found) return void missing.push(item);
      done.set(item.doc.externalId, await adoptOne(ctx, item, found));
    }),
  );
  return missing;
}

function carriesPageMarker(ctx: WriteContext, source: TotoySource, item: Upsert): boolean {
  const marker = readMarker(source.custom_metadata);
  return (
    marker?.owner === ctx.owner &&
    marker.knowledgeBaseId === ctx.knowledgeBaseId &&
    marker.storedId === storedIdOf(item.doc.externalId, ctx.valueLimit) &&
    (source.project_id === undefined || source.project_id === ctx.session.projectId)
  );
}

/** The adopted Source holds this payload already (the usual case), or is patched to it. */
async function adoptOne(ctx: WriteContext, item: Upsert, source: TotoySource): Promise<Written> {
  const stored = readMarker(source.custom_metadata)?.fingerprint;
  if (stored?.hash === item.fingerprint.hash) return { sourceId: source.source_id };
  try {
    await ctx.api.modifySource(source.source_id, patchBody(ctx, item, stored));
    return { sourceId: source.source_id };
  } catch (error) {
    return { error: `found the Source ${source.source_id} an earlier attempt created, but could not update it: ${messageOf(error)}` };
  }
}

function unverifiable(reason: string): string {
  return `the create's outcome is unknown and the Sources could not be listed to check it (${reason}); the next run adopts the Source if it was created`;
}

function gaveUp(lastError: string | undefined): string {
  return `no Source after ${CREATE_ROUNDS} attempts, each with an unclear outcome (last: ${lastError ?? "unknown"}); the next run adopts any that was created`;
}
