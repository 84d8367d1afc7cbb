import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { deriveDocument } from "./derive.js";
import { CODE_REJECTED_MESSAGE, MAX_FRONTMATTER_BYTES, safeEngines } from "./frontmatter-engines.js";
import { lineOfKey, parseFrontmatter } from "./frontmatter.js";
import type { FrontmatterResult } from "./frontmatter.js";

type Flags = typeof globalThis & Record<string, unknown>;
const flags = globalThis as Flags;

function ok(result: FrontmatterResult) {
  if (!result.ok) throw new Error(`expected frontmatter to parse, got: ${result.message} (line ${result.line})`);
  return result;
}

function failure(result: FrontmatterResult) {
  if (result.ok) throw new Error(`expected a frontmatter error, got data ${JSON.stringify(result.data)}`);
  return result;
}

describe("YAML frontmatter", () => {
  it("reads a mapping and returns the body without the block", () => {
    const result = ok(parseFrontmatter("---\ntitle: Hello\ncount: 3\n---\n\n\nBody line\n"));
    expect(result.data).toEqual({ title: "Hello", count: 3 });
    expect(result.body).toBe("Body line\n");
    expect(result.bodyLine).toBe(7);
    expect(result.language).toBe("yaml");
  });

  it("keeps dates as the strings that were written", () => {
    const result = ok(parseFrontmatter("---\ndate: 2024-01-01\nat: 2024-01-01T10:00:00Z\n---\nx"));
    expect(result.data).toEqual({ date: "2024-01-01", at: "2024-01-01T10:00:00Z" });
  });

  it("rejects duplicate keys, naming the key and its line", () => {
    const result = failure(parseFrontmatter("---\ntitle: a\nfoo: 1\ntitle: b\n---\nbody"));
    expect(result.message).toContain('duplicate key "title"');
    expect(result.line).toBe(4);
  });

  it("reports the file line of a syntax error", () => {
    const result = failure(parseFrontmatter("---\ntitle: ok\ntags: [a, b\nnext: 1\n---\nbody"));
    expect(result.message).toMatch(/^invalid YAML frontmatter: /);
    expect(result.line).toBeGreaterThanOrEqual(3);
    expect(result.line).toBeLessThanOrEqual(5);
  });

  it("stops an alias bomb instead of expanding it", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [prev, name] of [["a", "b"], ["b", "c"], ["c", "d"], ["d", "e"]]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const result = failure(parseFrontmatter(`---\n${levels.join("\n")}\n---\nbody`));
    expect(result.message).toContain("alias");
  });

  it("refuses a block larger than the limit", () => {
    const big = `---\nnote: "${"x".repeat(MAX_FRONTMATTER_BYTES)}"\n---\nbody`;
    expect(failure(parseFrontmatter(big)).message).toContain("too large");
  });

  it.each([
    ["title: ok\nrun: !!js/function 'function () { return 1 }'", "!!js/function", 3],
    ["title: !!python/object/apply:os.system ['touch /tmp/x']", "!!python/object/apply:os.system", 2],
    ["title: x\nlist:\n  - !custom value", "!custom", 4],
    ["title: !!js/undefined ''", "!!js/undefined", 2],
  ])("refuses an unknown YAML tag with its name and line: %s", (yaml, tag, line) => {
    const result = failure(parseFrontmatter(`---\n${yaml}\n---\nbody`));
    expect(result.message).toContain(`unsupported YAML tag ${tag}`);
    expect(result.line).toBe(line);
  });

  it("makes a page with a tagged title an error for that file, never a title made of the function's source", () => {
    const text = "---\ntitle: !!js/function 'function () { return process.exit(1) }'\n---\n\nBody.\n";
    const outcome = deriveDocument({ path: "guides/evil.md", text }, { idPrefix: "", idKey: "id" });
    expect(outcome).toMatchObject({ kind: "error", diagnostic: { severity: "error", file: "guides/evil.md", line: 2 } });
    expect(outcome.kind === "error" && outcome.diagnostic.message).toContain("unsupported YAML tag !!js/function");
  });

  it("keeps the YAML tags that only name plain data", () => {
    const result = ok(parseFrontmatter("---\ntitle: !!str 12\ncount: !!int '3'\n---\nx"));
    expect(result.data).toEqual({ title: "12", count: 3 });
  });

  it("rejects a list, a scalar and an unclosed block", () => {
    expect(failure(parseFrontmatter("---\n- a\n- b\n---\nx")).message).toContain("a list");
    expect(failure(parseFrontmatter("---\njust text\n---\nx")).message).toContain("a string");
    const unclosed = failure(parseFrontmatter("---\ntitle: x\nno closing line\n"));
    expect(unclosed.message).toContain("never closed");
    expect(unclosed.line).toBe(1);
  });

  it("drops __proto__ keys so nothing downstream is polluted", () => {
    const result = ok(parseFrontmatter("---\n__proto__:\n  polluted: true\ntitle: t\n---\nx"));
    expect(Object.keys(result.data)).toEqual(["title"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("treats a file without a leading delimiter, or with a thematic break, as all body", () => {
    expect(ok(parseFrontmatter("# Title\n\n---\nmore")).data).toEqual({});
    const rule = ok(parseFrontmatter("----\ntitle: x\n----\n"));
    expect(rule.data).toEqual({});
    expect(rule.body).toBe("----\ntitle: x\n----\n");
  });

  it("accepts an empty block", () => {
    const result = ok(parseFrontmatter("---\n---\nbody"));
    expect(result.data).toEqual({});
    expect(result.body).toBe("body");
  });
});

describe("TOML and JSON frontmatter", () => {
  it("reads +++ TOML, with dates as ISO strings", () => {
    const result = ok(parseFrontmatter('+++\ntitle = "T"\nday = 2024-01-01\nat = 2024-01-01T10:00:00Z\n+++\nbody'));
    expect(result.data).toEqual({ title: "T", day: "2024-01-01", at: "2024-01-01T10:00:00.000Z" });
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(result.body).toBe("body");
    expect(result.language).toBe("toml");
  });

  it("reads ---toml too", () => {
    expect(ok(parseFrontmatter('---toml\ntitle = "T"\n---\nx')).data).toEqual({ title: "T" });
  });

  it("reports TOML errors with their file line", () => {
    const result = failure(parseFrontmatter('+++\ntitle = "T"\nbroken = = 2\n+++\nbody'));
    expect(result.message).toMatch(/^invalid TOML frontmatter: /);
    expect(result.line).toBe(3);
  });

  it("reads ---json and reports its errors with a line", () => {
    expect(ok(parseFrontmatter('---json\n{"title": "J"}\n---\nx')).data).toEqual({ title: "J" });
    const result = failure(parseFrontmatter('---json\n{"title": "J",\n}\n---\nx'));
    expect(result.message).toMatch(/^invalid JSON frontmatter: /);
    expect(result.line).toBe(3);
  });

  it("refuses an unknown language, including names that exist on Object.prototype", () => {
    expect(failure(parseFrontmatter("---ini\na=1\n---\nx")).message).toContain('unsupported frontmatter language "ini"');
    expect(failure(parseFrontmatter("---constructor\na\n---\nx")).message).toContain("unsupported");
    expect(failure(parseFrontmatter("+++yaml\na: 1\n+++\nx")).message).toContain("unsupported");
  });
});

describe("code in frontmatter is never executed", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    delete flags.__kbPwned;
    delete flags.__kbControl;
  });

  function tempFile(): string {
    const dir = mkdtempSync(join(tmpdir(), "kb-fm-"));
    dirs.push(dir);
    return join(dir, "pwned.txt");
  }

  const setFlag = (name: string) => `{ title: (globalThis.${name} = true, "x") }`;
  const writeFile = (path: string) => `{ title: (require("fs").writeFileSync(${JSON.stringify(path)}, "x"), "x") }`;

  it("control: gray-matter's default engines do run these payloads", () => {
    const target = tempFile();
    matter(`---js\n${setFlag("__kbControl")}\n---\nbody`, {});
    matter(`---js\n${writeFile(target)}\n---\nbody`, {});
    expect(flags.__kbControl).toBe(true);
    expect(existsSync(target)).toBe(true);
  });

  it.each(["js", "javascript", "JS", "coffee", "coffeescript", "cson"])("refuses ---%s without running it", (lang) => {
    const target = tempFile();
    for (const payload of [setFlag("__kbPwned"), writeFile(target)]) {
      const result = failure(parseFrontmatter(`---${lang}\n${payload}\n---\nbody`));
      expect(result.message).toContain(CODE_REJECTED_MESSAGE);
      expect(result.line).toBe(1);
    }
    expect(flags.__kbPwned).toBeUndefined();
    expect(existsSync(target)).toBe(false);
  });

  it("the replaced engines refuse code even when gray-matter is called directly", () => {
    const target = tempFile();
    for (const lang of ["js", "javascript", "coffee"]) {
      for (const payload of [setFlag("__kbPwned"), writeFile(target)]) {
        expect(() => matter(`---${lang}\n${payload}\n---\nbody`, { engines: safeEngines })).toThrow(CODE_REJECTED_MESSAGE);
      }
    }
    expect(flags.__kbPwned).toBeUndefined();
    expect(existsSync(target)).toBe(false);
  });

  it("gray-matter's input cache cannot hand a stale result to a later parse", () => {
    // An option-less call caches the file object before parsing; when parsing throws, the
    // cache keeps an entry with empty data that later option-less calls return silently.
    const text = "---\ntitle: a\ntitle: b\n---\nbody";
    expect(() => matter(text)).toThrow();
    expect(matter(text).data).toEqual({});
    expect(failure(parseFrontmatter(text)).message).toContain('duplicate key "title"');
  });
});

describe("lineOfKey", () => {
  it("finds a top-level key's file line, or nothing", () => {
    const block = "\ntitle: a\ntags: [x]\n\"id\": 3\n";
    expect(lineOfKey(block, "tags")).toBe(3);
    expect(lineOfKey(block, "id")).toBe(4);
    expect(lineOfKey(block, "missing")).toBeUndefined();
  });
});
