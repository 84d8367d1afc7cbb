import { describe, expect, it } from "vitest";
import { joinParts } from "./parts.js";
import { cleanTemplates } from "./templates.js";

const clean = (text: string) => joinParts(cleanTemplates(text));

describe("Hugo shortcodes", () => {
  it("replaces ref and relref with their target", () => {
    expect(clean('See [install]({{< ref "install.md" >}}) and {{< relref path="/docs/x" >}}.')).toBe("See [install](install.md) and /docs/x.");
    expect(clean('{{% ref "a.md" %}}')).toBe("a.md");
  });

  it("removes standalone shortcodes and keeps the prose of paired ones", () => {
    expect(clean("A {{< youtube abc >}} B")).toBe("A  B");
    expect(clean("{{< mystery arg >}}Inner prose.{{< /mystery >}}")).toBe("Inner prose.");
    expect(clean("{{%mystery%}}x{{%/mystery%}}")).toBe("x");
  });

  it("labels tabs and details, heads inline notes and renders figures", () => {
    expect(clean('{{< tab "Linux" >}}apt{{< /tab >}}')).toBe("**Linux**\napt");
    expect(clean('{{% details title="More" %}}x{{% /details %}}')).toBe("**More**\nx");
    expect(clean("{{< warning >}}Careful{{< /warning >}}")).toBe("**Warning:** Careful");
    expect(clean('{{< figure src="/a.png" alt="A [chart]" >}}')).toBe("![A chart](/a.png)");
  });

  it("turns the escaped form into the literal shortcode, which no later pass touches", () => {
    const parts = cleanTemplates("Write {{</* myshortcode param */>}} or {{%/* notice */%}}.");
    expect(joinParts(parts)).toBe("Write {{< myshortcode param >}} or {{% notice %}}.");
    expect(parts.filter((part) => part.literal).map((part) => part.text)).toEqual(["{{< myshortcode param >}}", "{{% notice %}}"]);
  });
});

describe("Liquid and Go templates", () => {
  it("removes output tags and control tags, keeping the text between", () => {
    expect(clean("Hi {{ page.title }}! {% include note.html %}{% if x %}Shown{% endif %}")).toBe("Hi ! Shown");
    expect(clean("{%- assign x = 1 -%}text")).toBe("text");
  });

  it("keeps raw content literally and drops comments and captures with their content", () => {
    const parts = cleanTemplates("{% raw %}Use {{ x }} here{% endraw %} {% comment %}secret{% endcomment %}{% capture c %}gone{% endcapture %}end");
    expect(joinParts(parts)).toBe("Use {{ x }} here end");
    expect(parts[0]).toEqual({ text: "Use {{ x }} here", literal: true });
  });

  it("writes page links as the linked file, so they resolve like Markdown links", () => {
    expect(clean("[a]({% link docs/a.md %}) [b]({% post_url 2024-01-01-b %})")).toBe("[a](/docs/a.md) [b](/_posts/2024-01-01-b.md)");
  });

  it("leaves braces that do not close a tag", () => {
    expect(clean("a {{ b and {% c")).toBe("a {{ b and {% c");
    expect(clean("{% raw %}no end")).toBe("no end");
  });
});
