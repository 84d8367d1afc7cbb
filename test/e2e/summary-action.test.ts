import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../helpers/run-bundle.js";
import { fixtureWorkspace } from "../helpers/workspace.js";

describe("dist/index.js job summary and outputs", () => {
  it("shows titles, sizes, unreadable files and left-out pages, and counts unreadable files in failed", async () => {
    const ws = await fixtureWorkspace();
    await writeFile(path.join(ws.docs, "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
    const run = await runAction(ws.dir, { path: "docs", store: "store" }, "push");
    expect(run.code).toBe(1);
    expect(run.outputs.failed).toBe("1");
    expect(run.summary).toContain("## kb-publish sync");
    expect(run.summary).toMatch(/^\| created \| Introduction \| `getting-started\/introduction` \| new page \| \+[\d.]+ (B|KB) \|$/m);
    expect(run.summary).toContain("> **1 file could not be read**");
    expect(run.summary).toContain("> - `broken.md:2`");
    expect(run.summary).toMatch(/<details><summary>\d+ pages? left out: [^<]*1 draft/);
    expect(run.summary).toContain("- `guides/webhooks.md`: draft (draft: true in frontmatter)");
  });
});
