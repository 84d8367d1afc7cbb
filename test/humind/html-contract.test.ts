import { readFile } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { cleanHumindHtml, HUMIND_SANITIZE_SCHEMA, markdownToHumindHtml } from "../../src/targets/humind/html.js";
import { HUMIND_ALLOWED_HTML, sanitizeHumindHtml } from "../emulators/humind.js";
import { FIXTURES } from "../helpers/workspace.js";

describe("humind: the local sanitizer against Humind's allow-list", () => {
  it("keeps exactly the documented tags, and no attribute Humind would drop", () => {
    expect([...(HUMIND_SANITIZE_SCHEMA.tagNames ?? [])].sort()).toEqual([...HUMIND_ALLOWED_HTML.tags].sort());
    for (const [tag, names] of Object.entries(HUMIND_SANITIZE_SCHEMA.attributes ?? {})) {
      const allowed = [...(HUMIND_ALLOWED_HTML.attributes[tag] ?? []), ...(HUMIND_ALLOWED_HTML.attributes["*"] ?? [])];
      for (const name of names) expect(allowed).toContain(typeof name === "string" ? name : name[0]);
    }
  });

  it("what kb-publish sends for every fixture page is what the service stores (sanitizing changes nothing)", async () => {
    const files = await fg("**/*.{md,mdx}", { cwd: FIXTURES });
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = markdownToHumindHtml(await readFile(path.join(FIXTURES, file), "utf8"));
      expect(sanitizeHumindHtml(html), file).toBe(html);
    }
  });

  it("hostile HTML from a built page is cleaned to something the service keeps as is", () => {
    const hostile = [
      '<p onclick="x()" style="color:red">a <a href="javascript:alert(1)">b</a> <a href="java\tscript:x">c</a></p>',
      '<img src="data:image/svg+xml,<svg/onload=alert(1)>" onerror="x"><iframe src="https://e.com"></iframe>',
      "<div><!-- comment --><form><input value=1>text</form><object>o</object><table><tr><td>cell</td></tr></table></div>",
      '<code class="language-js">x</code><span class="evil">y</span>',
    ];
    for (const input of hostile) {
      const cleaned = cleanHumindHtml(input);
      expect(sanitizeHumindHtml(cleaned), input).toBe(cleaned);
      expect(cleaned).not.toMatch(/javascript|onclick|onerror|style=|iframe|<form|<input|<!--/);
    }
  });
});
