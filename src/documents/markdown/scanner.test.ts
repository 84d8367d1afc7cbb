import { describe, expect, it } from "vitest";
import { scanBlocks } from "./scanner.js";
import type { Flavor } from "./options.js";

/** The kind of each line, one letter a line: t(ext), f(ence), i(ndented code). */
function kinds(text: string, flavor: Flavor = "md"): string {
  return scanBlocks(text.split("\n"), flavor).kinds.map((kind) => kind[0]).join("");
}
const heading = (text: string, flavor: Flavor = "md") => scanBlocks(text.split("\n"), flavor).heading;

describe("scanBlocks: code", () => {
  it("finds fences with backticks or tildes, closed by a longer or equal fence of the same kind", () => {
    expect(kinds("a\n```js\n~~~\n````\nb")).toBe("tffft");
    expect(kinds("~~~\n```\n~~~\nb")).toBe("ffft");
    expect(kinds("```\nnever closed\n# x")).toBe("fff");
  });

  it("finds fences in list items and blockquotes", () => {
    expect(kinds("- item\n\n  ```sh\n  x\n  ```\n- next")).toBe("ttffft");
    expect(kinds("> quote\n> ```\n> code\n> ```\nafter")).toBe("tffft");
  });

  it("finds indented code after a blank line or a heading, never continuing a paragraph", () => {
    expect(kinds("para\n\n    code\n    more\n\nafter")).toBe("ttiitt");
    expect(kinds("para\n    lazy continuation")).toBe("tt");
    expect(kinds("# Title\n    code")).toBe("ti");
    expect(kinds("    code at the start")).toBe("i");
  });

  it("keeps blank lines inside indented code and leaves the trailing ones to the text", () => {
    expect(kinds("    a\n\n    b\n\n\ntext")).toBe("iiittt");
  });

  it("measures indented code from the list item's content column", () => {
    expect(kinds("- item\n\n    still the item\n\n      code in the item")).toBe("tttti");
    expect(kinds("1. item\n\n   continued\n\nout of the list\n\n    code")).toBe("tttttti");
  });

  it("leaves indentation inside HTML comments, <pre> and <script> as text", () => {
    expect(kinds("<!--\n\n    not code\n-->\n\n    code")).toBe("ttttti");
    expect(kinds("<pre>\n\n    not code\n</pre>")).toBe("tttt");
  });

  it("has no indented code in MDX, and fences at any indentation", () => {
    expect(kinds("<Tabs>\n\n    text in JSX\n\n        ```js\n        x\n        ```", "mdx")).toBe("ttttfff");
  });
});

describe("scanBlocks: heading", () => {
  it("finds the first top-level depth-1 heading, ATX or setext", () => {
    expect(heading("## Sub\n\n# Title #\n\n# Second")).toBe("Title");
    expect(heading("Multi\nline\n===\n")).toBe("Multi\nline");
    expect(heading("#hashtag\n#\n\n# Real")).toBe("Real");
  });

  it("ignores headings in code, lists and quotes", () => {
    expect(heading("```\n# no\n```\n\n    # no\n\n- # no\n\n> # no\n\nSetext\n======")).toBe("Setext");
    expect(heading("- item\n# Title after a list")).toBe("Title after a list");
  });
});
