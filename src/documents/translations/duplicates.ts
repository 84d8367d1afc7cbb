import type { Document } from "../document.js";
import { localeOf, type LocaleOptions } from "../locale/locale-of.js";
import { localeKey } from "../locale/tags.js";
import type { TranslationGroup } from "./groups.js";

/** A page left out of its group, and why. */
export interface LeftOut {
  file: string;
  reason: string;
}

/**
 * Two pages of one language in one group that claim one id, one of them a translation (its path
 * names the language), can only be published once. The generators' own rule picks the page: the
 * translation in a locale folder or with a locale suffix (Docusaurus `i18n/en/…` for an `en`
 * site whose `docs/` is written in another language) wins over a page that is in the language
 * only by default; between two translations, the first by path. The other page is left out with
 * a reason, never published twice under one id. Two pages that are in the language by default
 * are unrelated pages with one id: both stay, and the plan reports the conflict.
 */
export function settleDuplicates(group: TranslationGroup, options: LocaleOptions): { group: TranslationGroup; leftOut: LeftOut[] } {
  const winners = new Map<string, Document>();
  const losers = new Set<Document>();
  for (const doc of group.members) {
    const key = `${localeKey(doc.lang ?? "")}\u0000${doc.externalId}`;
    const earlier = winners.get(key);
    if (!earlier) winners.set(key, doc);
    else if (marked(doc, options) && !marked(earlier, options)) {
      winners.set(key, doc);
      losers.add(earlier);
    } else if (marked(earlier, options)) losers.add(doc);
  }
  if (losers.size === 0) return { group, leftOut: [] };
  const kept = new Set(group.members.filter((doc) => !losers.has(doc)));
  const leftOut = group.members.filter((doc) => !kept.has(doc)).map((doc) => {
    const winner = winners.get(`${localeKey(doc.lang ?? "")}\u0000${doc.externalId}`)!;
    return {
      file: doc.sourcePath,
      reason: `claims the ${doc.lang ?? "?"} page "${doc.externalId}" (translation group ${group.label}) that ${winner.sourcePath} is published as${marked(winner, options) ? ", since its path names the language" : ", the first by path"}; left out`,
    };
  });
  return { group: { ...group, members: group.members.filter((doc) => kept.has(doc)) }, leftOut };
}

/** Whether the page's path itself names its language (a locale folder or suffix). */
function marked(doc: Document, options: LocaleOptions): boolean {
  return localeOf(doc.sourcePath, undefined, options).source !== "default";
}
