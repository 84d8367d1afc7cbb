import picomatch from "picomatch";
import type { Override } from "../config/document-options.js";
import type { Document } from "./document.js";
import { normalizeTags } from "./tags.js";

export interface OverrideResult {
  documents: Document[];
  /** Pages left out by an `exclude: true` override, with the override that did it. */
  excluded: { file: string; reason: string }[];
}

/**
 * Applies config-file `overrides:` in order to derived documents: tags are added, `type` and
 * `metadata` fill keys the page's frontmatter left unset, `exclude: true` drops the page.
 * Globs match the page's path relative to the docs folder. Pure.
 */
export function applyOverrides(documents: readonly Document[], overrides: readonly Override[] | undefined): OverrideResult {
  if (!overrides || overrides.length === 0) return { documents: [...documents], excluded: [] };
  const compiled = overrides.map((override, index) => ({ override, index, matches: picomatch(override.files, { dot: true }) }));
  const result: OverrideResult = { documents: [], excluded: [] };
  for (const doc of documents) {
    const applicable = compiled.filter((entry) => entry.matches(doc.sourcePath));
    const excluding = applicable.find((entry) => entry.override.exclude === true);
    if (excluding) {
      result.excluded.push({ file: doc.sourcePath, reason: `excluded by overrides[${excluding.index}] (files: ${excluding.override.files.join(", ")})` });
    } else {
      result.documents.push(applicable.length === 0 ? doc : withOverrides(doc, applicable.map((entry) => entry.override)));
    }
  }
  return result;
}

/** Later overrides win over earlier ones; the page's own frontmatter wins over all of them. */
function withOverrides(doc: Document, overrides: Override[]): Document {
  const fromOverrides: Record<string, unknown> = {};
  for (const override of overrides) {
    Object.assign(fromOverrides, override.metadata ?? {});
    if (override.type !== undefined) fromOverrides.type = override.type;
  }
  const tags = normalizeTags([...doc.tags, ...overrides.flatMap((override) => override.tags ?? [])]).tags;
  return { ...doc, tags, metadata: { ...fromOverrides, ...doc.metadata } };
}
