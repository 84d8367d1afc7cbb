import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Nodes } from "mdast";
import { cleanMarkdown, parseMarkdown } from "./index.js";

// Regenerate after a deliberate change: `UPDATE_GOLDEN=1 npx vitest run src/documents/markdown/golden.test.ts`,
// then read the diff of fixtures/*/*.expected.md before committing it. fixtures/markdown-cleanup/
// holds written samples; fixtures/real-world/ excerpts of public docs that once broke (see its LICENSES.md).
const dirs = ["markdown-cleanup", "real-world"].map((name) => fileURLToPath(new URL(`../../../fixtures/${name}/`, import.meta.url)));
const inputs = dirs.flatMap((dir) => readdirSync(dir).filter((name) => /\.input\.mdx?$/.test(name)).map((name) => ({ dir, name })));
/** Fenced blocks at column 0 of an input; group 2 is the code. */
const FENCE = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gm;

function codeValues(markdown: string): string[] {
  const values: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "code") values.push(node.value);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(markdown));
  return values;
}

describe("cleanup of real-world pages (fixtures/markdown-cleanup, fixtures/real-world)", () => {
  it("has samples", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(15);
  });

  for (const { dir, name } of inputs) {
    const input = readFileSync(dir + name, "utf8");
    const flavor = name.endsWith(".mdx") ? "mdx" : "md";
    const output = cleanMarkdown(input, { flavor });
    const expectedFile = dir + name.replace(/\.input\.mdx?$/, ".expected.md");

    it(`${name} matches its expected output`, () => {
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedFile, output);
      expect(output).toBe(readFileSync(expectedFile, "utf8"));
    });

    it(`${name} keeps the code of every fenced block byte for byte`, () => {
      const blocks = [...input.matchAll(FENCE)].map((match) => match[2]);
      expect(codeValues(output)).toEqual(expect.arrayContaining(blocks));
    });
  }
});
