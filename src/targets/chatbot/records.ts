import { readMarker } from "../heppu/marker.js";
import type { RemoteRecord } from "../target.js";
import type { ListedItem } from "./listing.js";

/**
 * What the plan sees for one staged item (pure). An item is owned only when its metadata carries
 * kb-publish's marker with this owner; anything else is someone else's and is never changed or
 * deleted (the staging set is shared by every pusher of the source). An owned item whose
 * `externalVersion` no longer equals the marker's hash was rewritten by someone else: drifted.
 */
export function recordOf(item: ListedItem, owner: string): RemoteRecord {
  const marker = readMarker(item.metadata);
  const owned = marker?.owner === owner;
  const record: RemoteRecord = { externalId: item.externalItemId, owned, state: "live" };
  if (item.title !== undefined) record.title = item.title;
  if (item.updatedAt !== undefined) record.updatedAt = item.updatedAt;
  if (!owned || !marker) return record;
  record.fingerprint = { hash: marker.hash, parts: marker.parts };
  if (marker.provenance) record.provenance = marker.provenance;
  if (item.externalVersion !== marker.hash) record.drifted = true;
  return record;
}
