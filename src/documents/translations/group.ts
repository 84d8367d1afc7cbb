import type { Diagnostic, Document, Translation } from "../document.js";
import { localeKey } from "../locale/tags.js";
import { compareCodeUnits } from "../order.js";
import { settleDuplicates } from "./duplicates.js";
import { translationGroups, type TranslationGroup } from "./groups.js";
import { languageId, sameLocale } from "./keys.js";
import { groupNotes, localeNotes, presentLocales } from "./notes.js";

export interface GroupOptions {
  /** The target stores translations inside one record (`capabilities.nativeTranslations`). */
  native: boolean;
  defaultLocale: string;
  /** Configured or detected locales, in order. */
  locales: readonly string[];
  /** The run's id prefix, kept first in language ids. Default empty. */
  idPrefix?: string;
  /** Named as the file of notes about the locale list itself. Default `locales`. */
  localesSource?: string;
  /** Report pages missing a translation and locales with no pages. Default true. */
  reportMissing?: boolean;
}

export interface GroupResult {
  /** Sorted by external id. */
  documents: Document[];
  /** Warnings: missing translations, orphans, two pages of one language in one group. */
  notes: Diagnostic[];
  /** Pages left out: the loser of two pages of one language claiming one id in a group. */
  excluded: { file: string; reason: string }[];
}

/**
 * Shapes localized documents for a target. Native-translation targets get one document per
 * group: the default-locale page (else the first by locale order) with the others as
 * `translations`. Other targets get one document per page, non-default languages under
 * `<prefix><lang>/<base id>`; the default locale keeps the bare base id. Pure.
 */
export function groupTranslations(documents: readonly Document[], options: GroupOptions): GroupResult {
  const settled = translationGroups(documents, options.locales).map((group) => settleDuplicates(group, options));
  const groups = settled.map((entry) => entry.group);
  const excluded = settled.flatMap((entry) => entry.leftOut);
  const present = presentLocales(documents);
  const notes = [...(options.reportMissing === false ? [] : localeNotes(present, options)), ...groups.flatMap((group) => groupNotes(group, options, present))];
  const shaped = groups.flatMap((group) => (options.native ? nativeDocuments(group) : perLanguage(group, options)));
  return {
    documents: shaped.sort((a, b) => compareCodeUnits(a.externalId, b.externalId)),
    notes: notes.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.message, b.message)),
    excluded: excluded.sort((a, b) => compareCodeUnits(a.file, b.file)),
  };
}

function perLanguage(group: TranslationGroup, options: GroupOptions): Document[] {
  return group.members.map((doc) =>
    sameLocale(doc.lang, options.defaultLocale) || doc.lang === undefined
      ? doc
      : { ...doc, externalId: languageId(doc.externalId, doc.lang, options.idPrefix ?? "") },
  );
}

/** The first page of each language makes the record; a second page of one language stands alone. */
function nativeDocuments(group: TranslationGroup): Document[] {
  const seen = new Set<string>();
  const primary: Document[] = [];
  const extras: Document[] = [];
  for (const doc of group.members) {
    const key = localeKey(doc.lang ?? "");
    (seen.has(key) ? extras : primary).push(doc);
    seen.add(key);
  }
  const [main, ...others] = primary;
  if (!main) return extras;
  const record: Document = others.length > 0 ? { ...main, translations: others.map(translationOf) } : main;
  return [record, ...extras];
}

function translationOf(doc: Document): Translation {
  return { lang: doc.lang ?? "", title: doc.title, content: doc.content, sourcePath: doc.sourcePath };
}
