import type { ItemResult, Upsert } from "../target.js";
import { patchBody } from "./body.js";
import { createSources, type Written } from "./create.js";
import { linkSources, type LinkContext, type Linked } from "./link.js";
import { messageOf } from "./outcome.js";

/**
 * One batch: PATCH the changed pages (only their changed fields), create the new ones (never
 * twice, see create.ts), then link everything that is not linked yet — new Sources and restored
 * tombstones — in as few requests as possible. A page fails alone, with Totoy's problem text.
 */
export async function upsertTotoyBatch(ctx: LinkContext, items: Upsert[]): Promise<ItemResult[]> {
  const updates = items.filter((item) => item.remote?.remoteId !== undefined);
  const creates = items.filter((item) => item.remote?.remoteId === undefined);
  const [patched, created] = await Promise.all([patchSources(ctx, updates), createSources(ctx, creates)]);
  const written = new Map([...patched, ...created]);
  const toLink = items.flatMap((item) => {
    const outcome = written.get(item.doc.externalId);
    return outcome && "sourceId" in outcome ? [{ externalId: item.doc.externalId, sourceId: outcome.sourceId }] : [];
  });
  const linked = await linkSources(ctx, toLink);
  return items.map((item) => resultOf(ctx, item, written.get(item.doc.externalId), linked.get(item.doc.externalId)));
}

/** `PATCH /sources/{id}` for each update whose payload changed; a restore with an unchanged payload only needs its link. */
async function patchSources(ctx: LinkContext, items: Upsert[]): Promise<Map<string, Written>> {
  const done = new Map<string, Written>();
  await Promise.all(
    items.map(async (item) => {
      const sourceId = item.remote!.remoteId!;
      const stored = item.remote?.fingerprint;
      try {
        if (stored?.hash !== item.fingerprint.hash) await ctx.api.modifySource(sourceId, patchBody(ctx, item, stored));
        done.set(item.doc.externalId, { sourceId });
      } catch (error) {
        done.set(item.doc.externalId, { error: messageOf(error) });
      }
    }),
  );
  return done;
}

function resultOf(ctx: LinkContext, item: Upsert, written: Written | undefined, linked: Linked | undefined): ItemResult {
  const externalId = item.doc.externalId;
  if (!written) return { externalId, status: "failed", error: "no outcome for this page" };
  if ("error" in written) return { externalId, status: "failed", error: written.error };
  if (linked && !linked.ok) {
    const error = `its Source ${written.sourceId} is stored but not linked to the knowledge base (${linked.error}); the next run links it`;
    // Not retried within the run: sent again, the page would be created as a second Source.
    return { externalId, status: "failed", error, retryable: false };
  }
  ctx.session.written.set(externalId, written.sourceId);
  return { externalId, status: item.remote ? "updated" : "created" };
}
