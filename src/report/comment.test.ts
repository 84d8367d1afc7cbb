import { describe, expect, it } from "vitest";
import type { Operation, Plan } from "../plan/types.js";
import { commentMarker, GITHUB_COMMENT_LIMIT, renderPrComment, type CommentOptions } from "./comment.js";
import { BASE_LABEL } from "./comment-sections.js";
import { doc, fp, record, samplePlan } from "./test-fixtures.js";

const options: CommentOptions = {
  marker: commentMarker("local", ".kb-publish/store"),
  destination: "the local store `.kb-publish/store`",
  command: "plan",
  comparison: { kind: "live" },
  fileUrl: (p) => `https://github.com/o/r/blob/abc123/docs/${p}`,
  runUrl: "https://github.com/o/r/actions/runs/7",
  headSha: "abc1234def",
};

function update(id: string, before: string, after: string, reasons = ["content changed"]): Operation {
  const d = { ...doc(id), content: after, sourcePath: `${id}.md` };
  return { kind: "update", doc: d, payload: { content: after }, fingerprint: fp(`h-${id}`), remote: { ...record(id), content: before }, reasons };
}

function planOf(operations: Operation[], extra: Partial<Plan> = {}): Plan {
  const summary = { create: 0, update: 0, unchanged: 0, delete: 0 };
  for (const op of operations) summary[op.kind] += 1;
  return samplePlan({ operations, summary, guards: [], ...extra });
}

const smallPlan = () =>
  planOf([
    { kind: "create", doc: { ...doc("guides/new"), content: "# New\n\nHello\n", sourcePath: "guides/new.md" }, payload: { content: "# New\n\nHello\n" }, fingerprint: fp("h-new"), reasons: ["new file"] },
    update("faq", "# FAQ\n\nOld answer.\n", "# FAQ\n\nNew answer, longer.\n", ["content changed", "title changed"]),
    { kind: "unchanged", doc: doc("same"), fingerprint: fp("h-s"), remote: record("same", "h-s") },
    { kind: "delete", remote: { ...record("old/page"), content: "gone\n" }, reasons: ["file removed"] },
  ]);

