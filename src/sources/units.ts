import type { Document } from "../documents/document.js";
import type { IdScope } from "../documents/id.js";
import { compareCodeUnits } from "../documents/order.js";
import { localizeDocuments, translationGroups, translationKeyOf, type TranslationSetup } from "../documents/translations/index.js";
import type { Provenance } from "../targets/target.js";

/**
 * A unit is the set of pages one or more records are derived from: one page, or a translation
 * group (all its languages, whether the target stores them in one record or one per language).
 * Its group keys are how a new page finds it: `id:<base id>` of each page and
 * `key:<translationKey>` of each page that names one.
 */
export interface Unit {
  pages: string[];
  groups: string[];
}

export interface UnitOptions {
  setup: TranslationSetup | undefined;
  idPrefix: string;
  baseUrl?: string;
  idScope?: IdScope;
  /** How the translation step read paths and ids (versioned docs); see TranslationPaths. Default: paths as they are. */
  idOfPath?: (sourcePath: string) => string;
  pagePath?: (sourcePath: string) => string;
  idPrefixOf?: (sourcePath: string) => string;
}

/**
 * The unit of each page, by path, for documents after overrides and before translations (the
 * input of prepareTranslations), grouped exactly as prepareTranslations groups them. Pure.
 */
export function unitsOf(documents: readonly Document[], options: UnitOptions): Map<string, Unit> {
  const units = new Map<string, Unit>();
  const { setup } = options;
  if (!setup) {
    for (const doc of documents) units.set(doc.sourcePath, { pages: [doc.sourcePath], groups: [] });
    return units;
  }
  const { idPrefix, baseUrl, idScope, idOfPath, pagePath, idPrefixOf } = options;
  const localized = localizeDocuments(documents, { ...setup, idPrefix, baseUrl, idScope, idOfPath, pagePath, idPrefixOf });
  for (const group of translationGroups(localized, setup.locales)) {
    const keys = new Set<string>();
    for (const doc of group.members) {
      keys.add(`id:${doc.externalId}`);
      const key = translationKeyOf(doc);
      if (key !== undefined) keys.add(`key:${key}`);
    }
    const unit: Unit = { pages: group.members.map((doc) => doc.sourcePath), groups: [...keys].sort(compareCodeUnits) };
    for (const page of unit.pages) units.set(page, unit);
  }
  return units;
}

export interface ProvenanceContext {
  derivation: string;
  /** sha256 of a file as derived (pages) or as read now (includes); undefined when unreadable. */
  shaOf: (path: string) => string | undefined;
  /** Files a page included (snippets, shortcode includes), by page path. */
  includesOf: (page: string) => readonly string[];
}

/**
 * The provenance of each document the run derived, by its source path: every page of its unit
 * and every file they included, with their sha256, its siblings (the unit's other records) and
 * the unit's group keys. Pure.
 */
export function provenanceOf(documents: readonly Document[], units: ReadonlyMap<string, Unit>, ctx: ProvenanceContext): Map<string, Provenance> {
  const idsOfUnit = new Map<Unit, string[]>();
  for (const doc of documents) {
    const unit = units.get(doc.sourcePath);
    if (unit) idsOfUnit.set(unit, [...(idsOfUnit.get(unit) ?? []), doc.externalId]);
  }
  const result = new Map<string, Provenance>();
  for (const doc of documents) {
    const unit = units.get(doc.sourcePath) ?? { pages: [doc.sourcePath], groups: [] };
    result.set(doc.sourcePath, provenanceOfDoc(doc, unit, idsOfUnit.get(unit) ?? [doc.externalId], ctx));
  }
  return result;
}

function provenanceOfDoc(doc: Document, unit: Unit, unitIds: string[], ctx: ProvenanceContext): Provenance {
  const sources: Record<string, string> = {};
  const included = new Set<string>();
  for (const page of unit.pages) {
    sources[page] = ctx.shaOf(page) ?? "";
    for (const path of ctx.includesOf(page)) included.add(path);
  }
  const includes = [...included].filter((path) => sources[path] === undefined).sort(compareCodeUnits);
  // An unreadable include gets an empty hash: it never matches, so the page is derived again.
  for (const path of includes) sources[path] = ctx.shaOf(path) ?? "";
  const provenance: Provenance = { sources, derivation: ctx.derivation };
  if (Object.keys(sources).length > 1) provenance.page = doc.sourcePath;
  if (includes.length > 0) provenance.includes = includes;
  const siblings = unitIds.filter((id) => id !== doc.externalId).sort(compareCodeUnits);
  if (siblings.length > 0) provenance.siblings = siblings;
  if (unit.groups.length > 0) provenance.groups = unit.groups;
  return provenance;
}
