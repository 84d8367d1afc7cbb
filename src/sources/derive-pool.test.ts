import { describe, expect, it, vi } from "vitest";
import type { DeriveFileOptions, DerivedFile } from "./derive-file.js";
import { deriveFiles } from "./derive-pool.js";

// Counts how often the parsers' module is loaded, and derives without reading anything.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("./derive-file.js", () => {
  loads.count += 1;
  return { deriveFile: (file: { path: string }): DerivedFile => ({ path: file.path, outcome: { kind: "excluded", reason: "test" } as never }) };
});

const options = { realRoot: "/nowhere" } as DeriveFileOptions;

describe("deriveFiles", () => {
  it("derives nothing without loading the parsers (a no-op run never compiles them)", async () => {
    expect(await deriveFiles([], options, { workers: 0 })).toEqual([]);
    expect(await deriveFiles([], options)).toEqual([]);
    expect(loads.count).toBe(0);
  });

  it("loads them for the first file it derives on the main thread", async () => {
    const derived = await deriveFiles([{ path: "a.md" }], options, { workers: 0 });
    expect(derived.map((file) => file.path)).toEqual(["a.md"]);
    expect(loads.count).toBe(1);
  });
});
