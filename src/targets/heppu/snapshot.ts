import type { Logger } from "../../log.js";
import type { RemoteRecord, Snapshot } from "../target.js";
import type { HeppuApi, ListedSource } from "./api.js";
import { listAll } from "./listing.js";
import { readMarker } from "./marker.js";

/**
 * Every source in the collection as the planner sees it. A source is owned only when its marker
 * names this owner; everything else (hand-made, other tools, other owners) is foreign and is
 * never updated or deleted. A failed listing throws, so the run stops before any write.
 */
export async function heppuSnapshot(api: HeppuApi, owner: string, log: Logger): Promise<Snapshot> {
  const listing = await listAll(api);
  if (!listing.complete) {
    log.warn(`Heppu listing stopped early (${listing.stoppedBecause}); deletes are withheld this run`);
  }
  warnAboutDuplicates(listing.sources, log);
  return { records: listing.sources.map((source) => remoteRecordOf(source, owner)), complete: listing.complete };
}

export function remoteRecordOf(source: ListedSource, owner: string): RemoteRecord {
  const marker = readMarker(source.metadata);
  const owned = marker?.owner === owner;
  const record: RemoteRecord = { externalId: source.externalId, owned, state: "live" };
  if (source.id !== undefined) record.remoteId = source.id;
  if (source.title !== undefined) record.title = source.title;
  if (source.updatedAt !== undefined) record.updatedAt = source.updatedAt;
  if (owned && marker) record.fingerprint = { hash: marker.hash, parts: marker.parts };
  if (owned && marker?.provenance) record.provenance = marker.provenance;
  const sourcePath = isRecord(source.metadata) ? source.metadata.sourcePath : undefined;
  if (owned && typeof sourcePath === "string") record.sourcePath = sourcePath;
  return record;
}

/** Heppu keys sources by externalId, so two of them with one id means something is off server-side. */
function warnAboutDuplicates(sources: ListedSource[], log: Logger): void {
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source.externalId, (counts.get(source.externalId) ?? 0) + 1);
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => JSON.stringify(id));
  if (duplicated.length === 0) return;
  const shown = duplicated.slice(0, 5).join(", ") + (duplicated.length > 5 ? `, … (${duplicated.length} in all)` : "");
  log.warn(
    `Heppu listed more than one source for the externalId ${shown}; expected one per id. ` +
      "A foreign copy wins, so kb-publish will not touch it; check the collection in the dashboard",
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
