import { describe, expect, it } from "vitest";
import { externalIdOf, MAX_ID_LENGTH, validateId } from "./id.js";

describe("externalIdOf", () => {
  it("strips only the last extension and converts backslashes", () => {
    expect(externalIdOf({ sourcePath: "guides/install.fr.md", idPrefix: "" })).toBe("guides/install.fr");
    expect(externalIdOf({ sourcePath: "v1.2/notes", idPrefix: "" })).toBe("v1.2/notes");
    expect(externalIdOf({ sourcePath: "a\\b.md", idPrefix: "" })).toBe("a/b");
  });

  it("prefixes explicit ids and NFC-normalises the result", () => {
    expect(externalIdOf({ sourcePath: "x.md", explicitId: "caf\u0065\u0301", idPrefix: "kb/" })).toBe("kb/caf\u00e9");
  });
});

describe("validateId", () => {
  it("accepts ordinary ids", () => {
    for (const id of ["guides/install", "api-jobs", "caf\u00e9/d\u00e9but", "a..b", "x".repeat(MAX_ID_LENGTH)]) {
      expect(validateId(id)).toBeUndefined();
    }
  });

  it.each([
    ["", "empty"],
    ["x".repeat(MAX_ID_LENGTH + 1), "characters long"],
    ["a\u0000b", "control character"],
    ["tab\there", "control character"],
    ["a\u0085b", "control character"],
    [" lead", "whitespace"],
    ["trail\u00a0", "whitespace"],
    ["../etc/passwd", '".." path segment'],
    ["a/../b", '".." path segment'],
    ["a/..", '".." path segment'],
  ])("rejects %j", (id, problem) => {
    expect(validateId(id)).toContain(problem);
  });
});
