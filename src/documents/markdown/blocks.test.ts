import { describe, expect, it } from "vitest";
import { rewriteBlocks } from "./blocks.js";
import { quietContext } from "./context.js";

describe("directive containers (:::)", () => {
  it.each([
    [":::note\nBody text.\n:::", "> **Note:**\n>\n> Body text."],
    [":::tip Before you start\n\nBody.\n\n:::", "> **Tip:** Before you start\n>\n> Body."],
    [":::warning[Breaking change]\nBody.\n:::", "> **Warning:** Breaking change\n>\n> Body."],
    [':::caution{title="Careful"}\nBody.\n:::', "> **Caution:** Careful\n>\n> Body."],
    ["::: danger STOP\nBody.\n:::", "> **Danger:** STOP\n>\n> Body."],
    [":::important\n:::", "> **Important:**"],
  ])("turns %j into a blockquote note", (input, expected) => {
    expect(rewriteBlocks(input, quietContext("md"))).toBe(expected);
  });

  it("turns VitePress details into a bold title and unwraps unknown containers", () => {
    expect(rewriteBlocks("::: details Click me\nHidden.\n:::", quietContext("md"))).toBe("**Click me**\n\nHidden.\n");
    expect(rewriteBlocks("::: details\nHidden.\n:::", quietContext("md"))).toBe("**Details**\n\nHidden.\n");
    expect(rewriteBlocks("::: code-group\n```sh [npm]\nnpm i\n```\n:::", quietContext("md"))).toBe("```sh [npm]\nnpm i\n```\n");
  });

  it("nests containers and quotes code inside them without changing it", () => {
    const input = "::::tip Outer\nText.\n:::note\nInner.\n```js\nconst a = 1;\n```\n:::\n::::";
    expect(rewriteBlocks(input, quietContext("md"))).toBe(
      "> **Tip:** Outer\n>\n> Text.\n> > **Note:**\n> >\n> > Inner.\n> > ```js\n> > const a = 1;\n> > ```",
    );
  });

  it("runs an unclosed container to the end of the page", () => {
    expect(rewriteBlocks("Before\n\n:::info\nTo the end", quietContext("md"))).toBe("Before\n\n> **Info:**\n>\n> To the end");
  });

  it("keeps the indentation of a container inside a list item", () => {
    expect(rewriteBlocks("- item\n\n  :::note\n  Inside.\n  :::\n", quietContext("md"))).toBe("- item\n\n  > **Note:**\n  >\n  > Inside.\n");
  });
});

describe("MkDocs blocks", () => {
  it("turns admonitions and collapsibles into notes, dedenting the body", () => {
    const input = '!!! tip "Pro tip"\n    First.\n\n        indented code\n\n    Second.\n\nAfter.';
    expect(rewriteBlocks(input, quietContext("md"))).toBe("> **Tip:** Pro tip\n>\n> First.\n>\n>     indented code\n>\n> Second.\n\nAfter.");
    expect(rewriteBlocks("??? note\n    Collapsed.", quietContext("md"))).toBe("> **Note:**\n>\n> Collapsed.");
    expect(rewriteBlocks('???+ warning "Open" \n    Open.', quietContext("md"))).toBe("> **Warning:** Open\n>\n> Open.");
    expect(rewriteBlocks("!!! danger inline end\n    Side.", quietContext("md"))).toBe("> **Danger:**\n>\n> Side.");
  });

  it("nests admonitions", () => {
    expect(rewriteBlocks("!!! note\n    Outer.\n\n    !!! tip\n        Inner.", quietContext("md"))).toBe(
      "> **Note:**\n>\n> Outer.\n>\n> > **Tip:**\n> >\n> > Inner.",
    );
  });

  it("turns content tabs into bold labels with their dedented body", () => {
    const input = '=== "pip"\n\n    ```sh\n    pip install x\n    ```\n\n=== "conda"\n    conda install x\n';
    // Extra blank lines are collapsed by the final tidy pass.
    expect(rewriteBlocks(input, quietContext("md"))).toBe("**pip**\n\n```sh\npip install x\n```\n\n\n**conda**\n\nconda install x\n\n");
  });

  it("leaves a setext heading underline alone", () => {
    expect(rewriteBlocks("Title\n===\n", quietContext("md"))).toBe("Title\n===\n");
  });
});

describe("note shortcodes on their own lines", () => {
  it.each([
    ['{{% notice warning "Careful" %}}\nText.\n{{% /notice %}}', "> **Warning:** Careful\n>\n> Text."],
    ['{{% alert title="Tip" color="info" %}}\nText.\n{{% /alert %}}', "> **Info:** Tip\n>\n> Text."],
    ["{{< hint danger >}}\nText.\n{{< /hint >}}", "> **Danger:**\n>\n> Text."],
    ['{{< callout type="warning" >}}\nText.\n{{< /callout >}}', "> **Warning:**\n>\n> Text."],
    ["{{< note >}}\nText.\n{{< /note >}}", "> **Note:**\n>\n> Text."],
    ['{{< tip "Title" >}}\nText.\n{{< /tip >}}', "> **Tip:** Title\n>\n> Text."],
  ])("turns %j into a note", (input, expected) => {
    expect(rewriteBlocks(input, quietContext("md"))).toBe(expected);
  });

  it("leaves an unclosed note shortcode to the template pass", () => {
    expect(rewriteBlocks("{{< note >}}\nText.", quietContext("md"))).toBe("{{< note >}}\nText.");
  });
});

