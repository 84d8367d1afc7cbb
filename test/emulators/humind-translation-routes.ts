/**
 * `PUT|DELETE /knowledge/{id}/translations/{lang}` (DOC HM-KN). INF order of checks: the
 * `{lang}` format (422 `invalid_lang_format`) before the entry lookup (404), then the body:
 * a field of the wrong type is 422, an empty or malformed body is 400 (codes INF: `validation_failed`).
 */
import { entryOf, objectBody, type RouteContext, type RouteHandler } from "./humind-context.js";
import { Issues, LANG_PATTERN } from "./humind-fields.js";
import { toApiEntry } from "./humind-model.js";
import { translationFields } from "./humind-translation-fields.js";
import type { EmulatorResponse } from "./http-util.js";

function langOf(context: RouteContext): { lang: string } | { response: EmulatorResponse } {
  let lang = context.params.lang ?? "";
  try {
    lang = decodeURIComponent(lang);
  } catch {
    // left encoded: it then fails the pattern below
  }
  if (LANG_PATTERN.test(lang)) return { lang };
  const message = `Invalid language "${lang}": expected ^[a-z]{2}(-[A-Z]{2})?$, e.g. en, fr, pt-BR`;
  return { response: context.deps.fail(422, "invalid_lang_format", message, { field: "lang" }) };
}

export const putTranslation: RouteHandler = (context) => {
  const lang = langOf(context);
  if ("response" in lang) return lang.response;
  const found = entryOf(context);
  if ("response" in found) return found.response;
  const body = objectBody(context);
  if ("response" in body) return body.response;
  const issues = new Issues();
  const fields = translationFields(body.body, found.entry.type, issues);
  if (!issues.ok) {
    const wrongField = issues.list.some((issue) => issue.code === "wrong_field_for_type");
    return context.deps.fail(wrongField ? 422 : 400, "validation_failed", "Invalid translation payload.", { issues: issues.list });
  }
  if (Object.keys(fields).length === 0) {
    const issue = { path: [], message: "The body must contain at least one localized field", code: "too_small" };
    return context.deps.fail(400, "validation_failed", "Invalid translation payload.", { issues: [issue] });
  }
  context.deps.store.putTranslation(found.entry, lang.lang, fields);
  return { status: 200, body: toApiEntry(found.entry) };
};

/** Idempotent: a locale that does not exist is a no-op, still 204 (DOC). */
export const deleteTranslation: RouteHandler = (context) => {
  const lang = langOf(context);
  if ("response" in lang) return lang.response;
  const found = entryOf(context);
  if ("response" in found) return found.response;
  context.deps.store.deleteTranslation(found.entry, lang.lang);
  return { status: 204 };
};
