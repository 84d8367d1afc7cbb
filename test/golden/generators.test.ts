import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_FILE_BYTES } from "../../src/config/settings.js";
import type { Document } from "../../src/documents/document.js";
import { readDocuments, type ReadSettings } from "../../src/sources/prepare.js";
import { fencedBlocks, residueIn } from "./residue.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const GOLDEN = path.resolve(import.meta.dirname, "__golden__");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Each generator's fixture read the way the README tells users to point kb-publish at it. */
const SITES: { name: string; docs: string; include?: string[]; baseUrl: string }[] = [
  { name: "hugo", docs: "content", baseUrl: "https://lighthouse.example.net" },
  { name: "jekyll", docs: ".", include: ["**/*.{md,markdown}"], baseUrl: "https://nimbus.example.com" },
  {
    name: "docusaurus",
    docs: ".",
    include: ["docs/**/*.{md,mdx}", "i18n/*/docusaurus-plugin-content-docs/**/*.{md,mdx}"],
    baseUrl: "https://docs.acme.example",
  },
  { name: "mkdocs", docs: "docs", baseUrl: "https://trailhead.example.org" },
  { name: "starlight", docs: "src/content/docs", baseUrl: "https://orbit.example.dev" },
  { name: "vitepress", docs: "docs", baseUrl: "https://quill.example.com" },
];

function settingsFor(site: (typeof SITES)[number]): ReadSettings & { baseUrl: string } {
  return {
    root: path.join(FIXTURES, site.name, site.docs),
    include: site.include ?? ["**/*.{md,mdx,markdown}"],
    exclude: [],
    idPrefix: "",
    idKey: "id",
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    locales: [],
    defaultLocale: "en",
    baseUrl: site.baseUrl,
  };
}

/** What the golden file records: per language, and which native record each page joins. */
async function goldenOf(site: (typeof SITES)[number]) {
  const settings = settingsFor(site);
  const perLanguage = await readDocuments(settings, { nativeTranslations: false });
  const native = await readDocuments(settings, { nativeTranslations: true });
  const groupOf = new Map<string, string>();
  for (const main of native.documents) {
    for (const member of [main, ...(main.translations ?? [])]) groupOf.set(member.sourcePath, main.externalId);
  }
  return {
    documents: perLanguage.documents.map((doc: Document) => ({
      id: doc.externalId,
      title: doc.title,
      lang: doc.lang ?? null,
      group: groupOf.get(doc.sourcePath) ?? null,
      sourcePath: doc.sourcePath,
      sourceUrl: doc.sourceUrl ?? null,
      content: doc.content,
    })),
    excluded: perLanguage.excluded,
    diagnostics: perLanguage.diagnostics,
  };
}

describe.each(SITES)("$name fixture", (site) => {
  it("derives the documents recorded in its golden file", async () => {
    const actual = await goldenOf(site);
    const file = path.join(GOLDEN, `${site.name}.json`);
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (UPDATE) {
      await mkdir(GOLDEN, { recursive: true });
      await writeFile(file, text);
    }
    if (!existsSync(file)) throw new Error(`golden file missing: ${file}; expected it committed (run with UPDATE_GOLDEN=1 to create it)`);
    expect(JSON.parse(text)).toEqual(JSON.parse(await readFile(file, "utf8")));
  });

  it("leaves no template residue outside code, and keeps code blocks byte for byte", async () => {
    const { documents } = await readDocuments(settingsFor(site), { nativeTranslations: false });
    expect(documents.length).toBeGreaterThanOrEqual(3);
    for (const doc of documents) {
      expect({ page: doc.sourcePath, residue: residueIn(doc.content) }).toEqual({ page: doc.sourcePath, residue: [] });
      expect(doc.title.trim()).not.toBe("");
      const source = await readFile(path.join(settingsFor(site).root, doc.sourcePath), "utf8");
      for (const block of fencedBlocks(source)) expect(doc.content, doc.sourcePath).toContain(block);
    }
  });
});

describe("residue rules", () => {
  it("catch each kind of residue and ignore it inside code", () => {
    expect(residueIn("import Tabs from '@theme/Tabs';\n\n<Tabs>\n{{< note >}}\n{% raw %}\n<!-- x -->\n:::tip\n!!! note\n")).toEqual([
      "MDX import/export line",
      "Hugo shortcode",
      "Liquid tag",
      "template expression",
      "JSX component tag",
      "HTML comment",
      "admonition fence",
      "MkDocs admonition",
    ]);
    expect(residueIn("Text with `{{< x >}}` and <br> tags.\n\n```jsx\nimport A from 'a';\n<Tabs />\n```\n")).toEqual([]);
  });
});
