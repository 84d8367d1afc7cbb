import type { DeletionMode, ItemResult, RemoteRecord } from "../target.js";
import type { WriteContext } from "./create.js";
import { messageOf } from "./outcome.js";

/**
 * Removed pages. A tombstone is an unlink (`DELETE /knowledge-bases/{kb}/sources/{id}`): the
 * Source stays in the project, restorable by linking it again. `hard` also deletes the Source,
 * after the unlink (Totoy refuses to delete a Source a knowledge base still uses). A 404 means
 * the step was already done. Records without this owner's marker are refused, never sent.
 */
export async function deleteTotoyRecords(ctx: WriteContext, records: RemoteRecord[], mode: DeletionMode): Promise<ItemResult[]> {
  return Promise.all(records.map((record) => deleteOne(ctx, record, mode)));
}

async function deleteOne(ctx: WriteContext, record: RemoteRecord, mode: DeletionMode): Promise<ItemResult> {
  const { externalId, remoteId } = record;
  if (!record.owned || remoteId === undefined) {
    const error = `refused to delete ${JSON.stringify(externalId)}: its Source has no kb-publish marker of this owner and knowledge base; kb-publish never touches Sources it does not own`;
    return { externalId, status: "failed", error };
  }
  try {
    if (ctx.session.linked.has(remoteId) || record.state === "live") {
      await ctx.api.unlink(remoteId);
      ctx.session.linked.delete(remoteId);
    }
    if (mode === "hard") await ctx.api.deleteSource(remoteId);
    return { externalId, status: "deleted" };
  } catch (error) {
    return { externalId, status: "failed", error: messageOf(error) };
  }
}
