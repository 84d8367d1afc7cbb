import { ApiError } from "../../http/index.js";
import type { Logger } from "../../log.js";
import type { DeletionMode, ItemResult, RemoteRecord } from "../target.js";
import type { ChatbotApi } from "./api.js";

export interface UnstageContext {
  api: ChatbotApi;
  log: Logger;
  /** Set once the "no hard delete" notice has been logged in this run. */
  noticeGiven: { value: boolean };
}

/**
 * Removes owned items from the staging set, one `DELETE …/items/{id}` each (a 404 means already
 * gone). The run that follows turns them into tombstones for the source's grace window. The API
 * has no hard delete, so `hard` behaves like `tombstone` (said once). Foreign records are refused
 * (the engine never sends them; this is the last line of defence). An error other than a per-item
 * 4xx fails the rest of the batch without sending it.
 */
export async function unstageItems(ctx: UnstageContext, records: RemoteRecord[], mode: DeletionMode): Promise<ItemResult[]> {
  if (mode === "hard" && !ctx.noticeGiven.value) {
    ctx.noticeGiven.value = true;
    ctx.log.warn("Chatbot has no hard delete: removed pages become tombstones for the source's grace window, then are purged");
  }
  const results: ItemResult[] = [];
  let stopped: string | undefined;
  for (const record of records) {
    const id = record.externalId;
    if (!record.owned) {
      results.push({ externalId: id, status: "failed", error: `refused to delete ${JSON.stringify(id)}: it has no kb-publish marker of this owner` });
    } else if (stopped !== undefined) {
      results.push({ externalId: id, status: "failed", error: stopped });
    } else {
      try {
        await ctx.api.write({ method: "DELETE", path: ctx.api.paths.item(id), accept: [404] });
        results.push({ externalId: id, status: "deleted" });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!isPerItem(error)) stopped = message;
        results.push({ externalId: id, status: "failed", error: message });
      }
    }
  }
  return results;
}

/** A refusal of this one item (400, 409, 422); auth, rate, server and network failures hit every item. */
function isPerItem(error: unknown): boolean {
  return error instanceof ApiError && error.kind === "http" && [400, 409, 422].includes(error.status ?? 0);
}
