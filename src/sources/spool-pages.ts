import type { Override } from "../config/document-options.js";
import type { Document } from "../documents/document.js";
import { applyOverrides } from "../documents/overrides.js";
import type { BuiltPayload, PreparedPayload, SpooledPayload } from "../plan/upserts.js";
import type { Spool } from "../spool/spool.js";
import type { Target } from "../targets/target.js";
import type { DerivedFile } from "./derive-file.js";
import type { PreparedEntry } from "./payloads.js";

/** What reading needs to keep pages past the memory budget on disk. */
export interface PageSpooling {
  spool: Spool;
  /** The target's verdict on a page (Target.validate), taken while the page is still in memory. Default none. */
  validate?: Target["validate"];
  overrides?: readonly Override[];
}

/**
 * The prepared payloads of a batch of derived files as the plan will find them: in memory while
 * the spool's budget allows, else appended to the spool, and their derived documents stripped of
 * their text (`content` empty, no `html`), so neither the document nor the payload keeps the
 * page alive. A stripped document is planned from its spooled entry only (see planUpserts); the
 * translation step, which may need the text, gets it back with {@link restoreText}.
 */
export function holdOrSpool(files: readonly DerivedFile[], entries: readonly PreparedEntry[], spooling: PageSpooling): [string, PreparedPayload][] {
  const derived = new Map<string, { document: Document }>();
  for (const file of files) if (file.outcome.kind === "document") derived.set(file.path, file.outcome);
  let final: Map<string, Document> | undefined;
  return entries.map(([path, built]): [string, PreparedPayload] => {
    const outcome = derived.get(path);
    if (!outcome || spooling.spool.admit(heldBytes(outcome.document, built.payload))) return [path, built];
    // Overrides change neither text nor HTML, so the budget is judged on the document as derived.
    final ??= finalDocuments([...derived.values()].map(({ document }) => document), spooling.overrides);
    const doc = final.get(path);
    if (!doc) return [path, built];
    const spooled = spoolPage(doc, built, spooling);
    outcome.document = stripped(outcome.document);
    return [path, spooled];
  });
}

/** The documents as their payloads were built from them: overrides applied (see preparePayloads). */
function finalDocuments(documents: Document[], overrides: readonly Override[] | undefined): Map<string, Document> {
  return new Map(applyOverrides(documents, overrides).documents.map((doc) => [doc.sourcePath, doc]));
}

function spoolPage(doc: Document, built: BuiltPayload, spooling: PageSpooling): SpooledPayload {
  const problems = spooling.validate?.(doc, built.payload) ?? [];
  const spooled = spooling.spool.append({ doc, payload: built.payload });
  const sent = typeof built.payload.content === "string" ? built.payload.content : doc.content;
  return { spooled, fingerprint: built.fingerprint, problems, contentBytes: Buffer.byteLength(sent, "utf8") };
}

/** The document without its text; everything the plan reads of it besides stays. */
function stripped(doc: Document): Document {
  const { html: _html, ...rest } = doc;
  return { ...rest, content: "" };
}

/** About what a page holds in memory: its text, its HTML, and payload strings that are not its text (rendered HTML). */
function heldBytes(doc: Document, payload: Record<string, unknown>): number {
  let bytes = doc.content.length + (doc.html?.length ?? 0);
  for (const value of Object.values(payload)) if (typeof value === "string" && value !== doc.content) bytes += value.length;
  return bytes;
}

/**
 * Puts the text of spooled pages back into their derived documents: for the translation step
 * when it infers languages from frontmatter (it may copy a page's text into another's), after
 * which the run plans from documents again. Returns whether any document was restored.
 */
export function restoreText(files: readonly DerivedFile[], prepared: ReadonlyMap<string, PreparedPayload>, spool: Spool): boolean {
  let restored = false;
  for (const file of files) {
    const entry = prepared.get(file.path);
    if (file.outcome.kind !== "document" || !entry?.spooled) continue;
    const { doc } = spool.read(entry.spooled);
    file.outcome.document = { ...file.outcome.document, content: doc.content, ...(doc.html !== undefined && { html: doc.html }) };
    restored = true;
  }
  return restored;
}
