import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readActionOnlyInputs, readInputs } from "./inputs.js";

const actionYml = parse(readFileSync(path.resolve(import.meta.dirname, "../../action.yml"), "utf8"));

function namesRead(): Set<string> {
  const names = new Set<string>();
  const recorder = (name: string) => {
    names.add(name);
    return "";
  };
  readInputs(recorder, "push");
  readActionOnlyInputs(recorder);
  return names;
}

describe("action inputs", () => {
  it("reads exactly the inputs action.yml declares", () => {
    expect([...namesRead()].sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });

  it("defaults the command to plan on pull requests and sync elsewhere", () => {
    expect(readInputs(() => "", "pull_request").command).toBe("plan");
    expect(readInputs(() => "", "push").command).toBe("sync");
    expect(readInputs((name) => (name === "command" ? "sync" : ""), "pull_request").command).toBe("sync");
  });

  it("splits multi-line globs without breaking brace lists", () => {
    const raw = readInputs((name) => (name === "include" ? "docs/**/*.{md,mdx}\nguides/*.md" : ""), "push");
    expect(raw.include).toEqual(["docs/**/*.{md,mdx}", "guides/*.md"]);
  });

  it("runs on node24 from the committed bundle", () => {
    expect(actionYml.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });
});
