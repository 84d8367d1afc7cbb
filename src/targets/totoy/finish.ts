import type { Logger } from "../../log.js";
import { linkDeferred, type LinkContext } from "./link.js";
import { messageOf } from "./outcome.js";
import type { PendingLink } from "./session.js";

const LISTED = 10;

/**
 * After every write of a sync: remove extra Sources of one page (left by a create whose answer
 * was lost and which committed after the re-list), link what waited for room (the unlinks have
 * run), and say what could not be stored. Returns the run's notes.
 */
export async function finishTotoyRun(ctx: LinkContext, log: Logger): Promise<string[]> {
  const notes: string[] = [];
  if (ctx.session.duplicates.length > 0) notes.push(...(await removeDuplicates(ctx, log)));
  if (ctx.session.deferred.length > 0) notes.push(...(await deferredNotes(ctx)));
  const { provenanceDropped, backlinksKept } = ctx.session;
  if (provenanceDropped > 0) {
    notes.push(
      `${count(provenanceDropped, "page was", "pages were")} written without their provenance: it is longer than ${ctx.valueLimit} characters ` +
        "(metadata-value-limit); they are planned by full derivation, which is correct, only slower",
    );
  }
  if (backlinksKept.length > 0) {
    notes.push(`Totoy cannot clear a backlink (it is not nullable); these pages keep their old one: ${list(backlinksKept)}`);
  }
  return notes;
}

async function deferredNotes(ctx: LinkContext): Promise<string[]> {
  const { waiting, failed } = await linkDeferred(ctx);
  const notes = failed.map(([entry, error]) => `${JSON.stringify(entry.externalId)} (Source ${entry.sourceId}) could not be linked: ${error}; the next run links it`);
  if (waiting.length > 0) {
    notes.push(
      `${count(waiting.length, "Source is", "Sources are")} stored but not linked: the knowledge base is full (1,500) until removed pages are ` +
        `unlinked; the next run links them: ${list(waiting.map((entry: PendingLink) => entry.externalId))}`,
    );
  }
  return notes;
}

/** Unlinks and deletes each duplicate; kb-publish wrote it (its marker says so) and the page keeps its kept Source. */
async function removeDuplicates(ctx: LinkContext, log: Logger): Promise<string[]> {
  const removed: string[] = [];
  const notes: string[] = [];
  for (const source of ctx.session.duplicates.splice(0)) {
    try {
      if (ctx.session.linked.has(source.source_id)) {
        await ctx.api.unlink(source.source_id);
        ctx.session.linked.delete(source.source_id);
      }
      await ctx.api.deleteSource(source.source_id);
      removed.push(source.source_id);
    } catch (error) {
      notes.push(`could not remove the duplicate Source ${source.source_id}: ${messageOf(error)}; the next run tries again`);
    }
  }
  if (removed.length > 0) {
    log.warn(`Removed ${count(removed.length, "duplicate Source", "duplicate Sources")} of pages that already had one`);
    notes.unshift(`removed ${count(removed.length, "duplicate Source", "duplicate Sources")} (a page had more than one, left by an interrupted create): ${list(removed)}`);
  }
  return notes;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(items: string[]): string {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}
