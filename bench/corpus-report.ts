/** Renders the corpus harness's scores: one table row per site, and examples to look at. Pure. */
import type { Document } from "../src/documents/document.js";
import { titleFromPath } from "../src/documents/title.js";
import { residueIn, RESIDUE_KINDS } from "./corpus-residue.js";
import type { PageScore } from "./corpus-score.js";

export interface SiteScore {
  name: string;
  /** Files matched by the include globs. */
  files: number;
  documents: number;
  blocked: boolean;
  errors: string[];
  warnings: string[];
  /** The second plan had no create, update or delete. */
  noop: boolean;
  ms: number;
  pages: (PageScore & { doc: Document })[];
  langs: Record<string, number>;
}

export const SITE_HEADER = [
  "| Site | Files | Published | Blocked | Errors | Pages with residue | Residue by kind | Code blocks kept | Headings kept | Shrunk ≥ ½ | File-name titles | Languages | Orphans | No-op re-plan | Time |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
].join("\n");

const percent = (part: number, whole: number): string => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);

export function renderRow(site: SiteScore): string {
  const withResidue = site.pages.filter((page) => page.residue.length > 0 || titleResidue(page.doc));
  const kinds = Object.keys(RESIDUE_KINDS)
    .map((kind) => [kind, site.pages.filter((page) => page.residue.some((r) => r.kind === kind)).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(", ");
  const blocks = sum(site.pages, (page) => page.codeBlocks);
  const lost = sum(site.pages, (page) => page.lostCode.length);
  const headings = sum(site.pages, (page) => page.headings);
  const lostHeadings = sum(site.pages, (page) => page.lostHeadings.length);
  const shrunk = site.pages.filter(isShrunk).length;
  const fileTitles = site.pages.filter((page) => page.doc.title === titleFromPath(page.doc.sourcePath)).length;
  const langs = Object.entries(site.langs).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([lang, n]) => `${lang} ${n}`).join(", ");
  const orphans = site.warnings.filter((w) => /has no .* original/.test(w)).length;
  const cells = [
    site.name, site.files, site.documents, site.blocked ? "**yes**" : "no", site.errors.length,
    `${withResidue.length} (${percent(withResidue.length, site.documents)})`, kinds || "–",
    `${blocks - lost}/${blocks}`, `${headings - lostHeadings}/${headings}`, shrunk, fileTitles, langs, orphans,
    site.noop ? "yes" : "**no**", `${(site.ms / 1000).toFixed(1)} s`,
  ];
  return `| ${cells.join(" | ")} |`;
}

const isShrunk = (page: PageScore & { doc: Document }): boolean => page.ratio < 0.5;
// Titles are plain text: `pnpm add <pkg>` shows its placeholder as written, so tags do not count.
const titleResidue = (doc: Document): boolean => residueIn(doc.title).some((residue) => residue.kind !== "html");

function sum<T>(items: T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** Up to `limit` examples of each problem, for a person to read. */
export function renderExamples(site: SiteScore, limit: number): string {
  const out: string[] = [`\n## ${site.name}`];
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push(`\n### ${title} (${lines.length})`, ...lines.slice(0, limit).map((line) => `- ${line}`));
  };
  section("Errors", site.errors);
  for (const kind of Object.keys(RESIDUE_KINDS)) {
    section(`Residue: ${kind}`, site.pages.flatMap((page) => page.residue.filter((r) => r.kind === kind).map((r) => `${page.doc.sourcePath}: ${r.excerpt}`)));
  }
  section("Titles with residue", site.pages.filter((page) => titleResidue(page.doc)).map((page) => `${page.doc.sourcePath}: ${page.doc.title}`));
  section("Lost code", site.pages.flatMap((page) => page.lostCode.map((code) => `${page.doc.sourcePath}: ${JSON.stringify(code.slice(0, 120))}`)));
  section("Lost headings", site.pages.flatMap((page) => page.lostHeadings.map((heading) => `${page.doc.sourcePath}: ${heading}`)));
  section("Shrunk by half", site.pages.filter(isShrunk).map((page) => `${page.doc.sourcePath}: ${(100 * page.ratio).toFixed(0)}%`));
  section("Warnings", site.warnings);
  return out.join("\n");
}
