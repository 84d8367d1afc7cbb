import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_INCLUDE } from "../config/settings.js";
import { defaultIncludeFor, detectDefaultInclude, HTML_INCLUDE } from "./default-include.js";

describe("defaultIncludeFor", () => {
  it.each(["public", "build", "_site", "site", "dist", "out"])("reads HTML from a %s folder without Markdown", (name) => {
    expect(defaultIncludeFor(`/repo/${name}`, false)).toEqual(HTML_INCLUDE);
    expect(defaultIncludeFor(`/repo/${name}/`, false)).toEqual(HTML_INCLUDE);
  });

  it("keeps Markdown for a build folder that holds Markdown, and for any other folder", () => {
    expect(defaultIncludeFor("/repo/site", true)).toEqual(DEFAULT_INCLUDE);
    expect(defaultIncludeFor("/repo/docs", false)).toEqual(DEFAULT_INCLUDE);
    expect(defaultIncludeFor("/repo/website", false)).toEqual(DEFAULT_INCLUDE);
  });
});

describe("detectDefaultInclude", () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), "kb-include-"));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  const write = (relative: string) => {
    mkdirSync(join(base, relative, ".."), { recursive: true });
    writeFileSync(join(base, relative), "x");
  };

  it("switches to HTML only for a build folder without Markdown", async () => {
    write("build/docs/intro/index.html");
    write("site/index.html");
    write("site/deep/notes.md");
    write("docs/index.html");
    expect(await detectDefaultInclude(join(base, "build"))).toEqual(HTML_INCLUDE);
    expect(await detectDefaultInclude(join(base, "site"))).toEqual(DEFAULT_INCLUDE);
    expect(await detectDefaultInclude(join(base, "docs"))).toEqual(DEFAULT_INCLUDE);
  });
});
