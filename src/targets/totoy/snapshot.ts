import type { RemoteRecord, Snapshot, SnapshotScope } from "../target.js";
import type { TotoyApi, TotoySource } from "./api.js";
import { isDigest, readMarker, storedIdOf, type Marker } from "./marker.js";
import { newSession, type TotoySession } from "./session.js";

/** What the snapshot step reads: the knowledge base's project, every Source, and the linked ones. */
export interface Listings {
  projectId: string;
  sources: TotoySource[];
  linked: TotoySource[];
}

export interface SnapshotInput extends Listings {
  owner: string;
  knowledgeBaseId: string;
  valueLimit: number;
  scope?: SnapshotScope;
}

/** Reads the knowledge base and the organisation's Sources (three requests, whatever their size). */
export async function readListings(api: TotoyApi): Promise<Listings> {
  const projectId = await api.projectId();
  const [sources, linked] = await Promise.all([api.listSources(), api.listLinked()]);
  return { projectId, sources, linked };
}

/**
 * The records the plan sees, and the run's session (pure). Owned = a marker naming this owner and
 * this knowledge base, on a Source of its project: live when linked, a tombstone when not
 * (unlinked by a delete, or created and never linked). One page with several such Sources keeps
 * one (linked first, then the newest); the others are duplicates. Any other marked Source linked
 * here is a foreign record under its page id; unmarked Sources are no records at all.
 */
export function buildSnapshot(input: SnapshotInput): { snapshot: Snapshot; session: TotoySession } {
  const linked = new Set(input.linked.map((s) => s.source_id));
  const fullId = resolver(input);
  const records: RemoteRecord[] = [];
  const duplicates: TotoySource[] = [];
  for (const group of ownedGroups(input, linked).values()) {
    const [keep, ...extra] = group.sort(canonicalFirst(linked));
    records.push(ownedRecord(keep!, fullId, linked.has(keep!.source.source_id)));
    duplicates.push(...extra.map((entry) => entry.source));
  }
  for (const source of input.linked) {
    const marker = readMarker(source.custom_metadata);
    if (marker && !isOwn(marker, input)) records.push(foreignRecord(source, marker, fullId));
  }
  return { snapshot: { records, complete: true }, session: newSession(input.projectId, linked, duplicates) };
}

interface Owned {
  source: TotoySource;
  marker: Marker;
}

/** This owner's Sources in the project, by stored id; a linked listing entry wins over the same Source in `GET /sources`. */
function ownedGroups(input: SnapshotInput, linked: Set<string>): Map<string, Owned[]> {
  const byId = new Map<string, TotoySource>();
  for (const source of [...input.sources, ...input.linked]) byId.set(source.source_id, source);
  const groups = new Map<string, Owned[]>();
  for (const source of byId.values()) {
    const marker = readMarker(source.custom_metadata);
    // A list entry without project_id (required, yet missing from a spec example) is taken at its marker's word.
    const inProject = source.project_id === undefined || source.project_id === input.projectId || linked.has(source.source_id);
    if (!marker || !isOwn(marker, input) || !inProject) continue;
    groups.set(marker.storedId, [...(groups.get(marker.storedId) ?? []), { source, marker }]);
  }
  return groups;
}

function isOwn(marker: Marker, input: SnapshotInput): boolean {
  return marker.owner === input.owner && marker.knowledgeBaseId === input.knowledgeBaseId;
}

function canonicalFirst(linked: Set<string>) {
  return (a: Owned, b: Owned): number => {
    const byLink = Number(linked.has(b.source.source_id)) - Number(linked.has(a.source.source_id));
    if (byLink !== 0) return byLink;
    const byTime = Date.parse(b.source.updated_at ?? "") - Date.parse(a.source.updated_at ?? "");
    if (byTime) return byTime;
    return a.source.source_id < b.source.source_id ? -1 : 1;
  };
}

function ownedRecord({ source, marker }: Owned, fullId: (stored: string) => string, isLinked: boolean): RemoteRecord {
  const record: RemoteRecord = { externalId: fullId(marker.storedId), remoteId: source.source_id, owned: true, state: isLinked ? "live" : "tombstoned" };
  if (marker.fingerprint) record.fingerprint = marker.fingerprint;
  // A digest no page of this run named is not the record's id: without provenance, the
  // incremental planner derives its page instead of keeping it under the digest.
  if (marker.provenance && !isDigest(record.externalId)) record.provenance = marker.provenance;
  if (source.title !== undefined) record.title = source.title;
  if (source.updated_at !== undefined) record.updatedAt = source.updated_at;
  return record;
}

function foreignRecord(source: TotoySource, marker: Marker, fullId: (stored: string) => string): RemoteRecord {
  const record: RemoteRecord = { externalId: fullId(marker.storedId), remoteId: source.source_id, owned: false, state: "live" };
  if (source.title !== undefined) record.title = source.title;
  return record;
}

/** Digests of long ids back to the ids of this run's pages; an id no page has any more stays a digest. */
function resolver(input: SnapshotInput): (stored: string) => string {
  const digests = new Map<string, string>();
  for (const id of input.scope?.externalIds ?? []) {
    const stored = storedIdOf(id, input.valueLimit);
    if (stored !== id) digests.set(stored, id);
  }
  return (stored) => digests.get(stored) ?? stored;
}
