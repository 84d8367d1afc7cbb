import pLimit from "p-limit";
import type { Upsert } from "../target.js";
import type { HeppuApi, ListedSource } from "./api.js";
import { listAll } from "./listing.js";
import { readMarker } from "./marker.js";
import { HEPPU_LIMITS } from "./payload.js";

/**
 * What the collection holds for a source the server answered `unchanged` for:
 * - `current`: our marker with this very fingerprint (the write landed, now or in an earlier attempt);
 * - `stale`: our marker with an older fingerprint (Heppu kept the old title/metadata);
 * - `foreign`: a source without our marker appeared meanwhile; it must not be touched;
 * - `missing`: no such source any more.
 */
export type StoredState = "current" | "stale" | "foreign" | "missing";

export interface VerifyContext {
  api: HeppuApi;
  owner: string;
  /** Sources in the collection as of the snapshot, to choose per-id reads or one full listing. */
  collectionSize: number;
}

/** The stored state of each item, read with as few requests as possible. */
export async function storedStates(ctx: VerifyContext, items: Upsert[]): Promise<Map<string, StoredState>> {
  const stored = await readSources(ctx, items.map((item) => item.doc.externalId));
  // Should Heppu ever hold two sources for one id, a foreign one decides: it must not be touched.
  const states = new Map<string, StoredState>();
  for (const item of items) states.set(item.doc.externalId, stateOf(item, stored.get(item.doc.externalId), ctx.owner));
  return states;
}

function stateOf(item: Upsert, sources: ListedSource[] | undefined, owner: string): StoredState {
  const source = sources?.find((s) => readMarker(s.metadata)?.owner !== owner) ?? sources?.[0];
  if (!source) return "missing";
  const marker = readMarker(source.metadata);
  if (marker?.owner !== owner) return "foreign";
  const titleMatches = source.title === undefined || source.title === item.payload.title;
  return marker.hash === item.fingerprint.hash && titleMatches ? "current" : "stale";
}

/** One `?externalId=` read per id, or one full listing when that takes fewer requests. */
async function readSources(ctx: VerifyContext, ids: string[]): Promise<Map<string, ListedSource[]>> {
  const fullListingPages = Math.ceil(ctx.collectionSize / HEPPU_LIMITS.listPage) + 1;
  const wanted = new Set(ids);
  let sources: ListedSource[];
  if (ids.length > fullListingPages) {
    sources = (await listAll(ctx.api)).sources;
  } else {
    const limit = pLimit(4);
    const pages = await Promise.all(ids.map((externalId) => limit(() => ctx.api.listPage({ externalId, offset: 0, limit: 10 }))));
    sources = pages.flatMap((page) => page.sources);
  }
  const byId = new Map<string, ListedSource[]>();
  for (const source of sources.filter((s) => wanted.has(s.externalId))) {
    byId.set(source.externalId, [...(byId.get(source.externalId) ?? []), source]);
  }
  return byId;
}
