import { describe, expect, it } from "vitest";
import { chooseComparison, type ComparisonInput } from "./comparison.js";

const pr = { number: 1, baseSha: "abc1234", fromFork: false };
const choose = (input: Partial<ComparisonInput>) =>
  chooseComparison({ command: "plan", pullRequest: pr, target: "heppu", hasApiKey: true, returnsContent: true, ...input });

describe("chooseComparison", () => {
  it("compares live outside pull-request plans", () => {
    expect(choose({ command: "sync" })).toEqual({ kind: "live" });
    expect(choose({ pullRequest: undefined, hasApiKey: false })).toEqual({ kind: "live" });
  });

  it("compares live with a key and a target that returns content", () => {
    expect(choose({})).toEqual({ kind: "live" });
  });

  it("compares with the base branch for forks, missing keys and targets without content", () => {
    expect(choose({ pullRequest: { ...pr, fromFork: true } })).toEqual({ kind: "base", reason: "this pull request comes from a fork, which gets no secrets" });
    expect(choose({ hasApiKey: false })).toEqual({ kind: "base", reason: "no API key is available to read the heppu knowledge base" });
    expect(choose({ returnsContent: false })).toEqual({ kind: "base", reason: "the heppu target cannot return stored content to diff against" });
  });

  it("compares the local store live when it holds records, else with the base branch", () => {
    expect(choose({ target: "local", hasApiKey: false, holdsRecords: true })).toEqual({ kind: "live" });
    expect(choose({ target: "local", hasApiKey: false, holdsRecords: false })).toEqual({ kind: "base", reason: "the local store holds no records on this runner" });
    expect(choose({ target: "local", hasApiKey: false, pullRequest: { ...pr, fromFork: true }, holdsRecords: true }).kind).toBe("base");
  });
});
