import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../documents/document.js";
import { NO_TEXT_MESSAGE } from "../documents/textless.js";
import { buildPlan } from "./build.js";
import { doc, input, ownedRecord } from "./test-fixtures.js";
import { isBlocked, type Operation } from "./types.js";

const unreadable = (file: string, message = "file is not valid UTF-8", line?: number): Diagnostic =>
  line === undefined ? { severity: "error", file, message } : { severity: "error", file, line, message };
const deletes = (operations: Operation[]) =>
  operations.flatMap((op) => (op.kind === "delete" ? [`${op.remote.externalId}: ${op.reasons.join(", ")}`] : []));

describe("records of files that could not be read are kept", () => {
  it("by the id the file's path gives (with the id prefix), never as a delete", () => {
    const records = [ownedRecord("kb/guides/install"), ownedRecord("kb/gone")];
    const plan = buildPlan(
      input({
        documents: [doc("kb/a")],
        diagnostics: [unreadable("guides/install.md", "invalid YAML frontmatter", 3)],
        records: [...records, ownedRecord("kb/a")],
        options: { allowMassDelete: false, deletions: "tombstone", idPrefix: "kb/" },
      }),
    );
    expect(plan.kept).toEqual([
      { externalId: "kb/guides/install", file: "guides/install.md", reason: "unreadable: guides/install.md:3: invalid YAML frontmatter" },
    ]);
    expect(deletes(plan.operations)).toEqual(["kb/gone: file removed"]);
    expect(plan.deletesWithheld).toEqual(["1 file could not be read; deletes are withheld so nothing is lost"]);
  });

  it("by provenance, whose sources may be keyed from the repository root", () => {
    const record = ownedRecord("custom-id", { provenance: { sources: { "docs/guides/x.md": "ab" }, derivation: "" } });
    const plan = buildPlan(input({ diagnostics: [unreadable("guides/x.md")], records: [record], documents: [doc("a")] }));
    expect(plan.kept?.map((k) => [k.externalId, k.file])).toEqual([["custom-id", "guides/x.md"]]);
    expect(deletes(plan.operations)).toEqual([]);
  });

  it("by the source path the target stored", () => {
    const record = ownedRecord("renamed-by-frontmatter-id", { sourcePath: "guides/y.md" });
    const plan = buildPlan(input({ diagnostics: [unreadable("guides/y.md")], records: [record], documents: [doc("a")] }));
    expect(plan.kept?.map((k) => k.externalId)).toEqual(["renamed-by-frontmatter-id"]);
  });

  it("and a group record is not updated while one of its files (a translation) is unreadable", () => {
    const en = doc("guides/setup", { content: "changed: the fr translation dropped out" });
    const record = ownedRecord("guides/setup", { provenance: { sources: { "guides/setup.md": "a", "guides/setup.fr.md": "b" }, derivation: "k" } });
    const plan = buildPlan(input({ documents: [en], diagnostics: [unreadable("guides/setup.fr.md")], records: [record] }));
    expect(plan.operations).toEqual([]);
    expect(plan.summary.update).toBe(0);
    expect(plan.kept?.map((k) => [k.externalId, k.file])).toEqual([["guides/setup", "guides/setup.fr.md"]]);
  });
});

describe("pages without text", () => {
  it("keep the copy of a published non-page that lost its text, with an error for the file", () => {
    const plan = buildPlan(
      input({
        documents: [doc("a")],
        excluded: [{ file: "guides/_index.md", reason: "section page (_index) with no text of its own", textless: true }],
        records: [ownedRecord("a"), ownedRecord("guides", { title: "Guides" })],
      }),
    );
    expect(plan.kept?.map((k) => [k.externalId, k.title])).toEqual([["guides", "Guides"]]);
    expect(plan.kept?.[0]?.reason).toBe(`unreadable: guides/_index.md: ${NO_TEXT_MESSAGE}`);
    const [error] = plan.diagnostics;
    expect(error).toMatchObject({ severity: "error", file: "guides/_index.md" });
    expect(error?.message).toContain('published as "guides"');
    expect(plan.deletesWithheld).toHaveLength(1);
    expect(isBlocked(plan)).toBe(false);
  });

  it("say nothing about a non-page that was never published", () => {
    const plan = buildPlan(
      input({ documents: [doc("a")], excluded: [{ file: "guides/_index.md", reason: "no text", textless: true }], records: [ownedRecord("a")] }),
    );
    expect(plan.kept).toEqual([]);
    expect(plan.diagnostics).toEqual([]);
  });
});

describe("deliberate exclusions of published pages", () => {
  it("are removals with the exclusion as the reason", () => {
    const plan = buildPlan(
      input({
        documents: [doc("a")],
        excluded: [
          { file: "guides/webhooks.md", reason: "draft: true in frontmatter" },
          { file: "internal/plan.md", reason: "excluded by overrides[0] (files: internal/**)" },
        ],
        records: [ownedRecord("a"), ownedRecord("guides/webhooks"), ownedRecord("internal/plan"), ownedRecord("old")],
      }),
    );
    expect(deletes(plan.operations)).toEqual([
      "guides/webhooks: now a draft (draft: true in frontmatter)",
      "internal/plan: now excluded (excluded by overrides[0] (files: internal/**))",
      "old: file removed",
    ]);
    expect(plan.kept).toEqual([]);
    expect(plan.deletesWithheld).toEqual([]);
  });
});
