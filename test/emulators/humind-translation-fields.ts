/** Embedded `translations[]` and the body of `PUT /knowledge/{id}/translations/{lang}` (DOC HM-KN). */
import { LANG_PATTERN, type Issues } from "./humind-fields.js";
import type { EntryType, Translation } from "./humind-model.js";
import { sanitizeHumindHtml } from "./humind-sanitize.js";

/** The localized body field each type accepts; file entries only localize `title` (INF). */
export const TRANSLATION_BODY_FIELD: Record<EntryType, "content" | "content_html" | undefined> = {
  snippet: "content",
  article: "content_html",
  webpage: "content_html",
  file: undefined,
};
const BODY_FIELDS = ["content", "content_html"] as const;

/** The fields of one locale present in `raw` (title, plus the body field of the type), sanitized. */
export function translationFields(
  raw: Record<string, unknown>,
  type: EntryType,
  issues: Issues,
  path: (string | number)[] = [],
): Omit<Translation, "language"> {
  const out: Omit<Translation, "language"> = {};
  const field = TRANSLATION_BODY_FIELD[type];
  for (const name of ["title", ...BODY_FIELDS] as const) {
    const value = raw[name];
    if (value === undefined || value === null) continue;
    if (name !== "title" && name !== field) {
      issues.add([...path, name], `${name} is not allowed on a translation of type '${type}'`, "wrong_field_for_type");
    } else if (typeof value !== "string" || value === "") {
      issues.add([...path, name], "Expected non-empty string");
    } else {
      out[name] = name === "content_html" ? sanitizeHumindHtml(value) : value;
    }
  }
  return out;
}

/** Embedded translations: one object per language, each with at least one field (INF, as the sub-resource). */
export function validateTranslations(raw: unknown, type: EntryType, issues: Issues): Translation[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return issues.add(["translations"], "Expected array") ?? [];
  const seen = new Set<string>();
  const out: Translation[] = [];
  raw.forEach((item: unknown, index) => {
    const path = ["translations", index];
    if (typeof item !== "object" || item === null || Array.isArray(item)) return issues.add(path, "Expected object");
    const record = item as Record<string, unknown>;
    const language = record.language;
    if (typeof language !== "string" || !LANG_PATTERN.test(language)) {
      return issues.add([...path, "language"], "language must match ^[a-z]{2}(-[A-Z]{2})?$", "invalid_lang_format");
    }
    if (seen.has(language)) return issues.add([...path, "language"], `Duplicate language '${language}'`, "custom");
    seen.add(language);
    const fields = translationFields(record, type, issues, path);
    if (Object.keys(fields).length === 0) return issues.add(path, "A translation needs at least one localized field", "custom");
    out.push({ language, ...fields });
  });
  return out;
}
