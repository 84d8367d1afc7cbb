import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverFiles, discoverSources } from "./discover.js";

const include = ["**/*.{md,mdx,markdown}"];
let base: string;
let root: string;

function write(relative: string, text = "# page\n", under = root): void {
  const path = join(under, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "kb-discover-"));
  root = join(base, "repo");
  mkdirSync(root);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe("discoverFiles", () => {
  it("returns sorted repo-relative POSIX paths of matching files", async () => {
    for (const file of ["b.md", "a/z.mdx", "a/b/c.markdown", "A.md", "notes.txt"]) write(file);
    expect(await discoverFiles({ root, include, exclude: [] })).toEqual(["A.md", "a/b/c.markdown", "a/z.mdx", "b.md"]);
  });

  it("never enters .git or node_modules, at any depth, even when asked to", async () => {
    for (const file of ["ok.md", ".git/x.md", "node_modules/p/readme.md", "sub/node_modules/q.md", "sub/.git/y.md"]) write(file);
    expect(await discoverFiles({ root, include, exclude: [] })).toEqual(["ok.md"]);
    expect(await discoverFiles({ root, include: ["**/*.md", ".git/**", "node_modules/**"], exclude: [] })).toEqual(["ok.md"]);
  });

  it("skips dot paths unless a pattern names them", async () => {
    for (const file of ["ok.md", ".github/readme.md", ".hidden.md"]) write(file);
    expect(await discoverFiles({ root, include, exclude: [] })).toEqual(["ok.md"]);
    expect(await discoverFiles({ root, include: [...include, ".github/**/*.md"], exclude: [] })).toEqual([".github/readme.md", "ok.md"]);
  });

  it("applies include and exclude patterns", async () => {
    for (const file of ["docs/a.md", "docs/drafts/b.md", "blog/c.md", "docs/d.mdx"]) write(file);
    const found = await discoverFiles({ root, include: ["docs/**/*.md"], exclude: ["**/drafts/**"] });
    expect(found).toEqual(["docs/a.md"]);
  });

  it("refuses include patterns that leave the root", async () => {
    await expect(discoverFiles({ root, include: ["../**/*.md"], exclude: [] })).rejects.toThrow("leaves the repository root");
    await expect(discoverFiles({ root, include: [join(base, "*.md")], exclude: [] })).rejects.toThrow("leaves the repository root");
  });

  it("throws a clear error when the root is missing", async () => {
    await expect(discoverFiles({ root: join(base, "nope"), include, exclude: [] })).rejects.toThrow("repository root is not a directory");
  });
});

describe("symlinks", () => {
  it("reports a symlinked file pointing outside the root and never returns it", async () => {
    write("secret.md", "outside", base);
    write("inside.md");
    symlinkSync(join(base, "secret.md"), join(root, "leak.md"));
    const found = await discoverSources({ root, include, exclude: [] });
    expect(found.files).toEqual(["inside.md"]);
    expect(found.skipped).toEqual([{ file: "leak.md", message: expect.stringContaining("symlink points outside the repository") }]);
  });

  it("keeps a symlinked file inside the root and reports a broken one", async () => {
    write("real.md");
    symlinkSync("real.md", join(root, "alias.md"));
    symlinkSync("missing.md", join(root, "broken.md"));
    const found = await discoverSources({ root, include, exclude: [] });
    expect(found.files).toEqual(["alias.md", "real.md"]);
    expect(found.skipped.map((s) => [s.file, s.message.split(":")[0]])).toEqual([["broken.md", "broken symlink"]]);
  });

  it("does not descend into symlinked directories, inside or outside the root", async () => {
    write("outside/o.md", "x", base);
    write("docs/d.md");
    symlinkSync(join(base, "outside"), join(root, "linked-out"));
    symlinkSync(join(root, "docs"), join(root, "linked-in"));
    const found = await discoverSources({ root, include, exclude: [] });
    expect(found.files).toEqual(["docs/d.md"]);
    expect(found.skipped).toEqual([]);
  });

  it("reports files reached through a symlinked directory named by a static pattern", async () => {
    write("outside/o.md", "x", base);
    symlinkSync(join(base, "outside"), join(root, "linked-out"));
    const found = await discoverSources({ root, include: ["linked-out/*.md"], exclude: [] });
    expect(found.files).toEqual([]);
    expect(found.skipped.map((s) => s.file)).toEqual(["linked-out/o.md"]);
  });

  it("works when the root itself is reached through a symlink", async () => {
    write("a.md");
    symlinkSync(root, join(base, "root-link"));
    expect(await discoverFiles({ root: join(base, "root-link"), include, exclude: [] })).toEqual(["a.md"]);
  });
});
