import type { Logger } from "../../log.js";
import type { Snapshot } from "../target.js";
import type { ChatbotApi } from "./api.js";
import { listItems } from "./listing.js";
import { deleteNote } from "./notes.js";
import { unpublishedReason } from "./pending.js";
import { readGeneration, readRun, readSourceInfo, type Generation, type RunInfo, type SourceInfo } from "./reads.js";
import { recordOf } from "./records.js";

/** What the run read besides the records: the source, the generation serving now, and unpublished changes. */
export interface SourceState {
  source?: SourceInfo;
  generation: Generation | null;
  /** Why changes are staged but not published, when they are (see `unpublishedReason`). */
  unpublished?: string;
}

/**
 * Reads the source (for its grace window), every staged item and the active generation; reads
 * only, so a run with nothing to do writes nothing. A failed read throws before any write.
 */
export async function readSnapshot(api: ChatbotApi, owner: string, log: Logger, now: number): Promise<{ snapshot: Snapshot; state: SourceState }> {
  const read = await readSourceInfo(api);
  const source = "unreadable" in read ? undefined : read;
  if ("unreadable" in read) {
    log.info(`Could not read the source (${read.unreadable}; the key needs sources:read): the plan cannot say when tombstones are purged`);
  }
  const { items, duplicates } = await listItems(api);
  if (duplicates.length > 0) log.warn(`the staged-items listing named ${duplicates.slice(0, 5).join(", ")} more than once; each counts once`);
  const generation = await readGeneration(api);
  const records = items.map((item) => recordOf(item, owner));
  const lastRun = await unappliedRun(api, source, generation);
  const unpublished = unpublishedReason({ owned: records.filter((r) => r.owned), generation, lastRun });
  if (unpublished !== undefined) log.warn(`Staged changes are not published yet (${unpublished}); a sync publishes them`);
  const state: SourceState = { generation };
  if (source) state.source = source;
  if (unpublished !== undefined) state.unpublished = unpublished;
  return { snapshot: { records, complete: true, deleteNote: deleteNote(source?.graceDays, now) }, state };
}

/** The source's last run when it is not the run the active generation came from (read for its counts). */
async function unappliedRun(api: ChatbotApi, source: SourceInfo | undefined, generation: Generation | null): Promise<RunInfo | undefined> {
  const lastRunId = source?.lastRunId;
  if (lastRunId === undefined || generation?.runId === undefined || lastRunId === generation.runId) return undefined;
  return (await readRun(api, lastRunId)) ?? { id: lastRunId };
}
