import type { Diagnostic, Document } from "../document.js";
import { canonicalLocale, localeKey } from "../locale/tags.js";
import type { GroupOptions } from "./group.js";
import type { TranslationGroup } from "./groups.js";
import { languageId, sameLocale } from "./keys.js";
import { LOCALES_NOTE_FILE } from "./hints.js";

/** One note per configured locale that no page is in (instead of one per page missing it). */
export function localeNotes(present: ReadonlySet<string>, options: GroupOptions): Diagnostic[] {
  return options.locales
    .filter((locale) => !present.has(localeKey(locale)))
    .map((locale) => ({
      severity: "warning",
      file: options.localesSource ?? LOCALES_NOTE_FILE,
      message: `locale "${display(locale)}" has no pages; expected pages in a "${locale}" folder, with a ".${locale}" file suffix or with lang: ${locale} in frontmatter`,
    }));
}

/** Missing translations of a group, orphans (no default-locale original) and duplicate languages. */
export function groupNotes(group: TranslationGroup, options: GroupOptions, present: ReadonlySet<string>): Diagnostic[] {
  const main = group.members.find((doc) => sameLocale(doc.lang, options.defaultLocale));
  const notes = duplicateNotes(group);
  if (!main) return [...notes, ...orphanNotes(group, options)];
  const langs = new Set(group.members.map((doc) => localeKey(doc.lang ?? "")));
  // A locale with no page at all gets one note from localeNotes, not one per group.
  const missing = options.locales.filter((locale) => !langs.has(localeKey(locale)) && present.has(localeKey(locale)));
  if (missing.length === 0 || options.reportMissing === false) return notes;
  const names = missing.map(display).join(", ");
  const message = `has no ${names} translation (translation group ${group.label}); expected one page per locale: ${options.locales.map(display).join(", ")}`;
  return [...notes, { severity: "warning", file: main.sourcePath, message, group: `have no ${names} translation` }];
}

function orphanNotes(group: TranslationGroup, options: GroupOptions): Diagnostic[] {
  const defaultName = display(options.defaultLocale);
  return group.members.map((doc, index) => {
    const published = options.native
      ? index === 0 ? "published as the main document of its group" : `published as a translation of ${group.members[0]!.sourcePath}`
      : `published as "${doc.lang && !sameLocale(doc.lang, options.defaultLocale) ? languageId(doc.externalId, doc.lang, options.idPrefix ?? "") : doc.externalId}"`;
    return {
      severity: "warning" as const,
      file: doc.sourcePath,
      group: `have no ${defaultName} original`,
      message: `${doc.lang ?? "?"} page has no ${defaultName} original (translation group ${group.label}); expected an original in ${defaultName} with the same base path or translationKey; ${published}`,
    };
  });
}

function duplicateNotes(group: TranslationGroup): Diagnostic[] {
  const notes: Diagnostic[] = [];
  const first = new Map<string, Document>();
  for (const doc of group.members) {
    const key = localeKey(doc.lang ?? "");
    const earlier = first.get(key);
    if (!earlier) first.set(key, doc);
    else {
      notes.push({
        severity: "warning",
        file: doc.sourcePath,
        message: `is a second ${doc.lang ?? "?"} page in translation group ${group.label} (after ${earlier.sourcePath}); expected one page per language; kept as a separate document`,
      });
    }
  }
  return notes;
}

/** The locale keys (see localeKey) that at least one page is in. */
export function presentLocales(documents: readonly Document[]): Set<string> {
  return new Set(documents.map((doc) => localeKey(doc.lang ?? "")));
}

function display(locale: string): string {
  return canonicalLocale(locale) ?? locale;
}
