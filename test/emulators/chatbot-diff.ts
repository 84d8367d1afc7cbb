/**
 * Runs and generations, pure (INF where the docs stop): a run diffs the staging set against the
 * last applied generation; applying builds the next generation from the run. A removed page
 * becomes a tombstone for the source's `graceDays` and is purged after; re-staging it within the
 * window restores it (`restored_page`), after the window it is new again.
 */
import { hasChunks, itemDigest, type ChangeKind, type PublishedGeneration, type PublishedPage, type StagedItem } from "./chatbot-model.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const KINDS: ChangeKind[] = ["new_page", "changed_page", "restored_page", "removed_page", "unchanged"];

/** The changes between a staging set and a generation, by kind (ids sorted). */
export function diffStaging(staged: ReadonlyMap<string, StagedItem>, base: PublishedGeneration | undefined, now: number): Record<ChangeKind, string[]> {
  const changes = Object.fromEntries(KINDS.map((kind) => [kind, [] as string[]])) as Record<ChangeKind, string[]>;
  const pages = livePages(base, now);
  for (const [id, item] of staged) {
    const page = pages.get(id);
    if (!page) changes.new_page.push(id);
    else if (page.state === "tombstoned") changes.restored_page.push(id);
    else changes[itemDigest(page.item) === itemDigest(item) ? "unchanged" : "changed_page"].push(id);
  }
  for (const [id, page] of pages) if (page.state === "live" && !staged.has(id)) changes.removed_page.push(id);
  for (const kind of KINDS) changes[kind].sort();
  return changes;
}

/** `{ new_page: 2, removed_page: 1, unchanged: 9 }`: kinds with at least one page. */
export function countsOf(changes: Record<ChangeKind, string[]>): Partial<Record<ChangeKind, number>> {
  return Object.fromEntries(KINDS.filter((kind) => changes[kind].length > 0).map((kind) => [kind, changes[kind].length]));
}

export type Build = { ok: true; pages: Map<string, PublishedPage> } | { ok: false; message: string };

/**
 * The pages of the generation a run publishes. Fails closed (DOC) when it would turn real content
 * into zero searchable chunks.
 */
export function buildPages(staged: ReadonlyMap<string, StagedItem>, base: PublishedGeneration | undefined, graceDays: number, now: number): Build {
  const pages = new Map<string, PublishedPage>();
  const at = new Date(now).toISOString();
  for (const [id, page] of livePages(base, now)) {
    if (staged.has(id)) continue;
    if (page.state === "tombstoned") pages.set(id, page);
    else if (graceDays > 0) pages.set(id, { item: page.item, state: "tombstoned", tombstonedAt: at, purgeAfter: new Date(now + graceDays * DAY_MS).toISOString() });
  }
  for (const [id, item] of staged) pages.set(id, { item: structuredClone(item), state: "live" });
  const before = [...(base?.pages.values() ?? [])].some((page) => page.state === "live" && hasChunks(page.item));
  const after = [...pages.values()].some((page) => page.state === "live" && hasChunks(page.item));
  if (before && !after) return { ok: false, message: "The build would turn real content into zero searchable chunks; the previous generation keeps serving" };
  return { ok: true, pages };
}

/** A generation's pages with expired tombstones purged. */
function livePages(base: PublishedGeneration | undefined, now: number): Map<string, PublishedPage> {
  const pages = new Map<string, PublishedPage>();
  for (const [id, page] of base?.pages ?? []) {
    if (page.state === "tombstoned" && page.purgeAfter !== undefined && Date.parse(page.purgeAfter) <= now) continue;
    pages.set(id, page);
  }
  return pages;
}

/** Live and tombstoned counts of a generation, reported as its `counts`. */
export function generationCounts(pages: ReadonlyMap<string, PublishedPage>): Record<string, number> {
  let live = 0;
  let tombstoned = 0;
  for (const page of pages.values()) {
    if (page.state === "live") live += 1;
    else tombstoned += 1;
  }
  return { live, tombstoned };
}
