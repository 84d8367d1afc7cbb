import { describe, expect, it } from "vitest";
import { cleanMarkdown } from "./index.js";

const md = (text: string) => cleanMarkdown(text, { flavor: "md" });
const mdx = (text: string) => cleanMarkdown(text, { flavor: "mdx" });

describe("HTML and JSX tags", () => {
  it("removes tags and keeps the text inside them", () => {
    expect(md("Press <kbd>Ctrl</kbd> + <kbd>C</kbd>, <span class='x'>then</span> wait.\n")).toBe("Press Ctrl + C, then wait.\n");
    expect(mdx('<Highlight color="#25c2a0">Always</Highlight> enable TLS.\n')).toBe("Always enable TLS.\n");
  });

  it("removes self-closing components and the space after them at a line start", () => {
    expect(mdx("<Prerequisites />\n\nText <Icon name={x} /> here.\n")).toBe("Text here.\n");
    expect(mdx('<Foo bar={x => x > 1} baz="a>b" {...props} /> Next.\n')).toBe("Next.\n");
  });

  it("keeps tab labels as bold lines and dedents JSX children, code included", () => {
    const input = [
      "<Tabs>",
      '  <TabItem value="npm" label="npm" default>',
      "    Install with npm:",
      "",
      "    ```bash",
      "    npm install kb",
      "    ```",
      "  </TabItem>",
      '  <TabItem value="yarn">Use yarn.</TabItem>',
      "</Tabs>",
      "",
    ].join("\n");
    expect(mdx(input)).toBe("**npm**\n\nInstall with npm:\n\n```bash\nnpm install kb\n```\n\n**yarn**\n\nUse yarn.\n");
  });

  it("writes details/summary as a bold title followed by the content", () => {
    expect(md("<details>\n  <summary>Behind a <b>proxy</b>?</summary>\n\nSet `HTTPS_PROXY`.\n\n</details>\n")).toBe("**Behind a proxy?**\n\nSet `HTTPS_PROXY`.\n");
    expect(md("<details><summary>Run `kb`</summary>Body</details>\n")).toBe("**Run `kb`**\n\nBody\n");
  });

  it("writes note components as blockquotes", () => {
    expect(mdx('<Aside type="caution" title="Quotas">\nAt most 100 jobs.\n</Aside>\n')).toBe("> **Caution:** Quotas\n>\n> At most 100 jobs.\n");
    expect(mdx("<Admonition type=\"tip\">\n  Indented.\n</Admonition>\n\nAfter.\n")).toBe("> **Tip:**\n>\n> Indented.\n\nAfter.\n");
    expect(mdx("<Warning>Careful.</Warning>\n")).toBe("> **Warning:**\n>\n> Careful.\n");
  });

  it("turns links, images, <pre> and <code> into Markdown", () => {
    expect(md('See <a href="https://x.y/">the site</a> and <a name="anchor"></a>here.\n')).toBe("See [the site](https://x.y/) and here.\n");
    expect(md('See <img src="img/a.png" alt="A [b]" width="10">\n')).toBe("See ![A b](img/a.png)\n");
    expect(md('<pre><code class="language-js">a &lt; b &amp;&amp; c</code></pre>\n')).toBe("```js\na < b && c\n```\n");
    expect(md("Run <code>npm &lt;cmd&gt;</code> now.\n")).toBe("Run `npm <cmd>` now.\n");
  });

  it("drops scripts, styles, comments and declarations with their content", () => {
    expect(md("A<script>alert('x')</script>B<style>p{}</style>C <!-- hidden\n\nstill hidden --> D\n")).toBe("ABC D\n");
    expect(md("<!DOCTYPE html>\nText\n")).toBe("Text\n");
  });

  it("keeps autolinks, comparisons and escaped braces", () => {
    expect(md("Go to <https://example.com> or <me@example.com>; 1 < 2 and a <- b.\n")).toBe("Go to <https://example.com> or <me@example.com>; 1 < 2 and a <- b.\n");
    expect(mdx("Literal \\{braces\\} stay.\n")).toBe("Literal \\{braces\\} stay.\n");
  });

  it("renders Docusaurus CodeBlock content as a fenced block", () => {
    expect(mdx('<CodeBlock language="jsx">{`const a = <b/>;`}</CodeBlock>\n')).toBe("```jsx\nconst a = <b/>;\n```\n");
  });
});

describe("MDX expressions", () => {
  it("removes comments and expressions, keeping string literals", () => {
    expect(mdx("Text {/* a comment */}with {props.name}{' '}and {\"a < b\"}.\n")).toBe("Text with and a < b.\n");
    expect(mdx("{items.map((i) => <li key={i}>{i}</li>)}\nAfter.\n")).toBe("After.\n");
    expect(mdx("## Install {#install}\n")).toBe("## Install\n");
  });

  it("treats braces as text in plain Markdown, apart from heading ids", () => {
    expect(md("Use {name} here.\n\n## Install {#install}\n\n# Title { .class #id }\n")).toBe("Use {name} here.\n\n## Install\n\n# Title\n");
  });

  it("leaves an unbalanced brace as text", () => {
    expect(mdx("An { unbalanced brace <b>bold</b>.\n")).toBe("An { unbalanced brace bold.\n");
  });
});
