import type { Document } from "../document.js";
import { compareCodeUnits } from "../order.js";
import { localeRank, translationKeyOf } from "./keys.js";

/** Pages that are translations of one another. */
export interface TranslationGroup {
  /** `translationKey:<key>` or `id:<base id>`: unique per group. */
  key: string;
  /** How notes name the group: `translationKey "x"` or the base id. */
  label: string;
  /** Sorted by locale order, then by source path. */
  members: Document[];
}

/**
 * Groups localized documents (each with its language and base id) by explicit translation key,
 * else by base id. A page without a key joins the keyed group of a page with its base id, as
 * Hugo links such pages.
 */
export function translationGroups(documents: readonly Document[], locales: readonly string[]): TranslationGroup[] {
  const keyOfBaseId = new Map<string, string>();
  for (const doc of documents) {
    const key = translationKeyOf(doc);
    if (key !== undefined && !keyOfBaseId.has(doc.externalId)) keyOfBaseId.set(doc.externalId, key);
  }
  const groups = new Map<string, TranslationGroup>();
  for (const doc of documents) {
    const key = translationKeyOf(doc) ?? keyOfBaseId.get(doc.externalId);
    const id = key === undefined ? `id:${doc.externalId}` : `translationKey:${key}`;
    const group = groups.get(id) ?? { key: id, label: key === undefined ? doc.externalId : `translationKey "${key}"`, members: [] };
    group.members.push(doc);
    groups.set(id, group);
  }
  const rank = localeRank(locales);
  for (const group of groups.values()) {
    group.members.sort((a, b) => rank(a.lang) - rank(b.lang) || compareCodeUnits(a.sourcePath, b.sourcePath));
  }
  return [...groups.values()].sort((a, b) => compareCodeUnits(a.key, b.key));
}
