import { describe, expect, it } from "vitest";
import { parseMaxDeletes } from "./build.js";

describe("parseMaxDeletes", () => {
  it.each([
    ["10", { kind: "count", value: 10 }],
    ["0", { kind: "count", value: 0 }],
    [" 7 ", { kind: "count", value: 7 }],
    ["10%", { kind: "percent", value: 10 }],
    ["2.5%", { kind: "percent", value: 2.5 }],
    ["100%", { kind: "percent", value: 100 }],
  ])("accepts %j", (text, expected) => {
    expect(parseMaxDeletes(text)).toEqual(expected);
  });

  it.each(["-1", "abc", "150%", "", "1.5", "%", "10 %", "1e3"])("rejects %j with a message naming it", (text) => {
    const result = parseMaxDeletes(text);
    expect(typeof result).toBe("string");
    expect(result).toContain(JSON.stringify(text));
    expect(result).toContain("expected");
  });
});
