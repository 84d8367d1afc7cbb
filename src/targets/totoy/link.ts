import type { WriteContext } from "./create.js";
import { TOTOY_LIMITS } from "./limits.js";
import { isStatus, mayHaveApplied, messageOf } from "./outcome.js";
import type { PendingLink } from "./session.js";

/** Tries per id before a link is reported failed (each after a re-list of the knowledge base). */
export const LINK_ROUNDS = 3;

/** How links are sent; the multiple form (`source_ids`) until Totoy refuses it with a 400. */
export interface LinkForm {
  form: "multiple" | "single";
}

export interface LinkContext extends WriteContext {
  learned: LinkForm;
}

/** Per page: linked (or postponed until there is room), or why not. */
export type Linked = { ok: true; deferred: boolean } | { ok: false; error: string };

/**
 * Links Sources to the knowledge base. Already linked ones are left alone; at most 1,500 may be
 * linked at once, so links beyond the room left wait (`session.deferred`) until the run's
 * unlinks have made room (see `linkDeferred`). Room is reserved before any request, so
 * concurrent batches never overfill the knowledge base.
 */
export async function linkSources(ctx: LinkContext, entries: PendingLink[]): Promise<Map<string, Linked>> {
  const results = new Map<string, Linked>();
  const toLink = entries.filter((entry) => !ctx.session.linked.has(entry.sourceId));
  for (const entry of entries) if (ctx.session.linked.has(entry.sourceId)) results.set(entry.externalId, { ok: true, deferred: false });
  const room = Math.max(0, TOTOY_LIMITS.knowledgeBaseSources - ctx.session.linked.size);
  for (const entry of toLink.slice(room)) {
    ctx.session.deferred.push(entry);
    results.set(entry.externalId, { ok: true, deferred: true });
  }
  const now = toLink.slice(0, room);
  for (const entry of now) ctx.session.linked.add(entry.sourceId);
  const errors = await linkIds(ctx, now.map((entry) => entry.sourceId), 1);
  for (const entry of now) {
    const error = errors.get(entry.sourceId);
    if (error === undefined) results.set(entry.externalId, { ok: true, deferred: false });
    else {
      ctx.session.linked.delete(entry.sourceId);
      results.set(entry.externalId, { ok: false, error });
    }
  }
  return results;
}

/** Links the postponed Sources for which there is room now; returns those that still wait or failed. */
export async function linkDeferred(ctx: LinkContext): Promise<{ waiting: PendingLink[]; failed: [PendingLink, string][] }> {
  const pending = ctx.session.deferred.splice(0);
  const results = await linkSources(ctx, pending);
  const failed: [PendingLink, string][] = [];
  for (const entry of pending) {
    const result = results.get(entry.externalId);
    if (result && !result.ok) failed.push([entry, result.error]);
  }
  return { waiting: ctx.session.deferred.splice(0), failed };
}

/** Sends the links (1,500 per request); returns an error per source id that could not be linked. */
async function linkIds(ctx: LinkContext, ids: string[], round: number): Promise<Map<string, string>> {
  const errors = new Map<string, string>();
  if (ids.length === 0) return errors;
  if (ctx.learned.form === "single" && ids.length > 1) return merge(await Promise.all(ids.map((id) => linkIds(ctx, [id], round))));
  const chunks = chunk(ids, TOTOY_LIMITS.linkIds);
  const outcomes = await Promise.all(chunks.map((part) => linkOnce(ctx, part, round)));
  return merge(outcomes);
}

async function linkOnce(ctx: LinkContext, ids: string[], round: number): Promise<Map<string, string>> {
  const form = ctx.learned.form;
  try {
    await ctx.api.link(ids, form);
    return new Map();
  } catch (error) {
    if (form === "multiple" && isStatus(error, 400)) {
      // The multiple form is in the OpenAPI but not on the rendered docs page: fall back for the run.
      ctx.learned.form = "single";
      return linkIds(ctx, ids, round);
    }
    const conflict = isStatus(error, 409);
    // A refusal of several (404, 403 limit, 409): link each alone, so one bad Source fails alone.
    if ((conflict || !mayHaveApplied(error)) && ids.length > 1) {
      return merge(await Promise.all(ids.map((id) => linkOnce(ctx, [id], round))));
    }
    if (!conflict && !mayHaveApplied(error)) return new Map([[ids[0]!, messageOf(error)]]);
    // Unclear, or a conflict that may just be "already linked" by an earlier attempt: check.
    return verifyAndRetry(ctx, ids, round, messageOf(error));
  }
}

/** After an unclear outcome or a conflict: what is linked now? Retry the rest, a limited number of times. */
async function verifyAndRetry(ctx: LinkContext, ids: string[], round: number, reason: string): Promise<Map<string, string>> {
  let linked: Set<string>;
  try {
    linked = new Set((await ctx.api.listLinked()).map((source) => source.source_id));
  } catch (error) {
    return new Map(ids.map((id) => [id, `${reason}; the knowledge base could not be listed to check the link (${messageOf(error)})`]));
  }
  const missing = ids.filter((id) => !linked.has(id));
  if (missing.length === 0) return new Map();
  if (round >= LINK_ROUNDS) return new Map(missing.map((id) => [id, `not linked after ${LINK_ROUNDS} attempts: ${reason}`]));
  return linkIds(ctx, missing, round + 1);
}

function merge(maps: Map<string, string>[]): Map<string, string> {
  return new Map(maps.flatMap((map) => [...map]));
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
