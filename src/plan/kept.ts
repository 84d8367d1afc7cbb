import type { Diagnostic } from "../documents/document.js";
import { externalIdOf } from "../documents/id.js";
import { NO_TEXT_MESSAGE, type ExcludedFile } from "../documents/textless.js";
import type { RemoteRecord } from "../targets/target.js";
import { REASONS } from "./reasons.js";
import type { KeptRecord, Operation } from "./types.js";

/** Why a file produced no document this run; earlier kinds win when a record matches several files. */
interface Fate {
  kind: "unreadable" | "textless" | "excluded";
  file: string;
  /** Unreadable: `file:line: problem`; otherwise the exclusion reason. */
  reason: string;
}

const PRIORITY: Fate["kind"][] = ["unreadable", "textless", "excluded"];

export interface FileFatesInput {
  /** The creates, updates and unchanged operations planned for documents. */
  operations: Operation[];
  /** Owned live records that no document names. */
  orphans: RemoteRecord[];
  /** Loading diagnostics; an `error` names a file that produced no document. */
  diagnostics: Diagnostic[];
  excluded: ExcludedFile[];
  /** The id prefix, to tell which record a file's path would have published. */
  idPrefix: string;
}

export interface SettledFates {
  /** `operations` without the updates of records kept below. */
  operations: Operation[];
  /** Deletes of records whose file is gone (`file removed`) or left out on purpose (`now a draft (…)`). */
  deletes: Operation[];
  kept: KeptRecord[];
  /** Errors for published pages that lost their text (one per file). */
  diagnostics: Diagnostic[];
}

/**
 * Decides what happens to the records of files that produced no document. A record belongs to
 * a file when its provenance names the file, its stored source path is the file, or its id is
 * the one the file's path gives. The record of an unreadable file is kept, never deleted or
 * updated; so is that of a page that lost its text (with an error, even for a deliberate
 * non-page such as a Hugo `_index.md`, since it had text when it was published). A deliberate
 * exclusion (draft, `published: false`, an `exclude` override) is a removal with that reason. Pure.
 */
export function settleFileFates(input: FileFatesInput): SettledFates {
  const fates = fatesOf(input);
  const settled: SettledFates = { operations: [], deletes: [], kept: [], diagnostics: [] };
  const lostText = new Set<string>();
  const keep = (record: RemoteRecord, fate: Fate) => {
    settled.kept.push(keptRecord(record, fate));
    if (fate.kind === "textless" && !lostText.has(fate.file)) {
      lostText.add(fate.file);
      settled.diagnostics.push(lostTextError(fate.file, record.externalId));
    }
  };
  for (const op of input.operations) {
    // A record fed by several files (a translation group) keeps its copy while one of them is unreadable.
    const fate = op.kind === "update" ? fateOf(op.remote, fates, { byPath: false }) : undefined;
    if (op.kind === "update" && fate && fate.kind !== "excluded") keep(op.remote, fate);
    else settled.operations.push(op);
  }
  for (const remote of input.orphans) {
    const fate = fateOf(remote, fates, { byPath: true });
    if (fate && fate.kind !== "excluded") keep(remote, fate);
    else settled.deletes.push({ kind: "delete", remote, reasons: [fate ? removalReason(fate.reason) : REASONS.removed] });
  }
  return settled;
}

interface FateIndex {
  byFile: Map<string, Fate>;
  byPathId: Map<string, Fate>;
}

function fatesOf(input: FileFatesInput): FateIndex {
  const all: Fate[] = [
    ...input.diagnostics
      .filter((d) => d.severity === "error")
      .map((d): Fate => ({ kind: "unreadable", file: d.file, reason: `${d.line === undefined ? d.file : `${d.file}:${d.line}`}: ${d.message}` })),
    ...input.excluded.map((e): Fate => ({ kind: e.textless ? "textless" : "excluded", file: e.file, reason: e.reason })),
  ];
  const index: FateIndex = { byFile: new Map(), byPathId: new Map() };
  for (const fate of all) {
    if (!index.byFile.has(fate.file)) index.byFile.set(fate.file, fate);
    const id = externalIdOf({ sourcePath: fate.file, idPrefix: input.idPrefix });
    if (!index.byPathId.has(id)) index.byPathId.set(id, fate);
  }
  return index;
}

function fateOf(record: RemoteRecord, index: FateIndex, options: { byPath: boolean }): Fate | undefined {
  const found: Fate[] = [];
  for (const source of Object.keys(record.provenance?.sources ?? {})) found.push(...fileFate(source, index));
  if (options.byPath) {
    if (record.sourcePath !== undefined) found.push(...fileFate(record.sourcePath, index));
    const byId = index.byPathId.get(record.externalId);
    if (byId) found.push(byId);
  }
  return found.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))[0];
}

/**
 * The fate of a stored path. Provenance may key sources from the repository root while
 * diagnostics name files from the docs root (`docs/a.md` vs `a.md`), so trailing parts match too.
 */
function fileFate(path: string, index: FateIndex): Fate[] {
  const segments = path.split("/");
  for (let start = 0; start < segments.length; start++) {
    const fate = index.byFile.get(segments.slice(start).join("/"));
    if (fate) return [fate];
  }
  return [];
}

function keptRecord(record: RemoteRecord, fate: Fate): KeptRecord {
  const reason = fate.kind === "unreadable" ? fate.reason : `${fate.file}: ${NO_TEXT_MESSAGE}`;
  const kept: KeptRecord = { externalId: record.externalId, file: fate.file, reason: `unreadable: ${reason}` };
  if (record.title !== undefined) kept.title = record.title;
  return kept;
}

function lostTextError(file: string, externalId: string): Diagnostic {
  const message =
    `${NO_TEXT_MESSAGE} (it was published as ${JSON.stringify(externalId)} and now has no text); ` +
    "expected page text — to unpublish it, delete the file or set draft: true";
  return { severity: "error", file, message };
}

/** `now a draft (draft: true in frontmatter)`, `now excluded (published: false in frontmatter)`. */
export function removalReason(exclusion: string): string {
  return /^draft\b|_drafts/.test(exclusion) ? `now a draft (${exclusion})` : `now excluded (${exclusion})`;
}
