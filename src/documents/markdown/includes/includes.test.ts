import { describe, expect, it } from "vitest";
import { expandIncludes, type IncludeReader } from "./index.js";
import { includeCandidates } from "./resolve.js";

/** A reader over an in-memory repository; paths relative to the docs root. */
const reader = (files: Record<string, string>): IncludeReader => (path) => files[path];

describe("expandIncludes", () => {
  it("replaces a Hugo include with the file's body and reports it as a source", () => {
    const read = reader({ "en/_common/opts.md": "---\ntitle: x\n---\n\nOption `a`.\n" });
    const out = expandIncludes('Intro.\n\n{{% include "/_common/opts.md" %}}\n\nEnd.', "en/functions/x.md", read);
    expect(out).toEqual({ text: "Intro.\n\nOption `a`.\n\nEnd.", sources: ["en/_common/opts.md"], warnings: [] });
  });

  it("finds Hugo includes without an extension, and nested includes, reporting every file", () => {
    const read = reader({ "_common/a.md": 'A.\n{{% include "b" %}}', "_common/b.md": "B." });
    const out = expandIncludes('{{% include "_common/a" %}}', "page.md", read);
    expect(out.text).toBe("A.\nB.");
    expect(out.sources).toEqual(["_common/a.md", "_common/b.md"]);
  });

  it("expands MkDocs snippets with the marker's indentation, line ranges, sections and the block form", () => {
    const read = reader({
      "../includes/note.md": "Line 1\nLine 2\nLine 3",
      "../includes/parts.md": "x\n--8<-- [start:install]\npip install it\n--8<-- [end:install]\ny",
    });
    const page = ['    --8<-- "includes/note.md:2:3"', '--8<-- "includes/parts.md:install"', "--8<--", "includes/note.md:1:1", "--8<--", ';--8<-- "escaped.md"'].join("\n");
    expect(expandIncludes(page, "guide.md", read).text).toBe(["    Line 2", "    Line 3", "pip install it", "Line 1", '--8<-- "escaped.md"'].join("\n"));
  });

  it("expands VitePress @include with a line range, from the source root with @/", () => {
    const read = reader({ "parts/basics.md": "one\ntwo\nthree" });
    expect(expandIncludes("<!--@include: @/parts/basics.md{2,}-->", "guide/x.md", read).text).toBe("two\nthree");
  });

  it("never touches code, and removes directives it cannot resolve with a warning", () => {
    const page = '```md\n{{% include "x.md" %}}\n```\n{{% include "missing.md" %}}';
    const out = expandIncludes(page, "a.md", reader({}));
    expect(out.text).toBe('```md\n{{% include "x.md" %}}\n```');
    expect(out.warnings).toEqual([expect.stringMatching(/^include "missing\.md" was not found \(looked from a\.md up to the repository root\)/)]);
  });

  it("stops at a cycle with a warning", () => {
    const read = reader({ "a.md": '{{% include "b.md" %}}', "b.md": '{{% include "a.md" %}}' });
    const out = expandIncludes('{{% include "a.md" %}}', "page.md", read);
    expect(out.sources).toEqual(["a.md", "b.md"]);
    expect(out.warnings[0]).toMatch(/includes itself \(page\.md → a\.md → b\.md → a\.md\)/);
  });

  it("removes directives silently when there is no reader (pure derivation)", () => {
    expect(expandIncludes('A\n{{% include "x.md" %}}\nB', "p.md", undefined)).toEqual({ text: "A\nB", sources: [], warnings: [] });
  });
});

describe("includeCandidates", () => {
  it("looks from the page's folder up to the root, then at most two folders above it", () => {
    expect(includeCandidates("en/guide/page.md", "/_common/x.md")).toEqual(["en/guide/_common/x.md", "en/_common/x.md", "_common/x.md", "../_common/x.md", "../../_common/x.md"]);
    expect(includeCandidates("page.md", "@/parts/a")).toEqual(["parts/a", "parts/a.md", "parts/a/index.md", "parts/a/_index.md"]);
  });
});
