import type { Logger } from "../../log.js";
import type { DeletionMode, ItemResult, RemoteRecord } from "../target.js";
import type { HeppuApi } from "./api.js";

export interface DeleteContext {
  api: HeppuApi;
  log: Logger;
  /** Set once the hard-delete notice has been logged in this run. */
  noticeGiven: { value: boolean };
}

/**
 * `DELETE /kb/sources` for up to 100 owned sources. Heppu has no soft delete, so a tombstone
 * request is a hard delete too (said once per run). `notFound` means already gone: deleted.
 */
export async function deleteHeppuBatch(ctx: DeleteContext, records: RemoteRecord[], mode: DeletionMode): Promise<ItemResult[]> {
  if (mode === "tombstone" && !ctx.noticeGiven.value) {
    ctx.noticeGiven.value = true;
    ctx.log.warn(
      "Heppu has no soft delete: sources of removed pages are deleted permanently " +
        "(--deletions tombstone acts like hard on Heppu; use --deletions off to keep them)",
    );
  }
  // The engine only sends owned records; this is the last line of defence for foreign ones.
  const foreign = records.filter((record) => !record.owned);
  const owned = records.filter((record) => record.owned);
  const results: ItemResult[] = foreign.map((record) => ({
    externalId: record.externalId,
    status: "failed",
    error: `refused to delete ${JSON.stringify(record.externalId)}: it has no kb-publish marker of this owner; kb-publish never deletes sources it does not own`,
  }));
  if (owned.length === 0) return results;
  const ids = [...new Set(owned.map((record) => record.externalId))];
  const outcome = await ctx.api.deleteIds(ids);
  const gone = new Set([...outcome.deleted, ...outcome.notFound]);
  for (const id of ids) {
    results.push(
      gone.has(id)
        ? { externalId: id, status: "deleted" }
        : { externalId: id, status: "failed", error: "Heppu's delete response listed this id neither as deleted nor as not found" },
    );
  }
  return results;
}
