import { describe, expect, it } from "vitest";
import { code, escapeText } from "./markdown-format.js";

describe("escapeText", () => {
  it("makes Markdown syntax, HTML and line breaks inert", () => {
    expect(escapeText("a | b\nc *d* <img> [x](y)")).toBe("a \\| b c \\*d\\* \\<img\\> \\[x\\](y)");
  });

  it("does not let text start a list or ping a user", () => {
    expect(escapeText("- item")).toBe("\\- item");
    expect(escapeText("1. item")).toBe("1\\. item");
    expect(escapeText("ask @octocat")).toBe("ask @\u200boctocat");
  });

  it("cuts very long text", () => {
    const text = escapeText("x".repeat(2000));
    expect(text.length).toBe(500);
    expect(text.endsWith("…")).toBe(true);
  });
});

describe("code", () => {
  it("uses a fence longer than any backtick run inside", () => {
    expect(code("a`b")).toBe("``a`b``");
    expect(code("`x`")).toBe("`` `x` ``");
  });

  it("escapes pipes only inside tables", () => {
    expect(code("a|b", { inTable: true })).toBe("`a\\|b`");
    expect(code("a|b")).toBe("`a|b`");
  });
});
