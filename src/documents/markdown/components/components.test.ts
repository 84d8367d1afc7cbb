import { describe, expect, it } from "vitest";
import { cleanMarkdown } from "../index.js";
import type { ComponentRule } from "./index.js";

const mdx = (text: string, components?: Record<string, ComponentRule>) => cleanMarkdown(text, { flavor: "mdx", components });

describe("components whose text lives in attributes", () => {
  it("writes link cards as links with their description (Starlight, Fumadocs, Mintlify)", () => {
    const page = [
      '<CardGrid>',
      '  <LinkCard title="Learn Astro" href="https://learn.example/" description="150 video lessons." />',
      '  <Card title="Quickstart" href="/start">Set up in a minute.</Card>',
      "</CardGrid>",
    ].join("\n");
    expect(mdx(page)).toBe("**[Learn Astro](https://learn.example/)**\n150 video lessons.\n\n**[Quickstart](/start)**\n\nSet up in a minute.\n");
  });

  it("keeps card, aside and tab titles and labels", () => {
    const page = [
      '<Card title="Stars" icon="star">Look up.</Card>',
      "",
      '<Aside type="caution" title="Careful">Hot.</Aside>',
      "",
      "<Tabs>",
      '<TabItem label="npm">npm i</TabItem>',
      '<TabItem label="pnpm">pnpm add</TabItem>',
      "</Tabs>",
    ].join("\n");
    const out = mdx(page);
    expect(out).toContain("**Stars**\n\nLook up.");
    expect(out).toContain("> **Caution:** Careful\n>\n> Hot.");
    expect(out).toContain("**npm**\n\nnpm i");
    expect(out).toContain("**pnpm**\n\npnpm add");
  });

  it("names tabs from their set: Nextra `items` in order, Docusaurus `values` by value", () => {
    expect(mdx("<Tabs items={['npm', 'yarn']}>\n<Tabs.Tab>npm i</Tabs.Tab>\n<Tabs.Tab>yarn add</Tabs.Tab>\n</Tabs>\n")).toBe("**npm**\n\nnpm i\n\n**yarn**\n\nyarn add\n");
    const docusaurus = "<Tabs values={[{ label: 'macOS', value: 'mac' }, { label: 'Windows', value: 'win' }]}>\n<TabItem value=\"win\">cmd</TabItem>\n<TabItem value=\"mac\">zsh</TabItem>\n</Tabs>\n";
    expect(mdx(docusaurus)).toBe("**Windows**\n\ncmd\n\n**macOS**\n\nzsh\n");
  });

  it("writes API fields as their name and type (Mintlify)", () => {
    expect(mdx('<ParamField query="limit" type="number" required>How many.</ParamField>\n')).toBe("**limit** (number, required)\n\nHow many.\n");
  });

  it("keeps the children of unknown components and drops those that only render code", () => {
    expect(mdx("<Callout>\nImportant <Fancy>words</Fancy>.\n</Callout>\n\n<DocCardList />\n<Icon name=\"star\" />\n")).toBe("> **Note:**\n>\n> Important words.\n");
  });

  it("writes Docusaurus and Starlight links and link buttons as Markdown links", () => {
    expect(mdx('See <Link to="/docs/intro">the intro</Link> or <LinkButton href="/start">Start</LinkButton>.\n')).toBe("See [the intro](/docs/intro) or [Start](/start).\n");
  });

  it("follows components described in the config file, before the built-in ones", () => {
    const components: Record<string, ComponentRule> = {
      Course: { text: ["name", "summary"], link: "url" },
      LinkCard: { text: ["title"] },
      Ad: { drop: true },
    };
    const page = '<Course name="Astro 101" url="https://x.y/" summary="Basics." />\n\n<LinkCard title="Plain" href="/x" />\n\n<Ad>Buy now!</Ad>\n\nText.\n';
    expect(mdx(page, components)).toBe("**[Astro 101](https://x.y/)**\nBasics.\n\n**Plain**\n\nText.\n");
  });

  it("writes Starlight `<Code>` as a fenced block with its code byte for byte", () => {
    expect(mdx("<Code code={`const a = 1;\\nconst b = 2;`} lang=\"js\" />\n")).toBe("```js\nconst a = 1;\nconst b = 2;\n```\n");
  });
});
