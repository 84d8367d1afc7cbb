import type { RemoteRecord } from "../target.js";
import { sameInstant, type ListedEntry } from "./listing.js";
import { isStateEntryId } from "./state-format.js";
import type { LoadedState } from "./state-io.js";

/**
 * What the plan sees for each listed entry (pure). State entries are never records. An entry in
 * kb-publish's state is owned, with the stored fingerprint, and drifted when its `updated_at`
 * moved since kb-publish wrote it. Any other entry is foreign, unless the state could not be read:
 * then nobody can tell, so it is adoptable (taken over by a page with its id, never deleted).
 */
export function recordsOf(listed: ListedEntry[], state: LoadedState): RemoteRecord[] {
  return listed.filter((entry) => !isStateEntryId(entry.external_id)).map((entry) => recordOf(entry, state));
}

function recordOf(entry: ListedEntry, state: LoadedState): RemoteRecord {
  const known = state.entries[entry.external_id];
  const record: RemoteRecord = {
    externalId: entry.external_id,
    owned: known !== undefined,
    state: entry.status === "archived" ? "tombstoned" : "live",
  };
  if (entry.humind_id !== undefined) record.remoteId = entry.humind_id;
  if (entry.updated_at !== undefined) record.updatedAt = entry.updated_at;
  if (entry.title !== undefined) record.title = entry.title;
  if (!known) {
    if (!state.trusted) record.adoptable = true;
    return record;
  }
  if (known.hash !== undefined) record.fingerprint = { hash: known.hash, parts: known.parts ?? {} };
  if (known.provenance !== undefined) record.provenance = known.provenance;
  if (known.updatedAt !== undefined && !sameInstant(known.updatedAt, entry.updated_at)) record.drifted = true;
  return record;
}