describe("renderPrComment", () => {
  it("renders a small plan (snapshot)", () => {
    expect(renderPrComment(smallPlan(), options)).toMatchSnapshot();
  });

  it("starts with the marker, lists deletions before the changes and links each file at the head commit", () => {
    const body = renderPrComment(smallPlan(), options);
    expect(body.startsWith("<!-- kb-publish:local:.kb-publish/store -->\n")).toBe(true);
    expect(body.indexOf("`old/page`")).toBeLessThan(body.indexOf("`guides/new`"));
    expect(body).toContain("| update | [Title faq](https://github.com/o/r/blob/abc123/docs/faq.md) | `faq` | content, title | +8 B |");
    expect(body).toContain("| create | [Title guides/new](https://github.com/o/r/blob/abc123/docs/guides/new.md) | `guides/new` | new page | +13 B |");
    expect(body).toContain("| Old old/page | `old/page` | −5 B |");
    expect(body).toContain("<details><summary><code>faq</code> (+1 −1 lines)</summary>\n\n```diff\n--- a/faq.md\n+++ b/faq.md");
    expect(body).toContain("-Old answer.\n+New answer, longer.");
    expect(body).toContain("**Plan: 1 to create, 1 to update, 1 to delete, 1 unchanged.**");
    expect(body).toContain("Compared with the live knowledge base.");
    expect(body).not.toContain("Left out");
  });

  it("labels a plan compared with the base branch", () => {
    const body = renderPrComment(smallPlan(), {
      ...options,
      comparison: { kind: "base", reason: "this pull request comes from a fork, which gets no secrets", baseRef: "main", baseSha: "0123456789" },
    });
    expect(body).toContain(`> **${BASE_LABEL}** (\`main\` at \`0123456\`): this pull request comes from a fork, which gets no secrets.`);
    expect(BASE_LABEL.toLowerCase()).toBe("compared with the base branch, not with the live knowledge base");
  });

  it("says there are no changes", () => {
    const body = renderPrComment(planOf([{ kind: "unchanged", doc: doc("a"), fingerprint: fp("h"), remote: record("a", "h") }]), options);
    expect(body).toContain("No changes: the knowledge base would stay as it is (1 document unchanged).");
    expect(body).not.toContain("| Action");
  });

  it("puts guard trips and document errors at the top", () => {
    const plan = planOf([{ kind: "delete", remote: record("x"), reasons: ["file removed"] }], {
      guards: [{ guard: "mass-delete", tripped: true, overridden: false, message: "would delete 9 of 10" }],
      diagnostics: [{ severity: "error", file: "bad.md", line: 4, message: "bad YAML" }],
      rejected: [{ externalId: "big", sourcePath: "big.md", message: "too big" }],
    });
    const body = renderPrComment(plan, options);
    expect(body).toMatch(/> \[!CAUTION\]\n> \*\*The plan is blocked: nothing will be written\.\*\*\n>\n> - \*\*mass-delete guard:\*\* would delete 9 of 10/);
    expect(body).toContain("> - `bad.md:4`: bad YAML");
    expect(body).toContain("> - `big` (`big.md`): too big");
    expect(body.indexOf("CAUTION")).toBeLessThan(body.indexOf("deletion"));
  });

  it("keeps page content with code fences inside the diff block", () => {
    const body = renderPrComment(planOf([update("code", "text\n", "```js\nx()\n```\n````\n")]), options);
    expect(body).toContain("`````diff\n--- a/code.md");
    expect(body).toContain("+````\n`````");
  });

  it("stays under the limit with 2,000 changes and lists every deletion", () => {
    const operations: Operation[] = [];
    const big = "lorem ipsum dolor sit amet\n".repeat(40);
    for (let i = 0; i < 1000; i++) operations.push(update(`section-${i % 7}/page-${String(i).padStart(4, "0")}`, big, `${big}changed ${i}\n`));
    for (let i = 0; i < 1000; i++) operations.push({ kind: "delete", remote: { ...record(`removed/page-${String(i).padStart(4, "0")}`), content: big }, reasons: ["file removed"] });
    const body = renderPrComment(planOf(operations), options);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.length).toBeLessThanOrEqual(60_000);
    for (let i = 0; i < 1000; i++) expect(body).toContain(`removed/page-${String(i).padStart(4, "0")}`);
    expect(body).toMatch(/Left out to stay under GitHub's comment size limit: \d+ rows, \d+ diffs\./);
    expect(body).toContain("The full plan is in the [job summary](https://github.com/o/r/actions/runs/7) of this run and in the `plan-file` output (JSON).");
    expect(body).toContain("**Plan: 0 to create, 1000 to update, 1000 to delete, 0 unchanged.**");
  });

  it("groups deleted ids by folder when a plain list would not fit, and cuts only past the limit", () => {
    const deletes = (count: number, folder: string): Operation[] =>
      Array.from({ length: count }, (_, i) => ({ kind: "delete", remote: record(`${folder}/page-${String(i).padStart(5, "0")}`), reasons: ["file removed"] }));
    const grouped = renderPrComment(planOf(deletes(2000, "reference/api/very-long-folder-name")), options);
    expect(grouped.length).toBeLessThanOrEqual(60_000);
    expect(grouped).toContain("```text\nreference/api/very-long-folder-name/\n  page-00000\n  page-00001\n");
    for (let i = 0; i < 2000; i++) expect(grouped).toContain(`  page-${String(i).padStart(5, "0")}\n`);
    expect(grouped).not.toContain("Left out");

    const huge = renderPrComment(planOf(deletes(8000, "x")), options);
    expect(huge.length).toBeLessThanOrEqual(60_000);
    expect(huge).toMatch(/\*\*… and \d+ more deletions: see the job summary\.\*\*/);
    expect(huge).toMatch(/Left out to stay under GitHub's comment size limit: \d+ deletions\./);
  });

  it("drops diffs before rows", () => {
    const lines = Array.from({ length: 300 }, (_, n) => `line ${n}`);
    const edited = lines.map((line, n) => (n % 10 === 0 ? `${line} edited` : line));
    const operations = Array.from({ length: 10 }, (_, i) => update(`p${i}`, lines.join("\n"), edited.join("\n")));
    const body = renderPrComment(planOf(operations), { ...options, maxChars: 6000 });
    expect(body.length).toBeLessThanOrEqual(6000);
    expect(body.match(/^\| update /gm)).toHaveLength(10);
    expect(body).toMatch(/Left out to stay under GitHub's comment size limit: \d+ diffs\./);
  });
});

describe("commentMarker", () => {
  it("keeps two targets apart and cannot close the HTML comment early", () => {
    expect(commentMarker("heppu", "550e8400-e29b")).toBe("<!-- kb-publish:heppu:550e8400-e29b -->");
    const hostile = commentMarker("local", "a --> b\n<x>");
    expect(hostile.slice(4, -3).trim()).not.toMatch(/--|[<>\s]/);
    expect(hostile).toBe("<!-- kb-publish:local:a_-__b__x_ -->");
    expect(commentMarker("local", "x")).not.toBe(commentMarker("heppu", "x"));
  });
});
