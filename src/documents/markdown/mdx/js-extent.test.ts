import { describe, expect, it } from "vitest";
import { expressionExtent, expressionSourceValue, expressionValue } from "./js-extent.js";
import { tabNamesOf } from "./tab-names.js";

const end = (text: string, at = text.indexOf("{")) => expressionExtent(text, at).end;

describe("expressionExtent", () => {
  it.each([
    ["{{ note: 'Data collected on {{date}}.' }} after", "{{ note: 'Data collected on {{date}}.' }}"],
    ['{{ height: "17pt" }}>', '{{ height: "17pt" }}'],
    ["{`a } b ${x} c`} after", "{`a } b ${x} c`}"],
    ["{/* a } comment */} after", "{/* a } comment */}"],
    ['{cond && <b>{"}"}</b>} after', '{cond && <b>{"}"}</b>}'],
    ["{/x}/.test(y)} after", "{/x}/.test(y)}"],
    ["{...props} />", "{...props}"],
    ["{ } after", "{ }"],
  ])("finds where %j ends with the JavaScript parser", (text, expression) => {
    const extent = expressionExtent(text, 0);
    expect(extent.ok).toBe(true);
    expect(text.slice(0, extent.end)).toBe(expression);
  });

  it("falls back to counting braces for JavaScript acorn rejects, and says why", () => {
    const extent = expressionExtent("{a b} then text", 0);
    expect(extent).toMatchObject({ ok: false, end: 5 });
    expect(extent.ok ? "" : extent.reason).toMatch(/expected "\}"/);
  });

  it("finds no end for a brace that never closes, nor across a blank line outside a comment", () => {
    expect(end("{ never closed")).toBeUndefined();
    expect(end("{a b\n\nnext paragraph }")).toBeUndefined();
    expect(end("{/* a\n\ncomment */} after")).toBe("{/* a\n\ncomment */}".length);
  });
});

describe("values an expression shows", () => {
  it("is the string of a lone string or template literal, else nothing", () => {
    expect(expressionSourceValue("{' '}")).toBe(" ");
    expect(expressionSourceValue('{"a < b"}')).toBe("a < b");
    expect(expressionSourceValue("{`plain`}")).toBe("plain");
    expect(expressionSourceValue("{`with ${x}`}")).toBe("");
    expect(expressionSourceValue("{props.title}")).toBe("");
    expect(expressionSourceValue("plain")).toBe("plain");
    expect(expressionValue(undefined)).toBe("");
  });

  it("reads tab names from `items` and Docusaurus `values` without running code", () => {
    expect(tabNamesOf("{['npm', \"pnpm\", `yarn`]}")).toEqual([{ label: "npm" }, { label: "pnpm" }, { label: "yarn" }]);
    expect(tabNamesOf("{[{ label: 'macOS', value: 'mac' }, { value: 'win' }]}")).toEqual([{ label: "macOS", value: "mac" }, { label: "win", value: "win" }]);
    expect(tabNamesOf("{items}")).toEqual([]);
    expect(tabNamesOf("")).toEqual([]);
  });
});
