import type { Code, Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { cleanMarkdown, cleanMarkdownPage, parseMarkdown } from "./index.js";
import type { Flavor } from "./index.js";

/** Every construct the cleanup removes or rewrites, as code must keep it. */
const NOISE = [
  "import x from 'y';",
  "export const a = { b: 1 };",
  "{{< note >}} {{% notice %}} {{</* escaped */>}} {{< ref \"a.md\" >}}",
  "{% include x.html %} {{ page.title }} {% raw %}",
  '<Tabs><TabItem value="a" label="A">t</TabItem></Tabs> <details><summary>S</summary></details>',
  ":::note Title",
  "!!! tip \"Tip\"",
  "=== \"Tab\"",
  "{/* comment */} {expression} ## Heading {#id}",
  "<!-- comment --> <Foo /> [link](./other.md) ![img](a.png)",
  "{{< highlight go >}}",
  ":::",
].join("\n");

const clean = (text: string, flavor: Flavor, mapUrl?: (url: string) => string) => cleanMarkdown(text, { flavor, mapUrl });
const resolveAll = (url: string) => `https://example.com/${url}`;

function codeValues(markdown: string): string[] {
  const values: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "code") values.push((node as Code).value);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(markdown));
  return values;
}

describe("code is never changed", () => {
  it("(the same text outside code is cleaned almost entirely)", () => {
    for (const flavor of ["md", "mdx"] as const) {
      const out = clean(NOISE, flavor);
      for (const gone of ["import x", "{{< note", "{{% notice", "{%", "<Tabs>", ":::note", "!!! tip", "<!--", "<Foo"]) expect(out).not.toContain(gone);
    }
  });

  const blocks = {
    "a backtick fence": `\`\`\`text\n${NOISE}\n\`\`\``,
    "a tilde fence": `~~~\n${NOISE}\n~~~`,
    "a fence in a list item": `1. Step\n\n   \`\`\`sh\n${NOISE.replace(/^/gm, "   ")}\n   \`\`\``,
    "a fence in a blockquote": `> \`\`\`\n${NOISE.replace(/^/gm, "> ")}\n> \`\`\``,
  };

  for (const flavor of ["md", "mdx"] as const) {
    for (const [where, block] of Object.entries(blocks)) {
      it(`keeps ${where} byte for byte (${flavor})`, () => {
        const page = `# Title\n\n<Tabs>\n:::note\nNoise around {{< x >}} the code.\n:::\n\n${block}\n\nAfter <b>it</b>.\n`;
        expect(clean(page, flavor)).toContain(block);
        expect(clean(page, flavor, resolveAll)).toContain(block);
      });
    }
  }

  it("keeps indented code byte for byte in Markdown", () => {
    const block = NOISE.replace(/^/gm, "    ");
    expect(clean(`Text <b>x</b>.\n\n${block}\n\nAfter.\n`, "md", resolveAll)).toContain(block);
  });

  it("keeps inline code byte for byte", () => {
    const spans = ["`{{< x >}}`", "`{% x %}`", "`<Tabs>`", "`import x from 'y'`", "`{expr}`", "``a ` b``", "`[a](b.md)`"];
    const line = `Use ${spans.join(" and ")} here <b>now</b>.\n`;
    for (const flavor of ["md", "mdx"] as const) {
      const out = clean(line, flavor, resolveAll);
      for (const span of spans) expect(out).toContain(span);
    }
  });

  it("keeps the code of a fence inside a note, a tab and a highlight shortcode", () => {
    const code = NOISE;
    const page = [
      ":::note",
      "```text",
      code,
      "```",
      ":::",
      "",
      "<Tabs>",
      '  <TabItem value="a">',
      "    ```text",
      code.replace(/^/gm, "    "),
      "    ```",
      "  </TabItem>",
      "</Tabs>",
      "",
      "{{< highlight text >}}",
      code,
      "{{< /highlight >}}",
      "",
    ].join("\n");
    expect(codeValues(clean(page, "mdx"))).toEqual([code, code, code]);
  });
});

describe("cleanMarkdown", () => {
  it("returns a page without noise unchanged", () => {
    const body = "# Title\n\n  indented text\n\n```\ncode\n```\n\n\n";
    expect(clean(body, "md")).toBe(body);
    expect(clean(body, "mdx")).toBe(body);
  });

  it("removes an import even from a page with no other noise", () => {
    expect(clean("import Unused from './unused';\n\nPlain text.\n", "mdx")).toBe("Plain text.\n");
  });

  it("collapses the blank lines removals leave and ends with one line break", () => {
    expect(clean("A\n\n<Foo />\n\n<!-- x -->\n\n\nB  <i></i>  C\n\n\n", "mdx")).toBe("A\n\nB C\n");
  });

  it("rewrites link, image and definition destinations outside code only", () => {
    const page = "[a](./a.md) ![b](<img/b c.png> \"t\") [c]: ./c.md\n[^1]: not a link\n\n`[d](./d.md)`\n";
    const out = cleanMarkdown(page, { flavor: "md", mapUrl: resolveAll });
    expect(out).toBe("[a](https://example.com/./a.md) ![b](<https://example.com/img/b c.png> \"t\") [c]: ./c.md\n[^1]: not a link\n\n`[d](./d.md)`\n");
    expect(cleanMarkdown("[c]: ./c.md\n", { flavor: "md", mapUrl: resolveAll })).toBe("[c]: https://example.com/./c.md\n");
  });

  it("applies line rules to whole lines only, never around inline code", () => {
    expect(clean("## Differences from `debug` {#diff}\n\n`a` - `b`\n\n- \n<b>x</b>\n", "md")).toBe("## Differences from `debug`\n\n`a` - `b`\n\nx\n");
  });

  it("removes an HTML comment even when it holds inline code", () => {
    expect(clean("<!-- Run `pnpm size` to update -->\n\nText with `code`.\n", "md")).toBe("Text with `code`.\n");
  });

  it("is stable: cleaning cleaned output changes nothing", () => {
    const page = "import A from 'a';\n\n:::tip Hi\nText {{< x >}}.\n:::\n\n<Tabs>\n  <TabItem label=\"npm\">\n    npm i\n  </TabItem>\n</Tabs>\n";
    const once = clean(page, "mdx");
    expect(clean(once, "mdx")).toBe(once);
  });
});

describe("cleanMarkdownPage heading", () => {
  it("gives the first top-level H1, cleaned, from the same parse", () => {
    const page = "```\n# not a title\n```\n\n## Section\n\n# The *real* `code` title {{< version >}} {#anchor}\n\n# Second\n";
    expect(cleanMarkdownPage(page, { flavor: "md", heading: true }).heading).toBe("The real code title");
    expect(cleanMarkdownPage("# Hello {props.name}\n", { flavor: "mdx", heading: true }).heading).toBe("Hello");
    expect(cleanMarkdownPage("Setext\n======\n", { flavor: "md", heading: true }).heading).toBe("Setext");
  });

  it("finds no heading when not asked or when there is none", () => {
    expect(cleanMarkdownPage("# Title\n", { flavor: "md" }).heading).toBeUndefined();
    expect(cleanMarkdownPage("## Only h2\n", { flavor: "md", heading: true }).heading).toBeUndefined();
  });
});
