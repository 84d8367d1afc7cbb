import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exists, MAX_CONFIG_BYTES, readSmallFile, subfolders } from "./config-files.js";

describe("generator config files", () => {
  it("reads a small regular file, but not a symlink, a folder, a missing or an oversized file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "config-files-"));
    await writeFile(path.join(dir, "hugo.toml"), 'title = "Docs"\n');
    await symlink(path.join(dir, "hugo.toml"), path.join(dir, "linked.toml"));
    await writeFile(path.join(dir, "huge.yml"), "x".repeat(MAX_CONFIG_BYTES + 1));
    await mkdir(path.join(dir, "b"));
    await mkdir(path.join(dir, "a"));
    expect(await readSmallFile(path.join(dir, "hugo.toml"))).toBe('title = "Docs"\n');
    expect(await readSmallFile(path.join(dir, "linked.toml"))).toBeUndefined();
    expect(await readSmallFile(path.join(dir, "huge.yml"))).toBeUndefined();
    expect(await readSmallFile(path.join(dir, "a"))).toBeUndefined();
    expect(await readSmallFile(path.join(dir, "missing.yml"))).toBeUndefined();
    expect(await exists(path.join(dir, "linked.toml"))).toBe(true);
    expect(await exists(path.join(dir, "missing.yml"))).toBe(false);
    expect(await subfolders(dir)).toEqual(["a", "b"]);
    expect(await subfolders(path.join(dir, "missing"))).toEqual([]);
  });
});
