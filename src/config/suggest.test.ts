import { describe, expect, it } from "vitest";
import { invalidValue } from "./expected.js";
import { closest } from "./suggest.js";

describe("closest", () => {
  it.each([
    ["hepu", ["local", "heppu", "humind", "chatbot", "totoy"], "heppu"],
    ["tombstones", ["tombstone", "hard", "off"], "tombstone"],
    ["colection-id", ["collection-id", "source-id"], "collection-id"],
    ["HEPPU", ["local", "heppu"], "heppu"],
    ["totyo", ["local", "totoy"], "totoy"],
    ["notion", ["local", "heppu", "humind", "chatbot", "totoy"], undefined],
    ["x", ["off", "hard"], undefined],
    ["tomb", ["tombstone", "hard", "off"], "tombstone"],
    ["llms", ["llms-txt", "llms-full-txt"], undefined],
  ])("%s among %j is %s", (value, candidates, expected) => {
    expect(closest(value, candidates)).toBe(expected);
  });
});

describe("invalidValue", () => {
  it("words every source alike, with a suggestion when one is close", () => {
    expect(invalidValue("--target", '"hepu"', "one of local, heppu", ["local", "heppu"])).toBe('--target is "hepu"; expected one of local, heppu; did you mean "heppu"?');
    expect(invalidValue("input max-deletes", '"abc"', "a number")).toBe('input max-deletes is "abc"; expected a number');
  });
});
