import type { ItemResult, Upsert } from "../target.js";
import { REFRESH_PENDING, markerOf } from "./marker.js";
import { HEPPU_LIMITS } from "./payload.js";
import { bodyWith, sendItems } from "./send.js";
import type { SendContext, SentStatus } from "./send.js";

/**
 * Stores a new title/metadata for sources whose content did not change, on a server that keeps
 * the old title and metadata when the content hash matches (it answers `unchanged`). Two writes:
 * 1. the content with a short refresh line appended and a "refresh pending" marker, which the
 *    server must store (its content hash differs);
 * 2. the real payload, which the server stores too (the content differs from step 1).
 * The page is never missing, and if step 2 fails the pending marker makes the next run resend it.
 */
export async function refreshSources(ctx: SendContext, items: Upsert[]): Promise<ItemResult[]> {
  const nudged = await attempt(items, () =>
    sendItems(ctx, items, (c, item) => {
      const pending = { ...item.fingerprint.parts, content: REFRESH_PENDING };
      return bodyWith(item, markerOf(c.owner, { hash: REFRESH_PENDING, parts: pending }, c.version), nudgedContent(item));
    }),
  );
  const ready = items.filter((item) => isStored(nudged.get(item.doc.externalId)));
  const final = ready.length > 0 ? await attempt(ready, () => sendItems(ctx, ready)) : new Map<string, SentStatus>();
  return items.map((item) => {
    const id = item.doc.externalId;
    const step1 = nudged.get(id);
    if (!isStored(step1)) return failedStep(id, step1, "refreshing its title and metadata (step 1 of 2)");
    const step2 = final.get(id);
    if (!isStored(step2)) return failedStep(id, step2, "writing it after the refresh (step 2 of 2)");
    return { externalId: id, status: item.remote ? "updated" : "created" };
  });
}

/**
 * The content plus one line naming the fingerprint, so it differs from both the stored and the
 * final content; the same for every retry, so a retried request is still recognised as stored.
 */
export function nudgedContent(item: Upsert): string {
  const line = `\n\n<!-- kb-publish: refreshing title and metadata (${item.fingerprint.hash.slice(0, 12)}) -->\n`;
  const content = String(item.payload.content);
  const fits = Buffer.byteLength(content + line, "utf8") <= HEPPU_LIMITS.contentBytes;
  return fits ? content + line : line.trim();
}

/** A request that throws fails each of its items with the error, so the step can be named. */
async function attempt(items: Upsert[], send: () => Promise<Map<string, SentStatus>>): Promise<Map<string, SentStatus>> {
  try {
    return await send();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return new Map(items.map((item) => [item.doc.externalId, { externalId: item.doc.externalId, status: "failed", error: message }]));
  }
}

/** Any non-failed answer means the body sent is what the server now holds (see the nudge above). */
function isStored(status: SentStatus | undefined): boolean {
  return status !== undefined && status.status !== "failed";
}

function failedStep(externalId: string, status: SentStatus | undefined, step: string): ItemResult {
  const reason = status?.status === "failed" ? status.error : "no result returned for this source";
  return { externalId, status: "failed", error: `${reason} (while ${step})` };
}