describe("code shortcodes", () => {
  it("turns Hugo highlight into a fenced block with the code byte for byte", () => {
    const code = 'func main() {\n\tfmt.Println("{{ x }} {{< y >}}")\n}';
    expect(rewriteBlocks(`{{< highlight go "linenos=table" >}}\n${code}\n{{< /highlight >}}\nAfter`, quietContext("md"))).toBe(`\`\`\`go\n${code}\n\`\`\`\nAfter`);
    expect(rewriteBlocks(`{{< code lang="go" >}}\n${code}\n{{< /code >}}`, quietContext("md"))).toBe(`\`\`\`go\n${code}\n\`\`\``);
    expect(rewriteBlocks("{{< mermaid >}}\ngraph TD;\n{{< /mermaid >}}", quietContext("md"))).toBe("```mermaid\ngraph TD;\n```");
  });

  it("turns Jekyll highlight and a Docsy code tab into fenced blocks", () => {
    expect(rewriteBlocks("{% highlight ruby linenos %}\ndef x; end\n{% endhighlight %}", quietContext("md"))).toBe("```ruby\ndef x; end\n```");
    expect(rewriteBlocks('{{< tab header="JavaScript" lang="js" >}}\nlet a;\n{{< /tab >}}', quietContext("md"))).toBe("**JavaScript**\n\n```js\nlet a;\n```");
  });

  it("picks a fence longer than any fence inside the code", () => {
    expect(rewriteBlocks("{{< highlight md >}}\n```\nx\n```\n{{< /highlight >}}", quietContext("md"))).toBe("````md\n```\nx\n```\n````");
  });
});

describe("import and export statements", () => {
  it("removes single- and multi-line statements", () => {
    const input = "import Tabs from '@theme/Tabs';\nimport {\n  A,\n  B,\n} from './x';\nimport './styles.css';\nexport const meta = {\n  title: 'x',\n};\nexport default Layout;\n\nText.";
    expect(rewriteBlocks(input, quietContext("md"))).toBe("\nText.");
  });

  it("keeps prose that starts with the word, and indented or fenced statements", () => {
    const input = "import your data first.\nexport the report as CSV.\n\n    import x from 'y';\n\n```js\nimport x from 'y';\n```";
    expect(rewriteBlocks(input, quietContext("md"))).toBe(input);
  });
});

describe("indentation", () => {
  it("starts no rule at four columns in Markdown, where that is indented code, but does in MDX", () => {
    const input = "Text\n\n    :::note\n    !!! tip\n    {{< highlight go >}}\n    x\n    {{< /highlight >}}\n    :::";
    expect(rewriteBlocks(input, quietContext("md"))).toBe(input);
    expect(rewriteBlocks("<Tabs>\n    :::note\n    In JSX.\n    :::", quietContext("mdx"))).toBe("<Tabs>\n    > **Note:**\n    >\n    > In JSX.");
  });
});

describe("fenced code", () => {
  it("is copied byte for byte, whatever it contains", () => {
    const fence = "```mdx\nimport x from 'y';\n:::note\n!!! tip\n    body\n{{< highlight go >}}\n{{% notice %}}\n{% highlight %}\n```";
    const tilde = "~~~\n:::note\n~~~";
    expect(rewriteBlocks(`${fence}\n\n${tilde}\n`, quietContext("md"))).toBe(`${fence}\n\n${tilde}\n`);
  });
});

describe("Docusaurus mdx-code-block fences", () => {
  it("cleans their content as part of the page instead of keeping it as code", () => {
    const input = "Shown:\n\n```mdx-code-block\nimport Tabs from '@theme/Tabs';\n\n:::tip Title\nBody.\n:::\n```\n\n```md\n:::tip Title\n```";
    expect(rewriteBlocks(input, quietContext("mdx"))).toBe("Shown:\n\n\n> **Tip:** Title\n>\n> Body.\n\n```md\n:::tip Title\n```");
  });

  it("keeps the fence's indentation on the unwrapped lines", () => {
    expect(rewriteBlocks("1. Step\n\n   ```mdx-code-block\n   :::note\n   Inside.\n   :::\n   ```", quietContext("mdx"))).toBe("1. Step\n\n   > **Note:**\n   >\n   > Inside.");
  });
});

describe("Docsy tab panes", () => {
  it("keeps code tabs byte for byte, with the language from the header when langEqualsHeader is set", () => {
    const input = '{{< tabpane langEqualsHeader=true >}}\n{{< tab "C" >}}\n#include <stdio.h>\nimport "x"\n{{< /tab >}}\n{{< tab header="Shell" lang="sh" >}}\n<?php ?>\n{{< /tab >}}\n{{< /tabpane >}}';
    expect(rewriteBlocks(input, quietContext("md"))).toBe('**C**\n\n```c\n#include <stdio.h>\nimport "x"\n```\n\n**Shell**\n\n```sh\n<?php ?>\n```\n');
  });

  it("cleans text tabs as Markdown and keeps a header-only tab as its label", () => {
    const input = '{{< tabpane text=true >}}\n  {{% tab header="**Languages**:" disabled=true /%}}\n  {{% tab header="English" lang="en" %}}\n  **Welcome!**\n  {{% /tab %}}\n{{< /tabpane >}}';
    expect(rewriteBlocks(input, quietContext("md"))).toBe("**Languages:**\n\n**English**\n\n**Welcome!**\n");
  });

  it("leaves a pane that does not close to the other rules", () => {
    expect(rewriteBlocks('{{< tabpane >}}\n{{< tab "C" >}}\nx\n{{< /tab >}}', quietContext("md"))).toContain("{{< tabpane >}}");
  });
});
