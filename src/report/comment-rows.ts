import type { Operation } from "../plan/types.js";
import { REASONS } from "../plan/reasons.js";

/** One created, updated or deleted document as the PR comment shows it. */
export interface CommentRow {
  action: "create" | "update" | "delete";
  externalId: string;
  title?: string;
  sourcePath?: string;
  /** Short words: `new page`, `content, title`, `file removed`. */
  changed: string[];
  /** UTF-8 bytes of content added (positive) or removed (negative); undefined when unknown. */
  sizeDelta?: number;
  /** Content before and after, for the diff of an update; `before` is undefined when the target did not return it. */
  before?: string;
  after?: string;
}

/** Rows for every operation that changes something, in plan order (unchanged ones are only counted). */
export function commentRows(operations: Operation[]): CommentRow[] {
  return operations.flatMap((op): CommentRow[] => {
    if (op.kind === "unchanged") return [];
    if (op.kind === "delete") {
      const { externalId, title, content } = op.remote;
      const sizeDelta = content === undefined ? undefined : -byteLength(content);
      return [{ action: "delete", externalId, title, changed: op.reasons.map(shortReason), sizeDelta, before: content }];
    }
    // A spooled page's text stays on disk: its row shows the size, and no diff.
    const after = op.spooled ? undefined : sentContent(op.payload, op.doc.content);
    const afterBytes = op.spooled ? op.contentBytes : byteLength(sentContent(op.payload, op.doc.content));
    const before = op.kind === "update" ? op.remote.content : "";
    const sizeDelta = before === undefined ? undefined : afterBytes - byteLength(before);
    const { externalId, title, sourcePath } = op.doc;
    return [{ action: op.kind, externalId, title, sourcePath, changed: op.reasons.map(shortReason), sizeDelta, before, after }];
  });
}

/** The content the target receives: the payload's `content` when it is text, else the document's. */
function sentContent(payload: Record<string, unknown>, fallback: string): string {
  return typeof payload.content === "string" ? payload.content : fallback;
}

/** `content changed` → `content`; `new file` → `new page`; anything else unchanged. */
export function shortReason(reason: string): string {
  if (reason === REASONS.created) return "new page";
  const field = /^(\S+) changed$/.exec(reason);
  return field ? field[1]! : reason;
}

/** `+1.2 KB`, `−340 B`, `±0 B`, or `—` when unknown. */
export function formatSizeDelta(delta: number | undefined): string {
  if (delta === undefined) return "—";
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const size = Math.abs(delta);
  if (size < 1024) return `${sign}${size} B`;
  if (size < 1024 * 1024) return `${sign}${(size / 1024).toFixed(1)} KB`;
  return `${sign}${(size / (1024 * 1024)).toFixed(1)} MB`;
}

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}
