import { describe, expect, it } from "vitest";
import { humindLanguageProblem, toHumindLanguage } from "./language.js";

describe("toHumindLanguage", () => {
  it.each([
    ["en", "en"],
    ["EN", "en"],
    ["pt_br", "pt-BR"],
    ["pt-br", "pt-BR"],
    ["zh-CN", "zh-CN"],
  ])("%s → %s", (input, expected) => {
    expect(toHumindLanguage(input)).toBe(expected);
    expect(humindLanguageProblem(expected, "a.md")).toBeUndefined();
  });

  it.each(["eng", "zh-Hans", "en-US-x", "", "e"])("leaves %j unchanged, and it is refused with the file named", (input) => {
    expect(toHumindLanguage(input)).toBe(input);
    const problem = humindLanguageProblem(input, "docs/a.md");
    expect(problem).toContain("docs/a.md");
    expect(problem).toContain(JSON.stringify(input));
    expect(problem).toContain("pt-BR");
  });
});
