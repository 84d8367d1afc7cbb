import { describe, expect, it } from "vitest";
import { fencedBlock, unifiedDiff } from "./diff.js";

describe("unifiedDiff", () => {
  it("shows changed lines with three lines of context and counts them", () => {
    const before = ["a", "b", "c", "d", "e", "f", "g", "h"].join("\n");
    const after = ["a", "b", "c", "d", "E", "f", "g", "h", "i"].join("\n");
    const diff = unifiedDiff(before, after, { name: "docs/x.md" });
    expect(diff.text.split("\n")).toEqual([
      "--- a/docs/x.md",
      "+++ b/docs/x.md",
      "@@ -2,7 +2,8 @@",
      " b",
      " c",
      " d",
      "-e",
      "+E",
      " f",
      " g",
      "-h",
      "\\ No newline at end of file",
      "+h",
      "+i",
      "\\ No newline at end of file",
    ]);
    expect([diff.added, diff.removed, diff.truncated]).toEqual([3, 2, false]);
  });

  it("is empty for equal texts", () => {
    expect(unifiedDiff("same\n", "same\n", { name: "a" })).toEqual({ text: "", added: 0, removed: 0, truncated: false });
  });

  it("cuts a long diff at whole lines and says how much is left", () => {
    const after = Array.from({ length: 500 }, (_, i) => `line ${i}`).join("\n");
    const diff = unifiedDiff("", after, { name: "big.md", maxChars: 300 });
    expect(diff.truncated).toBe(true);
    expect(diff.text.length).toBeLessThan(360);
    expect(diff.text).toMatch(/… diff cut here \(\d+ more lines\)$/);
    expect(diff.added).toBe(500);
  });
});

describe("fencedBlock", () => {
  it("uses a fence longer than any backtick run in the text", () => {
    expect(fencedBlock("x", "diff")).toBe("```diff\nx\n```");
    const inner = "+```js\n+code\n+````";
    const block = fencedBlock(inner, "diff");
    expect(block.startsWith("`````diff\n")).toBe(true);
    expect(block.endsWith("\n`````")).toBe(true);
  });
});
