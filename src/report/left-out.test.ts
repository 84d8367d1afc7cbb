import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deriveDocument } from "../documents/derive.js";
import type { Document } from "../documents/document.js";
import { deriveHtmlDocument } from "../documents/html/index.js";
import { applyOverrides } from "../documents/overrides.js";
import type { ExcludedFile } from "../documents/textless.js";
import { readSourceFile } from "../sources/read.js";
import { leftOutCounts, leftOutLine, leftOutPages, leftOutReason, type LeftOutReason } from "./left-out.js";
import { samplePlan } from "./test-fixtures.js";

const options = { idPrefix: "", idKey: "id" };

/** What the real producer says about one file, as the loader records it. */
function markdown(file: string, text: string): ExcludedFile {
  const outcome = deriveDocument({ path: file, text }, options);
  if (outcome.kind !== "excluded") throw new Error(`${file} was not left out: ${outcome.kind}`);
  return { file, reason: outcome.reason, ...(outcome.textless && { textless: true }) };
}

function html(file: string, head: string, body = "<main><p>Text.</p></main>"): ExcludedFile {
  const outcome = deriveHtmlDocument({ path: file, text: `<html><head>${head}</head><body>${body}</body></html>` }, options);
  if (outcome.kind !== "excluded") throw new Error(`${file} was not left out: ${outcome.kind}`);
  return { file, reason: outcome.reason, ...(outcome.textless && { textless: true }) };
}

describe("leftOutReason", () => {
  const page: Document = { externalId: "internal/a", title: "A", content: "x", tags: [], sourcePath: "internal/a.md", metadata: {} };
  const cases: [string, ExcludedFile, LeftOutReason][] = [
    ["draft: true", markdown("a.md", "---\ndraft: true\n---\nText.\n"), "draft"],
    ["a Jekyll _drafts/ page", markdown("_drafts/b.md", "---\ntitle: B\n---\nText.\n"), "draft"],
    ["published: false", markdown("c.md", "---\npublished: false\n---\nText.\n"), "unpublished"],
    ["unlisted: true", markdown("d.md", "---\nunlisted: true\n---\nText.\n"), "unpublished"],
    ["a _partial file", markdown("_snippet.md", "Text.\n"), "partial"],
    ["a Hugo section page without text", markdown("guides/_index.md", "---\ntitle: Guides\n---\n"), "empty"],
    ["a built page with noindex", html("e.html", '<meta name="robots" content="noindex">'), "noindex"],
    ["a redirect stub", html("f.html", '<meta http-equiv="refresh" content="0; url=/g/">'), "redirect"],
    ["a built 404 page", html("404.html", ""), "generated"],
    ["an exclude override", { ...applyOverrides([page], [{ files: ["internal/**"], exclude: true }]).excluded[0]!, textless: undefined }, "override"],
  ];

  it.each(cases)("reads %s from its producer's words", (_name, file, expected) => {
    expect(leftOutReason(file)).toBe(expected);
  });
});

describe("leftOutPages", () => {
  it("lists exclusions and files over the size limit, sorted by path, counted by reason", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kbp-leftout-"));
    try {
      await writeFile(path.join(dir, "big.md"), "x".repeat(100));
      const read = await readSourceFile({ root: dir, path: "big.md", maxBytes: 10 });
      if (read.ok) throw new Error("expected the size limit to refuse big.md");
      const plan = samplePlan({
        excluded: [markdown("wip.md", "---\ndraft: true\n---\nText.\n"), markdown("_part.md", "Text.\n"), markdown("old.md", "---\ndraft: true\n---\nx\n")],
        diagnostics: [read.diagnostic, { severity: "error", file: "broken.md", message: "bad YAML" }],
      });
      const pages = leftOutPages(plan);
      expect(pages.map((p) => `${p.path} ${p.reason}`)).toEqual(["_part.md partial", "big.md too-large", "old.md draft", "wip.md draft"]);
      expect(leftOutCounts(pages)).toBe("2 drafts, 1 partial, 1 over the size limit");
      expect(leftOutLine(pages[3]!)).toBe("wip.md: draft (draft: true in frontmatter)");
      expect(leftOutLine(pages[1]!)).toMatch(/^big\.md: file is too large: 100 bytes; expected at most 10 bytes/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("is empty for a plan that leaves nothing out", () => {
    expect(leftOutPages(samplePlan())).toEqual([]);
  });
});
