import type { Document } from "../document.js";
import { localeKey } from "../locale/tags.js";
import { builtBy } from "./built-by.js";

/** A page left out of the run, and why. */
export interface LeftOut {
  file: string;
  reason: string;
}

/** Generators that build every page into every locale, filling gaps with the default language's text. */
const FALLBACK_GENERATORS: ReadonlySet<string> = new Set(["docusaurus", "starlight"]);

/**
 * Built pages that only stand in for a missing translation: Docusaurus and Starlight build every
 * page into every locale, with the default language's text (Starlight adds a notice) where no
 * translation exists. Such a page has the same id (locale folder removed) and the same text as
 * the default-locale page, links and callout labels aside (they point into, and are printed in,
 * its own locale). It is left out with a reason, so the group shows the translation as missing
 * instead of publishing English text labelled `da`. Markdown pages, pages of other generators
 * (whose copies are files someone wrote) and pages without a language pass through. Pure.
 */
export function withoutFallbackPages(documents: readonly Document[], defaultLocale: string): { documents: Document[]; excluded: LeftOut[] } {
  const isDefault = (doc: Document) => doc.lang !== undefined && sameLanguage(doc.lang, defaultLocale);
  const originals = new Map<string, Document>();
  const fillsGaps = (doc: Document) => FALLBACK_GENERATORS.has(builtBy(doc) ?? "");
  for (const doc of documents) if (fillsGaps(doc) && isDefault(doc)) originals.set(doc.externalId, doc);
  const kept: Document[] = [];
  const excluded: LeftOut[] = [];
  for (const doc of documents) {
    const original = fillsGaps(doc) && doc.lang !== undefined && !isDefault(doc) ? originals.get(doc.externalId) : undefined;
    if (original && comparableText(original) === comparableText(doc)) {
      excluded.push({ file: doc.sourcePath, reason: `untranslated fallback: same text as ${original.sourcePath}, the ${original.lang} page the generator shows where the ${doc.lang} translation is missing` });
    } else {
      kept.push(doc);
    }
  }
  return { documents: kept, excluded };
}

/** `en-US` is the `en` site's language: a page's `<html lang>` often says more than the locale. */
function sameLanguage(lang: string, locale: string): boolean {
  const [a, b] = [localeKey(lang), localeKey(locale)];
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

const comparable = new WeakMap<Document, string>();

/** A callout's title line (`> **Tip**`), which generators print in the page's own language. */
const CALLOUT_TITLE = /^>\s*\*\*[^*\n]+\*\*\s*$/gm;

/** The text without link and image targets and callout titles, whitespace collapsed: what differs between locale copies. */
function comparableText(doc: Document): string {
  let text = comparable.get(doc);
  if (text === undefined) {
    text = doc.content.replace(/\]\([^)]*\)/g, "]").replace(CALLOUT_TITLE, ">").replace(/\s+/g, " ").trim();
    comparable.set(doc, text);
  }
  return text;
}
