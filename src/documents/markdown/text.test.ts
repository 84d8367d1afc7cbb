import { describe, expect, it } from "vitest";
import { decodeEntities } from "./entities.js";
import { cleanMarkdown } from "./index.js";
import { cleanText } from "./text.js";

describe("character references", () => {
  it("are decoded in prose, every HTML5 name and numeric form", () => {
    expect(decodeEntities("a &mdash; b &copy; c&hellip; &#8212; &#x2014; z.&nbsp;B.")).toBe("a — b © c… — — z.\u00a0B.");
  });
  it("keep `<`, `>` and `&` as written in prose, so they never turn into markup", () => {
    expect(decodeEntities("&lt;div&gt; &amp; &#60;", { keepMarkup: true })).toBe("&lt;div&gt; &amp; &#60;");
  });
  it("stay as written when unknown or invalid", () => {
    expect(decodeEntities("&bogus; &#0; &#xD800;")).toBe("&bogus; &#0; &#xD800;");
  });
  it("are never decoded in code", () => {
    expect(cleanMarkdown("Use `&mdash;` for &mdash;.\n", { flavor: "md" })).toBe("Use `&mdash;` for —.\n");
  });
});

describe("cleanText", () => {
  it("removes MkDocs icon shortcodes with an attached attribute list and the spaces after them", () => {
    expect(cleanText("-   :material-clock-fast:{ .lg .middle } __Set up__ :octicons-heart-16: x", "md")).toBe("-   __Set up__ x");
  });
  it("removes attribute lists after elements, never LaTeX braces", () => {
    expect(cleanText('[Start](x.md){ .md-button } and ![i](a.png){ width="300" }\n{.fs-3}', "md")).toBe("[Start](x.md) and ![i](a.png)\n");
    expect(cleanText("__Update__{ title=\"Aug\" }: now", "md")).toBe("__Update__: now");
    expect(cleanText("$\\sum_{k=0}^{n} x_{i=1}$", "md")).toBe("$\\sum_{k=0}^{n} x_{i=1}$");
  });
  it("leaves braces alone in MDX, where they were expressions", () => {
    expect(cleanText("a { .x }", "mdx")).toBe("a { .x }");
  });
});
