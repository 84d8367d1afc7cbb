import { describe, expect, it } from "vitest";
import { cleanMarkdown } from "./index.js";

const md = (text: string) => cleanMarkdown(text, { flavor: "md" });

describe("raw HTML blocks become Markdown", () => {
  it("turns a table into a GFM table, with references decoded and inline markup kept", () => {
    const page = "Intro.\n\n<table>\n  <tr><th>Option</th><th>Meaning</th></tr>\n\n  <tr><td><code>--x</code></td><td>A &amp; B &mdash; <a href=\"/y\">see</a></td></tr>\n</table>\n\nAfter.\n";
    expect(md(page)).toBe("Intro.\n\n| Option | Meaning           |\n| ------ | ----------------- |\n| `--x`  | A & B — [see](/y) |\n\nAfter.\n");
  });

  it("turns lists, links and images into Markdown", () => {
    expect(md('<ul>\n<li>One</li>\n<li>Two <img src="a.png" alt="A"></li>\n</ul>\n')).toBe("- One\n- Two ![A](a.png)\n");
  });

  it("leaves blocks holding Markdown to the markup pass (md_in_html, fences)", () => {
    expect(md('<div class="grid" markdown>\n\n- **Fast**\n\n</div>\n')).toBe("- **Fast**\n");
    expect(md("<div>\n```sh\nnpm i\n```\n</div>\n")).toContain("```sh\nnpm i\n```");
  });

  it("reads HTML tables written as JSX in MDX, expressions removed", () => {
    const out = cleanMarkdown('<table>\n<tr style={{ height: "17pt" }}><td>{"a < b"}</td><td>x</td></tr>\n</table>\n', { flavor: "mdx" });
    expect(out).toContain("| a < b | x |");
    expect(out).not.toContain("style");
  });
});
