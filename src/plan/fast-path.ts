import { pageOfProvenance } from "../targets/provenance.js";
import type { Provenance, RemoteRecord } from "../targets/target.js";
import type { DocumentRef } from "./types.js";

/**
 * The incremental planner's pure half. A record is *clean* — unchanged without parsing — when
 * the target says it is owned, live, undrifted and fingerprinted, its provenance carries the
 * current derivation key, every source still has the sha256 it was derived from, and every
 * record of its unit (the records derived from the same pages: a translation group published
 * per language) is clean with the very same unit. Anything else is derived again.
 */
export interface CleanInput {
  /** The record each id is matched against (see indexRecords). */
  records: ReadonlyMap<string, RemoteRecord>;
  /** The run's derivation key. */
  derivation: string;
  /** sha256 of a source file as it is now; undefined when it is gone or unreadable. */
  shaOf: (path: string) => string | undefined;
}

/** A record kept without parsing, as the plan shows it. */
export interface CleanRecord {
  doc: DocumentRef;
  record: RemoteRecord;
}

export function cleanRecords(input: CleanInput): Map<string, RemoteRecord> {
  const candidates = new Map<string, RemoteRecord>();
  for (const [id, record] of input.records) {
    if (isCandidate(record, input)) candidates.set(id, record);
  }
  // Dropping one record can break the unit of another; repeat until nothing moves.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, record] of candidates) {
      if (unitIsWhole(record, candidates)) continue;
      candidates.delete(id);
      changed = true;
    }
  }
  return candidates;
}

function isCandidate(record: RemoteRecord, input: CleanInput): boolean {
  const { provenance } = record;
  if (!record.owned || record.state !== "live" || record.drifted === true || !record.fingerprint) return false;
  if (!provenance || provenance.derivation !== input.derivation || pageOf(provenance) === undefined) return false;
  return Object.entries(provenance.sources).every(([path, sha]) => input.shaOf(path) === sha);
}

/** Every sibling is a candidate derived from exactly the same unit. */
function unitIsWhole(record: RemoteRecord, candidates: ReadonlyMap<string, RemoteRecord>): boolean {
  const siblings = record.provenance?.siblings ?? [];
  if (siblings.length === 0) return true;
  const signature = unitSignature(record);
  return siblings.every((id) => {
    const sibling = candidates.get(id);
    return sibling !== undefined && unitSignature(sibling) === signature;
  });
}

/** What every record of one unit shares: its sources, includes, group keys and the ids it yields. */
function unitSignature(record: RemoteRecord): string {
  const p = record.provenance!;
  const ids = [...(p.siblings ?? []), record.externalId].sort();
  const sources = Object.keys(p.sources).sort().map((path) => [path, p.sources[path]]);
  return JSON.stringify([sources, [...(p.includes ?? [])].sort(), [...(p.groups ?? [])].sort(), ids]);
}

/** The file a record's own document came from; undefined when the provenance cannot tell. */
export const pageOf = pageOfProvenance;

/** The pages of a record's unit: its sources that were not merely included. */
export function unitPages(provenance: Provenance): string[] {
  const includes = new Set(provenance.includes ?? []);
  return Object.keys(provenance.sources).filter((path) => !includes.has(path));
}

/** What the derived pages of a run claim: their final ids and the translation-group keys they reach. */
export interface DerivedClaims {
  ids: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

/**
 * Clean records the derived pages collide with — the same id (a duplicate the plan must see
 * whole) or a shared translation-group key (the group changes) — together with the rest of
 * their units. They must be derived too; the caller repeats until none is left.
 */
export function touchedRecords(clean: ReadonlyMap<string, RemoteRecord>, claims: DerivedClaims): RemoteRecord[] {
  const touched = new Map<string, RemoteRecord>();
  for (const [id, record] of clean) {
    if (touched.has(id)) continue;
    const groups = record.provenance?.groups ?? [];
    if (!claims.ids.has(id) && !groups.some((key) => claims.groups.has(key))) continue;
    touched.set(id, record);
    for (const sibling of record.provenance?.siblings ?? []) {
      const other = clean.get(sibling);
      if (other) touched.set(sibling, other);
    }
  }
  return [...touched.values()];
}

/** The unchanged operation's view of a clean record: id, the title the target holds, the page. */
export function cleanRecordOf(record: RemoteRecord): CleanRecord {
  const doc: DocumentRef = { externalId: record.externalId, title: record.title ?? record.externalId, sourcePath: pageOf(record.provenance!)! };
  return { doc, record };
}
