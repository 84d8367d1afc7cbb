import { randomUUID } from "node:crypto";
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Document } from "../documents/document.js";
import type { SpoolRef } from "../plan/types.js";

/** A page as the spool keeps it until apply sends it: the document and its exact payload. */
export interface SpooledPage {
  doc: Document;
  payload: Record<string, unknown>;
}

export interface SpoolOptions {
  /** Bytes of page text a run keeps in memory before it spools pages to disk. Default {@link DEFAULT_MEMORY_BUDGET}. */
  budget?: number;
  /** Folder of the spool file. Default os.tmpdir(). */
  dir?: string;
}

/**
 * 192 MiB of page text held in memory: a site of up to ~17,000 average pages never touches the
 * disk; past that, the page text a run holds stays at this whatever the site's size (see README,
 * Performance).
 */
export const DEFAULT_MEMORY_BUDGET = 192 * 1024 * 1024;

/** Appended writes are gathered up to this many bytes: one write call per MiB, not per page. */
const FLUSH_BYTES = 1024 * 1024;

/**
 * Where a run keeps the pages it has derived but not yet sent, once they would hold more memory
 * than the budget: one append-only temp file, written in order while the docs are read and
 * read back one batch at a time while the plan is applied. Payloads hold no secrets. The file
 * is made only when the budget is first passed, unlinked as soon as it is open where the OS
 * allows it (so not even a killed run leaves it behind), and removed by `close`.
 */
export class Spool {
  readonly budget: number;
  private readonly dir: string;
  private held = 0;
  private file: { fd: number; path: string } | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes written to the file so far (flushed or not): the offset of the next page. */
  private end = 0;

  constructor(options: SpoolOptions = {}) {
    this.budget = options.budget ?? DEFAULT_MEMORY_BUDGET;
    this.dir = options.dir ?? os.tmpdir();
  }

  /** Whether a page of `bytes` may stay in memory; counts it when it may. Once the budget is passed, every later page is spooled. */
  admit(bytes: number): boolean {
    if (this.end > 0 || this.held + bytes > this.budget) return false;
    this.held += bytes;
    return true;
  }

  /** Appends a page; its payload and its document are read back with {@link read}. */
  append(page: SpooledPage): SpoolRef {
    const payload = Buffer.from(JSON.stringify(page.payload), "utf8");
    // The page text is written once: the document's own content is left out when the payload carries it.
    const shared = typeof page.payload.content === "string" && page.payload.content === page.doc.content;
    const doc = Buffer.from(JSON.stringify(shared ? { ...page.doc, content: undefined } : page.doc), "utf8");
    const ref: SpoolRef = { offset: this.end, payloadBytes: payload.length, docBytes: doc.length, ...(shared && { shared: true }) };
    this.write(payload);
    this.write(doc);
    return ref;
  }

  /** The page at `ref`, as it was appended (JSON round trip: undefined members are gone). */
  read(ref: SpoolRef): SpooledPage {
    const bytes = this.readBytes(ref.offset, ref.payloadBytes + ref.docBytes);
    const payload = JSON.parse(bytes.toString("utf8", 0, ref.payloadBytes)) as Record<string, unknown>;
    const doc = JSON.parse(bytes.toString("utf8", ref.payloadBytes)) as Document;
    if (ref.shared) doc.content = payload.content as string;
    return { doc, payload };
  }

  /** Removes the file. Safe to call more than once, and on a spool that never spooled. */
  close(): void {
    const file = this.file;
    this.file = undefined;
    this.pending = [];
    this.pendingBytes = 0;
    if (!file) return;
    closeSync(file.fd);
    rmSync(file.path, { force: true });
  }

  private write(bytes: Buffer): void {
    this.open();
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.end += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pendingBytes === 0 || !this.file) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    for (let at = 0; at < chunk.length; ) at += writeSync(this.file.fd, chunk, at, chunk.length - at);
  }

  private readBytes(offset: number, length: number): Buffer {
    this.flush();
    if (!this.file || offset + length > this.end) {
      throw new Error(`could not read ${length} bytes at offset ${offset} of the spool: it holds ${this.end} bytes; expected a page appended in this run`);
    }
    const bytes = Buffer.allocUnsafe(length);
    for (let at = 0; at < length; ) {
      const read = readSync(this.file.fd, bytes, at, length - at, offset + at);
      if (read === 0) throw new Error(`the spool file ${this.file.path} ended at ${offset + at} bytes; expected ${offset + length}`);
      at += read;
    }
    return bytes;
  }

  private open(): void {
    if (this.file) return;
    const file = path.join(this.dir, `kb-publish-spool-${process.pid}-${randomUUID()}`);
    const fd = openSync(file, "wx+", 0o600);
    this.file = { fd, path: file };
    try {
      unlinkSync(file);
    } catch {
      // Windows keeps an open file; close removes it.
    }
  }
}
