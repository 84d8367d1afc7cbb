import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSourceFile } from "./read.js";
import { decodeUtf8 } from "./utf8.js";

let base: string;
let root: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "kb-read-"));
  root = join(base, "repo");
  mkdirSync(root);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const read = (path: string, maxBytes = 1024) => readSourceFile({ root, path, maxBytes });

describe("readSourceFile", () => {
  it("reads UTF-8 text", async () => {
    writeFileSync(join(root, "a.md"), "Caf\u00e9 \u{1F600}\n");
    expect(await read("a.md")).toEqual({ ok: true, text: "Caf\u00e9 \u{1F600}\n" });
  });

  it("refuses invalid UTF-8, naming the file and the line", async () => {
    writeFileSync(join(root, "latin1.md"), Buffer.from("line one\nline two\nCaf\xe9\n", "latin1"));
    expect(await read("latin1.md")).toEqual({
      ok: false,
      diagnostic: { severity: "error", file: "latin1.md", line: 3, message: expect.stringContaining("not valid UTF-8") },
    });
  });

  it("refuses a file over the size limit without reading it, naming size and limit", async () => {
    writeFileSync(join(root, "big.md"), "x".repeat(2000));
    const result = await read("big.md", 1000);
    expect(result).toEqual({ ok: false, diagnostic: expect.objectContaining({ severity: "error", file: "big.md" }) });
    expect(!result.ok && result.diagnostic.message).toMatch(/too large: 2000 bytes; expected at most 1000 bytes/);
    expect((await read("big.md", 2000)).ok).toBe(true);
  });

  it("refuses a symlink that points outside the repository", async () => {
    writeFileSync(join(base, "secret.md"), "top secret");
    symlinkSync(join(base, "secret.md"), join(root, "leak.md"));
    const result = await read("leak.md");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostic.message).toContain("symlink points outside the repository");
    expect(JSON.stringify(result)).not.toContain("top secret");
  });

  it("follows a symlink that stays inside the repository", async () => {
    writeFileSync(join(root, "real.md"), "inside");
    symlinkSync("real.md", join(root, "alias.md"));
    expect(await read("alias.md")).toEqual({ ok: true, text: "inside" });
  });

  it("reports missing files and directories as diagnostics instead of throwing", async () => {
    mkdirSync(join(root, "dir.md"));
    expect(await read("missing.md")).toMatchObject({ ok: false, diagnostic: { file: "missing.md", message: expect.stringContaining("does not exist") } });
    expect(await read("dir.md")).toMatchObject({ ok: false, diagnostic: { file: "dir.md", message: expect.stringContaining("not a regular file") } });
  });
});

describe("decodeUtf8", () => {
  it.each([
    ["a lone continuation byte", [0x61, 0x0a, 0x80, 0x62], 2, 2],
    ["an overlong encoding", [0x0a, 0x0a, 0xc0, 0xaf], 3, 2],
    ["an encoded surrogate", [0xed, 0xa0, 0x80], 1, 1],
    ["a lead byte followed by a newline", [0x61, 0xc3, 0x0a, 0x62], 1, 2],
    ["a truncated sequence at the end", [0x0a, 0xe2, 0x82], 2, 2],
  ])("locates %s", (_name, bytes, line, offset) => {
    const result = decodeUtf8(Uint8Array.from(bytes));
    expect(result).toEqual({ ok: false, line, offset });
  });

  it("decodes valid text, dropping a BOM", () => {
    expect(decodeUtf8(Buffer.from("\uFEFFh\u00e9"))).toEqual({ ok: true, text: "h\u00e9" });
  });
});
