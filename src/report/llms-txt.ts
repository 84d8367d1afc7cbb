import type { Document } from "../documents/document.js";
import { compareCodeUnits } from "../documents/order.js";

/** The two files of the llms.txt convention (https://llmstxt.org). */
export type ExportFormat = "llms-txt" | "llms-full-txt";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["llms-txt", "llms-full-txt"];

export interface ExportSite {
  /** The H1. Default: the home page's title, else the docs folder's name. */
  name?: string;
  /** The blockquote summary. Default: the home page's description, else none. */
  summary?: string;
  /** Name of the docs folder, the last fallback for the site name. */
  folderName: string;
}

/** What one page contributes: its link, and in llms-full.txt its text. */
interface Entry {
  doc: Document;
  /** `base-url` page URL when known, else the repository-relative source path. */
  url: string;
  /** Top-level folder of the source file (`guides` for `guides/install.md`), `""` for pages at the root. */
  section: string;
}

/**
 * Renders published documents (as `plan` derives them) in the llms.txt convention: an H1 with
 * the site name, a blockquote summary, then one H2 section per top-level folder listing
 * `- [Title](url): description`. Pure and deterministic: pages at the root come first as
 * "Overview", then sections and pages in code-unit order of their ids.
 */
export function renderLlmsTxt(documents: readonly Document[], site: ExportSite): string {
  const entries = entriesOf(documents);
  const lines = header(documents, site);
  for (const [section, members] of sections(entries)) {
    lines.push(`## ${sectionTitle(section, members)}`, "");
    for (const { doc, url } of members) lines.push(`- ${link(doc.title, url)}${doc.description ? `: ${oneLine(doc.description)}` : ""}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/**
 * llms-full.txt: the same header, then every page's cleaned Markdown under its title and source
 * URL, in the order llms.txt lists them, separated by rules.
 */
export function renderLlmsFullTxt(documents: readonly Document[], site: ExportSite): string {
  const pages = [...sections(entriesOf(documents)).values()].flat().map(({ doc, url }) => {
    const body = withoutLeadingTitle(doc.content, doc.title).trim();
    return [`# ${oneLine(doc.title)}`, "", `Source: ${url}`, "", body].join("\n");
  });
  return `${[header(documents, site).join("\n").trimEnd(), ...pages].join("\n\n---\n\n")}\n`;
}

function header(documents: readonly Document[], site: ExportSite): string[] {
  const home = documents.find((doc) => isHome(doc.sourcePath));
  const name = site.name ?? home?.title ?? site.folderName;
  const summary = site.summary ?? home?.description;
  const lines = [`# ${oneLine(name)}`, ""];
  if (summary) lines.push(`> ${oneLine(summary)}`, "");
  return lines;
}

function entriesOf(documents: readonly Document[]): Entry[] {
  return [...documents]
    .sort((a, b) => compareCodeUnits(a.externalId, b.externalId))
    .map((doc) => ({ doc, url: doc.sourceUrl ?? doc.sourcePath, section: sectionOf(doc.sourcePath) }));
}

/** Entries by section, the root section first, then by name. */
function sections(entries: Entry[]): Map<string, Entry[]> {
  const bySection = new Map<string, Entry[]>();
  const names = [...new Set(entries.map((e) => e.section))].sort((a, b) => (a === "" ? -1 : b === "" ? 1 : compareCodeUnits(a, b)));
  for (const name of names) bySection.set(name, entries.filter((e) => e.section === name));
  return bySection;
}

function sectionOf(sourcePath: string): string {
  const slash = sourcePath.indexOf("/");
  return slash < 0 ? "" : sourcePath.slice(0, slash);
}

/**
 * `getting-started` → `Getting started`; `""` (pages at the root) → `Overview`; a locale folder
 * (`fr/`, every page in it in that language) keeps its code.
 */
function sectionTitle(section: string, members: Entry[]): string {
  if (section === "") return "Overview";
  if (members.every(({ doc }) => doc.lang?.toLowerCase() === section.toLowerCase())) return section;
  const words = section.replace(/^\d+[-_.]/, "").replace(/[-_]+/g, " ").trim() || section;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The site's home page: an index or README file at the root of the docs folder. */
function isHome(sourcePath: string): boolean {
  return /^(_?index|readme)\.[a-z]+$/i.test(sourcePath);
}

/** `[Title](url)` with the characters that would end either part escaped. */
function link(title: string, url: string): string {
  const text = oneLine(title).replace(/[[\]\\]/g, (c) => `\\${c}`);
  const target = url.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
  return `[${text}](${target})`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Pages often open with their own title as an H1; llms-full.txt already prints it above. */
function withoutLeadingTitle(content: string, title: string): string {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(content);
  return match && oneLine(match[1]!) === oneLine(title) ? content.slice(match[0].length) : content;
}
