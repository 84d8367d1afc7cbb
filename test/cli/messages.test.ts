import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocuments } from "../../src/sources/prepare.js";
import { tempDir, testSettings } from "../helpers/workspace.js";

/** One of every reading problem and translation note a docs folder can give. */
async function troubledDocs(): Promise<string> {
  const dir = await tempDir();
  const root = path.join(dir, "docs");
  await mkdir(path.join(root, "fr"), { recursive: true });
  const files: Record<string, string | Buffer> = {
    "ok.md": "# OK\n\nText.\n",
    "guide.md": "# Guide\n\nText.\n",
    "fr/seul.md": "# Seul\n\nTexte.\n",
    "fr/ok.md": "# OK\n\nTexte.\n",
    "broken.md": "---\ntitle: [unclosed\n---\nText.\n",
    "empty.md": "",
    "big.md": `# Big\n\n${"x".repeat(5000)}\n`,
    "latin1.md": Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
    "bell\u0007.md": "# Bell\n\nText.\n",
    "caf\u00e9.md": "# A\n\nText.\n",
    "cafe\u0301.md": "# B\n\nText.\n",
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
  await writeFile(path.join(dir, "outside.md"), "# Outside\n\nText.\n");
  await symlink(path.join(dir, "outside.md"), path.join(root, "escape.md"));
  await symlink(path.join(root, "nowhere.md"), path.join(root, "dangling.md"));
  return root;
}

describe("diagnostic messages", () => {
  it("never repeat the file they are about: reports put the file in front of them", async () => {
    const root = await troubledDocs();
    const settings = { ...testSettings({ root, store: path.join(root, ".store") }), locales: ["en", "fr"], maxFileBytes: 1000 };
    const { diagnostics } = await readDocuments(settings, { nativeTranslations: false });
    const files = new Set(diagnostics.map((d) => d.file));
    for (const file of ["broken.md", "empty.md", "big.md", "latin1.md", "escape.md", "dangling.md", "guide.md", "fr/seul.md"]) expect(files).toContain(file);
    expect(diagnostics.length).toBeGreaterThanOrEqual(11);
    expect(diagnostics.filter((d) => d.message.includes(d.file)).map((d) => `${d.file}: ${d.message}`)).toEqual([]);
  });
});
