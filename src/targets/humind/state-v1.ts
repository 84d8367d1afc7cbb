import { readProvenance } from "../provenance.js";
import type { StateEntry } from "./state-format.js";

/**
 * The first state format (kb-publish before the incremental engine's state v2): `entries` maps each
 * external id to its StateEntry as an object. Only read, to migrate: the next run that writes state
 * writes v2.
 */
export function entriesV1(shard: Record<string, unknown>): Record<string, StateEntry> | undefined {
  const entries = shard.entries;
  if (!entries || typeof entries !== "object" || Array.isArray(entries)) return undefined;
  return Object.values(entries).every(isStateEntry) ? (entries as Record<string, StateEntry>) : undefined;
}

function isStateEntry(value: unknown): value is StateEntry {
  if (!value || typeof value !== "object") return false;
  const entry = value as Record<string, unknown>;
  const optionalString = (v: unknown) => v === undefined || typeof v === "string";
  const parts = entry.parts;
  const partsOk =
    parts === undefined ||
    (typeof parts === "object" && parts !== null && Object.values(parts).every((p) => typeof p === "string"));
  const provenanceOk = entry.provenance === undefined || readProvenance(entry.provenance) !== undefined;
  return optionalString(entry.hash) && optionalString(entry.updatedAt) && partsOk && provenanceOk;
}
