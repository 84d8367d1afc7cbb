import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { targetNames } from "../targets/registry.js";
import { ignoredOptions, TARGET_OPTIONS, type TargetOption } from "./target-options.js";

/** The Settings field each option becomes, and the shared helpers that read it for a target. */
const READ_AS: Record<TargetOption, RegExp> = {
  store: /settings\.store\b/,
  apiUrl: /settings\.apiUrl\b|resolveApiUrl\(settings/,
  apiKey: /settings\.apiKey\b|requireApiKey\(settings/,
  collectionId: /settings\.collectionId\b/,
  sourceId: /settings\.sourceId\b/,
  knowledgeBaseId: /settings\.knowledgeBaseId\b/,
  metadataValueLimit: /settings\.metadataValueLimit\b/,
  rateLimit: /settings\.rateLimit\b|rateLimitOf\(settings/,
  timeout: /settings\.requestTimeoutMs\b/,
  wait: /settings\.wait\b/,
  waitTimeout: /settings\.waitTimeoutSeconds\b/,
};

function sourceOf(target: string): string {
  const dir = path.resolve(import.meta.dirname, "../targets", target);
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  return files.map((f) => readFileSync(path.join(dir, f), "utf8")).join("\n");
}

describe("TARGET_OPTIONS", () => {
  it("names every target", () => {
    expect(Object.keys(TARGET_OPTIONS).sort()).toEqual(targetNames().sort());
  });

  it.each(targetNames())("lists exactly the options the %s target's code reads", (target) => {
    const code = sourceOf(target);
    const read = (Object.keys(READ_AS) as TargetOption[]).filter((option) => READ_AS[option].test(code));
    expect([...TARGET_OPTIONS[target]!].sort()).toEqual(read.sort());
  });
});

describe("ignoredOptions", () => {
  it("finds options the chosen target does not read", () => {
    expect(ignoredOptions({ collectionId: "c", apiKey: "k", owner: "me" }, "humind")).toEqual(["collectionId"]);
    expect(ignoredOptions({ collectionId: "c", store: "s" }, "heppu")).toEqual(["store"]);
    expect(ignoredOptions({ store: "s" }, "local")).toEqual([]);
    expect(ignoredOptions({ collectionId: "" }, "local")).toEqual([]);
  });
});
