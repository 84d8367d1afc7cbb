import type { ItemResult, RemoteRecord } from "../target.js";
import type { LoadedState } from "./state-io.js";

export interface NotesInput {
  records: RemoteRecord[];
  state: LoadedState;
  results: ItemResult[];
  /** Why the state could not be saved, when it could not. */
  stateError?: string;
}

const LISTED = 10;

/** Lines for the run report: drift overwritten, state rebuilt, state not saved. Pure. */
export function runNotes(input: NotesInput): string[] {
  const written = new Set(input.results.filter((r) => r.status === "created" || r.status === "updated").map((r) => r.externalId));
  const notes: string[] = [];
  const overwritten = input.records.filter((r) => r.drifted === true && written.has(r.externalId)).map((r) => r.externalId);
  if (overwritten.length > 0) {
    notes.push(`overwrote ${count(overwritten.length, "entry")} edited outside kb-publish (drift): ${list(overwritten)}`);
  }
  const unknown = input.records.some((r) => r.adoptable === true);
  if (input.state.newer === true) {
    notes.push(
      `the kb-publish state entry was ${input.state.problem ?? "of a newer format"}: left it as it is and did not save ` +
        "this run's state; entries of unknown ownership were left untouched (never deleted); run the newer kb-publish",
    );
  } else if (!input.state.trusted && unknown) {
    const adopted = input.records.filter((r) => r.adoptable === true && written.has(r.externalId)).map((r) => r.externalId);
    const untouched = input.records.filter((r) => r.adoptable === true && !written.has(r.externalId)).length;
    notes.push(
      `the kb-publish state entry was ${input.state.problem ?? "unreadable"}; rebuilt it: ` +
        `${count(adopted.length, "entry")} re-adopted by content${adopted.length > 0 ? ` (${list(adopted)})` : ""}, ` +
        `${count(untouched, "entry")} of unknown ownership left untouched (never deleted)`,
    );
  }
  if (input.stateError !== undefined) {
    notes.push(
      `could not save the kb-publish state entry (${input.stateError}); the next run re-sends the entries ` +
        "written now and reports them as drift; nothing is lost",
    );
  }
  return notes;
}

function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : noun.replace(/y$/, "ies")}`;
}

function list(ids: string[]): string {
  const shown = ids.slice(0, LISTED).join(", ");
  return ids.length > LISTED ? `${shown} and ${ids.length - LISTED} more` : shown;
}
