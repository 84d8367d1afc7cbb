import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Document } from "../documents/document.js";
import { openFilesUnder, SEES_OPEN_FILES } from "../../test/helpers/open-files.js";
import { Spool } from "./spool.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function spoolDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kbp-spool-test-"));
  dirs.push(dir);
  return dir;
}

function page(id: string, content: string, extra: Partial<Document> = {}): Document {
  return { externalId: id, title: `Title ${id}`, content, tags: ["a"], sourcePath: `${id}.md`, metadata: { n: 1, nested: { x: [1, "é"] } }, ...extra };
}

describe("Spool", () => {
  it("reads back every page exactly, whether the payload shares the document's text or not", () => {
    const spool = new Spool({ dir: spoolDir(), budget: 0 });
    const shared = page("shared", "Text with é, 😀 and\nlines.\n");
    const html = page("html", "Markdown body", { html: "<p>Markdown body</p>", lang: "fr" });
    const pages = [
      { doc: shared, payload: { title: shared.title, content: shared.content, tags: shared.tags } },
      { doc: html, payload: { body: "<p>rendered</p>", slug: "html" } },
      { doc: page("big", "x".repeat(3 * 1024 * 1024)), payload: { content: "other text", lang: "de" } },
    ];
    const refs = pages.map((p) => spool.append(p));
    expect(refs[0]!.shared).toBe(true);
    expect(refs[1]!.shared).toBeUndefined();
    // Read out of order, twice: reads do not consume.
    for (const index of [2, 0, 1, 0]) expect(spool.read(refs[index]!)).toEqual(pages[index]);
    expect(refs[0]!.payloadBytes).toBe(Buffer.byteLength(JSON.stringify(pages[0]!.payload)));
    spool.close();
  });

  it("keeps pages in memory up to its budget, then spools every later page", () => {
    const spool = new Spool({ dir: spoolDir(), budget: 100 });
    expect(spool.admit(60)).toBe(true);
    expect(spool.admit(60)).toBe(false);
    spool.append({ doc: page("a", "a"), payload: { content: "a" } });
    expect(spool.admit(1)).toBe(false);
    spool.close();
  });

  it("makes no file until a page is spooled, and leaves none behind, open or on disk, once closed", () => {
    const dir = spoolDir();
    const spool = new Spool({ dir, budget: 10 });
    expect(spool.admit(5)).toBe(true);
    expect(openFilesUnder(dir)).toEqual([]);
    const ref = spool.append({ doc: page("a", "body"), payload: { content: "body" } });
    if (SEES_OPEN_FILES) expect(openFilesUnder(dir)).toHaveLength(1);
    spool.close();
    spool.close();
    expect(readdirSync(dir)).toEqual([]);
    expect(openFilesUnder(dir)).toEqual([]);
    expect(() => spool.read(ref)).toThrow(/could not read .* of the spool/);
  });
});
