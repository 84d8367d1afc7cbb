import { describe, expect, it } from "vitest";
import { checkFileNames, codePointsOf, escapedName } from "./file-names.js";

describe("checkFileNames", () => {
  it("keeps ordinary names, unicode included", () => {
    const files = ["a.md", "guides/café.md", "日本語.md"];
    expect(checkFileNames(files)).toEqual({ files, skipped: [] });
  });

  it.each([
    ["a\nb.md", "a\\u000ab.md", "U+000A"],
    ["tab\there.md", "tab\\u0009here.md", "U+0009"],
    ["esc\u001b[31m.md", "esc\\u001b[31m.md", "U+001B"],
    ["line\u2028sep.md", "line\\u2028sep.md", "U+2028"],
  ])("makes %j an error for that file, named with escapes", (name, escaped, codePoint) => {
    const { files, skipped } = checkFileNames(["ok.md", name]);
    expect(files).toEqual(["ok.md"]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.file).toBe(escaped);
    expect(skipped[0]!.message).toContain(`the file name contains a control character (${codePoint})`);
    for (const raw of ["\n", "\t", "\u001b", "\u2028"]) expect(skipped[0]!.message).not.toContain(raw);
  });

  it("refuses both names of a pair that differs only by Unicode normalisation, showing their code points", () => {
    const composed = "caf\u00e9.md";
    const decomposed = "cafe\u0301.md";
    const { files, skipped } = checkFileNames([composed, decomposed, "other.md"]);
    expect(files).toEqual(["other.md"]);
    expect(skipped.map((s) => s.file)).toEqual([composed, decomposed]);
    expect(skipped[0]!.message).toContain("(caf\\u00e9.md) differs from");
    expect(skipped[0]!.message).toContain("(cafe\\u0301.md) only by Unicode normalisation");
  });
});

describe("escapes", () => {
  it("escape only what needs it", () => {
    expect(escapedName("a\r\nb é")).toBe("a\\u000d\\u000ab é");
    expect(codePointsOf("é-e\u0301 😀")).toBe("\\u00e9-e\\u0301 \\u{1f600}");
  });
});
