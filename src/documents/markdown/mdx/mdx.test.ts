import { describe, expect, it } from "vitest";
import { cleanMarkdownPage } from "../index.js";

const mdx = (text: string) => cleanMarkdownPage(text, { flavor: "mdx" });

describe("MDX read with its JavaScript parser", () => {
  it("removes JSX whose attributes hold nested braces, strings and template literals", () => {
    const page = [
      "Before.",
      "",
      "<CarbonComparison",
      "\tlabels={{",
      "\t\tnote: 'Data collected on {{date}}. Click a link.',",
      "\t}}",
      "/>",
      "",
      '<SourcePR number="1" title="Remove `@astrojs/lit`"/>',
      "",
      '<table><tr style={{ height: "17pt" }}><td>Cell</td></tr></table>',
      "",
      "After `code` here.",
    ].join("\n");
    const out = mdx(page).markdown;
    expect(out).not.toMatch(/CarbonComparison|SourcePR|style=|labels=|\{\{date/);
    expect(out).toContain("Before.");
    expect(out).toContain("Cell");
    expect(out).toContain("After `code` here.");
  });

  it("never leaks comments, even a commented-out block holding fences and blank lines", () => {
    const page = ["Keep.", "", "{/* Old instructions", "", "```sh", "npm run old", "```", "", "<Steps>", "1. Gone", "</Steps>", "*/}", "", "Also {/* inline */} kept."].join("\n");
    const out = mdx(page);
    expect(out.markdown).toBe("Keep.\n\nAlso kept.\n");
    expect(out.warnings).toEqual([]);
  });

  it("keeps the text a string expression shows and drops other expressions", () => {
    expect(mdx("A{' '}B {props.name} C {`plain`}\n").markdown).toBe("A B C plain\n");
  });

  it("keeps the text around JavaScript it cannot parse, drops the code and warns", () => {
    const out = mdx("Text {a b} more.\n");
    expect(out.markdown).toBe("Text more.\n");
    expect(out.warnings).toEqual([expect.stringMatching(/^MDX expression "\{a b\}" is not valid JavaScript \(.+\); expected an expression such as \{props\.name\}; dropped$/)]);
  });

  it("keeps an unclosed brace as text and warns", () => {
    const out = mdx("A { without end.\n");
    expect(out.markdown).toBe("A { without end.\n");
    expect(out.warnings[0]).toMatch(/is not closed/);
  });

  it("removes ESM found by the parser, over blank lines while a statement is open", () => {
    const page = ["import Tabs from '@theme/Tabs';", "export const meta = {", "", "  title: 'x',", "};", "", "import your data from the CSV file.", "", "Text."].join("\n");
    expect(mdx(page).markdown).toBe("import your data from the CSV file.\n\nText.\n");
  });

  it("removes ESM written right above Markdown, as MDX 1 allowed", () => {
    expect(mdx("import A from './a';\n# Title\n\nText.\n").markdown).toBe("# Title\n\nText.\n");
  });

  it("drops a statement that reads like ESM but does not parse, with a warning", () => {
    const out = mdx("import { A from './a';\n\nText.\n");
    expect(out.markdown).toBe("Text.\n");
    expect(out.warnings[0]).toMatch(/^MDX import "import \{ A from '\.\/a';" is not valid JavaScript/);
  });

  it("keeps a JSX tag spanning lines together, blank lines and `{` lines in its attributes included", () => {
    const page = ["<SidebarPreview", "\tconfig={[", "", "\t\t{ label: 'A' },", "\t]}", "", "/>", "Text `slug` here."].join("\n");
    const out = mdx(page);
    expect(out.markdown).toBe("Text `slug` here.\n");
    expect(out.warnings).toEqual([]);
  });

  it("reads Markdown template braces as object literals, never as Liquid or Hugo tags", () => {
    expect(mdx("Value {{ a: 1 }} and {{< note >}}.\n").markdown).not.toContain("{");
  });
});
