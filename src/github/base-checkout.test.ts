import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commitAll, initRepo } from "../../test/helpers/git.js";
import { tempDir } from "../../test/helpers/workspace.js";
import { silentLogger } from "../log.js";
import { checkoutBaseDocs } from "./base-checkout.js";

async function repoWithTwoCommits() {
  const repo = await tempDir("kbp-git-");
  const docs = path.join(repo, "docs");
  await mkdir(path.join(docs, "guide"), { recursive: true });
  await writeFile(path.join(docs, "guide", "a.md"), "# A\n\nbase text\n");
  await writeFile(path.join(repo, "README.md"), "outside docs\n");
  const base = initRepo(repo);
  await writeFile(path.join(docs, "guide", "a.md"), "# A\n\nhead text\n");
  await writeFile(path.join(docs, "new.md"), "# New\n");
  const head = commitAll(repo, "head");
  return { repo, docs, base, head };
}

describe("checkoutBaseDocs", () => {
  it("extracts the docs folder as it was at the base commit, leaving the working tree alone", async () => {
    const { docs, base } = await repoWithTwoCommits();
    const into = await tempDir("kbp-base-");
    const result = await checkoutBaseDocs({ sha: base, docsRoot: docs, into, log: silentLogger });
    expect(result).toEqual({ ok: true, root: path.join(into, "docs") });
    expect(await readFile(path.join(into, "docs", "guide", "a.md"), "utf8")).toBe("# A\n\nbase text\n");
    await expect(readFile(path.join(into, "docs", "new.md"))).rejects.toThrow();
    await expect(readFile(path.join(into, "README.md"))).rejects.toThrow();
    expect(await readFile(path.join(docs, "guide", "a.md"), "utf8")).toBe("# A\n\nhead text\n");
  });

  it("gives an empty folder when the docs folder is new in the pull request", async () => {
    const { repo, base } = await repoWithTwoCommits();
    await mkdir(path.join(repo, "manual"));
    await writeFile(path.join(repo, "manual", "x.md"), "x\n");
    const into = await tempDir("kbp-base-");
    const result = await checkoutBaseDocs({ sha: base, docsRoot: path.join(repo, "manual"), into, log: silentLogger });
    expect(result).toEqual({ ok: true, root: path.join(into, "manual") });
  });

  it("says why when the commit cannot be had or the folder is not in git", async () => {
    const { docs } = await repoWithTwoCommits();
    const into = await tempDir("kbp-base-");
    const missing = await checkoutBaseDocs({ sha: "f".repeat(40), docsRoot: docs, into, log: silentLogger });
    expect(missing).toMatchObject({ ok: false, reason: expect.stringMatching(/^base commit fffffff is not in this checkout and could not be fetched \(git fetch: /) });
    const bad = await checkoutBaseDocs({ sha: "--upload-pack=x", docsRoot: docs, into, log: silentLogger });
    expect(bad).toEqual({ ok: false, reason: 'base commit "--upload-pack=x" is not a commit hash' });
    const plain = await tempDir("kbp-nogit-");
    await rm(path.join(plain, ".git"), { recursive: true, force: true });
    const notGit = await checkoutBaseDocs({ sha: "a".repeat(40), docsRoot: plain, into, log: silentLogger });
    expect(notGit).toMatchObject({ ok: false, reason: expect.stringContaining("is not inside a git checkout") });
  });
});
