import { describe, expect, it } from "vitest";
import { mulberry32, pick } from "../../../test/emulators/prng.js";
import { hasNoiseLine, LINE_NOISE } from "./noise-lines.js";

const FRAGMENTS = [
  "import x from 'y'", "import(region, 14)", "import", "importer", "export const a = 1", "export{a}", "export*", 'import"x"', "exports",
  ":::note", "  ::: tip", "\t:::", "a :::", "!!! note", " !!!", "??? info", "=== \"Tab\"", "===+ 'Tab'", "===! \"x\"", "===x", "=== x", "a === \"b\"",
  "text", "More text here.", "", " ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "`import x`", "    import y",
];

describe("hasNoiseLine", () => {
  it("finds ESM and block-marker lines, and not the same words elsewhere", () => {
    expect(hasNoiseLine("Intro\nimport Tabs from '@theme/Tabs';\n")).toBe(true);
    expect(hasNoiseLine("import\nrest")).toBe(true);
    expect(hasNoiseLine("Text\n  :::note\nBody\n")).toBe(true);
    expect(hasNoiseLine('=== "Tab"\n')).toBe(true);
    expect(hasNoiseLine("```\nimport(region, 14)\n```\nexports are listed\n")).toBe(false);
    expect(hasNoiseLine("a ::: b\nx === y\n")).toBe(false);
  });

  it("answers what the expression answers over the whole page, on random pages", () => {
    const next = mulberry32(20261205);
    for (let round = 0; round < 20000; round++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(next, FRAGMENTS));
      const body = parts.join(next() < 0.8 ? "\n" : "");
      expect({ body, noisy: hasNoiseLine(body) }).toEqual({ body, noisy: LINE_NOISE.test(body) });
    }
  });
});
