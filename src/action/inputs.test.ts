import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatOfName, readActionOnlyInputs, readInputs } from "./inputs.js";

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

  it("reads export: the format from the file name unless export-format names one", () => {
    const read = (values: Record<string, string>) => readActionOnlyInputs((name) => values[name] ?? "");
    expect(read({}).export).toBeUndefined();
    expect(read({ export: "public/llms.txt" }).export).toEqual({ path: "public/llms.txt", format: "llms-txt" });
    expect(read({ export: "public/llms-full.txt" }).export).toEqual({ path: "public/llms-full.txt", format: "llms-full-txt" });
    expect(read({ export: "out/assistants.md", "export-format": "llms-full-txt" }).export?.format).toBe("llms-full-txt");
    expect(formatOfName("full/llms.txt")).toBe("llms-txt");
    expect(() => read({ export: "llms.txt", "export-format": "llms-text" })).toThrow('input export-format is "llms-text"; expected one of llms-txt, llms-full-txt; did you mean "llms-txt"?');
    expect(() => read({ "export-format": "llms-txt" })).toThrow(/input export is empty/);
    expect(() => read({ comment: "alway" })).toThrow('input comment is "alway"; expected one of auto, always, never; did you mean "always"?');
  });
});
