import { describe, expect, it } from "vitest";
import { deriveHtmlPages, sampleHtmlPages } from "./bench.js";

describe("benchmark hooks", () => {
  it("makes distinct deterministic sample pages that all derive to clean documents", () => {
    const pages = sampleHtmlPages(25);
    expect(new Set(pages.map((p) => p.path)).size).toBe(25);
    expect(sampleHtmlPages(25)).toEqual(pages);
    const outcomes = deriveHtmlPages(pages, { idPrefix: "" });
    expect(outcomes.map((o) => o.kind)).toEqual(Array(25).fill("document"));
    const first = outcomes[0]!.kind === "document" ? outcomes[0]!.document : undefined;
    expect(first?.title).toBe("Page 0");
    expect(first?.content).toContain("```js\nconst value0 = compute(0);\nconsole.log(value);\n```");
    expect(first?.content).not.toMatch(/Copyright|Edit this page|Next|Page 29|Direct link/);
  });
});
