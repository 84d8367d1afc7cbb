import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mulberry32, pick } from "../../test/emulators/prng.js";
import { parseDocument } from "yaml";
import { readSimpleYaml } from "./frontmatter-yaml-fast.js";

/** What the `yaml` package makes of a block, with the options frontmatter-engines.ts uses; undefined on an error. */
function reference(block: string): unknown {
  const doc = parseDocument(block, { uniqueKeys: true, prettyErrors: true, version: "1.2" });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return doc.toJS({ maxAliasCount: 50 });
}

/** The fast reader answers exactly what `yaml` answers, or leaves the block to it. */
function expectAgrees(block: string): void {
  const fast = readSimpleYaml(block);
  if (fast === undefined) return;
  expect({ block, value: fast }).toEqual({ block, value: reference(block) });
}

const KEYS = ["title", "description", "tags", "sidebar_position", "draft", "slug", "id", "lang", "date", "weight", "x-y", "_hidden", "true", "null", "Yes", "on", "__proto__"];
const VALUES = [
  "", " ", "Hello", "Hello world", "Hello, world", "a [b] c", "a {b} c", "it's", "say \"hi\"", '"quoted"', "'single'", '"with: colon"', "'it''s'", '"esc\\"aped"',
  "https://example.com/a?b=c", "12:30", "a: b", "a:b", "a :b", "a #b", "#c", "- item", "-1", "+1", "0", "7", "007", "42", "1e3", "1.5", ".5", ".inf", "0x1F", "0o17", "1_000",
  "123456789012345678", "true", "True", "TRUE", "false", "yes", "no", "on", "off", "null", "Null", "~", "NULL", "2024-01-01", "2024-01-01T10:00:00Z",
  "[]", "[a, b]", "[a,b]", "[ a , b ]", "[1, 2]", '["a b", c]', '["a, b", c]', "[a, [b]]", "[a, {b: c}]", "[a: b]", "[a,]", "[a] b", "&anchor x", "*alias", "!!str 3", "!tag x",
  "| block", "> folded", "%x", "@x", "`x`", "?x", "é accent", "tab\there", "nbsp\u00a0", "\u00a0lead", "trail ", "line\u2028sep", "[a, 'b']", "['a, b']", "x\"", "x'",
];

describe("readSimpleYaml", () => {
  it("reads the common forms, as `yaml` does", () => {
    const block = '\ntitle: "Retry limit 9581"\ndescription: Policy import, stream latency\ntags: [limit, webhook]\nsidebar_position: 3\ndraft: false\nslug:\ndate: 2024-01-01\n';
    expect(readSimpleYaml(block)).toEqual({
      title: "Retry limit 9581",
      description: "Policy import, stream latency",
      tags: ["limit", "webhook"],
      sidebar_position: 3,
      draft: false,
      slug: null,
      date: "2024-01-01",
    });
    expect(readSimpleYaml(block)).toEqual(reference(block));
  });

  it("leaves to `yaml` what it does not read exactly", () => {
    for (const block of ["title: a # note", "title: 'it''s'", 'title: "a\\"b"', "tags:\n  - a", "title: a: b", "null: x", "a: 1\na: 2", "v: 1.5", "list: [a, [b]]", "x: &a 1"]) {
      expect(readSimpleYaml(block), block).toBeUndefined();
    }
  });

  it("agrees with `yaml` on every line and pair of lines drawn from tricky keys and values", () => {
    for (const key of KEYS) for (const value of VALUES) expectAgrees(`\n${key}: ${value}\n`);
    const next = mulberry32(20261205);
    for (let round = 0; round < 3000; round++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () => `${pick(next, KEYS)}:${pick(next, ["", " ", "  "])}${pick(next, VALUES)}`);
      expectAgrees(`\n${lines.join("\n")}\n`);
    }
  });

  it("agrees with `yaml` on the frontmatter of every fixture, and reads most of them", () => {
    const fixtures = fileURLToPath(new URL("../../fixtures/", import.meta.url));
    let blocks = 0;
    let read = 0;
    for (const file of markdownFiles(fixtures)) {
      const block = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(readFileSync(file, "utf8"))?.[1];
      if (block === undefined) continue;
      blocks++;
      if (readSimpleYaml(`\n${block}`) !== undefined) read++;
      expectAgrees(`\n${block}`);
    }
    expect(blocks).toBeGreaterThan(50);
    expect(read).toBeGreaterThan(blocks / 3);
  });
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
