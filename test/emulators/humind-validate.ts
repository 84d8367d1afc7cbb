/**
 * The Knowledge schema (DOC HM-KN) for POST/PUT/PATCH bodies and batch items. INF choices:
 * a field that belongs to another type (e.g. `content` on an article) is rejected rather than
 * ignored; other unknown fields and read-only fields are ignored; `external_id` ≤ 255 chars.
 */
import {
  Issues,
  LANG_PATTERN,
  optionalBoolean,
  optionalEnum,
  optionalIsoDate,
  optionalString,
  requiredString,
  tagList,
  type Issue,
} from "./humind-fields.js";
import { ENTRY_STATUSES, ENTRY_TYPES, TYPE_FIELDS, TYPED_FIELDS, type EntryFields, type EntryType } from "./humind-model.js";
import { sanitizeHumindHtml } from "./humind-sanitize.js";
import { validateTranslations } from "./humind-translation-fields.js";

export const EXTERNAL_ID_MAX = 255;
export const MIME_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
  "text/plain",
  "text/markdown",
  "text/html",
  "application/rtf",
];

/** Why a body was refused: 400 `validation_failed` with issues, or 422 `tag_resolution_failed`. */
export interface Rejection {
  status: number;
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** A valid body; `status` is undefined when the body did not set it (the caller decides). */
export type ValidEntry = Omit<EntryFields, "status"> & { status: EntryFields["status"] | undefined; external_id: string | undefined };

export type Validated = { ok: true; value: ValidEntry } | { ok: false; rejection: Rejection };

export function invalidPayload(issues: Issue[]): Rejection {
  return { status: 400, code: "validation_failed", message: "Invalid knowledge payload.", details: { issues } };
}

export function validateEntry(raw: unknown): Validated {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, rejection: invalidPayload([{ path: [], message: "Expected object", code: "invalid_type" }]) };
  }
  const body = raw as Record<string, unknown>;
  const issues = new Issues();
  const type = optionalEnum(body, "type", ENTRY_TYPES, issues) ?? (body.type === undefined || body.type === null ? issues.add(["type"], "Required") : undefined);
  const value = commonFields(body, issues);
  if (type === undefined || !issues.ok || value === undefined) return { ok: false, rejection: invalidPayload(issues.list) };
  const typed = typedFields(body, type, issues);
  const translations = validateTranslations(body.translations, type, issues);
  checkStatusForType(value.status, type, issues);
  if (!issues.ok) return { ok: false, rejection: invalidPayload(issues.list) };
  const emptyTag = value.tags.find((tag) => tag.trim() === "");
  if (emptyTag !== undefined) {
    return { ok: false, rejection: { status: 422, code: "tag_resolution_failed", message: "A tag name could not be resolved.", details: { tag: emptyTag } } };
  }
  return { ok: true, value: { ...value, ...typed, type, translations } };
}

function commonFields(body: Record<string, unknown>, issues: Issues) {
  const external_id = body.external_id === undefined ? undefined : requiredString(body, "external_id", issues);
  if (external_id !== undefined && external_id.length > EXTERNAL_ID_MAX) {
    issues.add(["external_id"], `String must contain at most ${EXTERNAL_ID_MAX} character(s)`, "too_big");
  }
  const title = requiredString(body, "title", issues);
  const fields = {
    external_id,
    tags: tagList(body, issues),
    is_available_for_ai_agent: optionalBoolean(body, "is_available_for_ai_agent", true, issues),
    status: optionalEnum(body, "status", ENTRY_STATUSES, issues),
    active_from: optionalIsoDate(body, "active_from", issues),
    active_until: optionalIsoDate(body, "active_until", issues),
    default_language: optionalString(body, "default_language", issues, { pattern: LANG_PATTERN }),
  };
  if (fields.active_from && fields.active_until && Date.parse(fields.active_from) > Date.parse(fields.active_until)) {
    issues.add(["active_until"], "active_until must not be earlier than active_from", "custom");
  }
  return title === undefined ? undefined : { ...fields, title };
}

type TypedFields = Pick<EntryFields, "content" | "content_html" | "excerpt" | "slug" | "url" | "original_filename" | "mime_type">;
const NO_TYPED_FIELDS: TypedFields = { content: null, content_html: null, excerpt: null, slug: null, url: null, original_filename: null, mime_type: null };

function typedFields(body: Record<string, unknown>, type: EntryType, issues: Issues): TypedFields {
  for (const name of TYPED_FIELDS) {
    if (!TYPE_FIELDS[type].includes(name) && body[name] !== undefined && body[name] !== null) {
      issues.add([name], `${name} is not allowed for type '${type}'`, "unrecognized_keys");
    }
  }
  const html = (required: boolean) => {
    const value = required ? requiredString(body, "content_html", issues) ?? null : optionalString(body, "content_html", issues);
    return value === null ? null : sanitizeHumindHtml(value);
  };
  if (type === "snippet") return { ...NO_TYPED_FIELDS, content: requiredString(body, "content", issues) ?? null };
  if (type === "article") {
    const excerpt = optionalString(body, "excerpt", issues, { max: 500 });
    const slug = optionalString(body, "slug", issues, { max: 255, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ });
    return { ...NO_TYPED_FIELDS, content_html: html(true), excerpt, slug };
  }
  if (type === "webpage") {
    const url = requiredString(body, "url", issues);
    if (url !== undefined && !/^https?:\/\/[^\s/]+/i.test(url)) issues.add(["url"], "Invalid url", "invalid_string");
    return { ...NO_TYPED_FIELDS, url: url ?? null, content_html: html(false) };
  }
  return { ...NO_TYPED_FIELDS, original_filename: fileName(body, issues), mime_type: mimeType(body, issues) };
}

/** DOC: directory parts, control characters and `.`/`..` segments are stripped; 1–255 chars remain. */
function fileName(body: Record<string, unknown>, issues: Issues): string | null {
  const raw = requiredString(body, "original_filename", issues);
  if (raw === undefined) return null;
  // eslint-disable-next-line no-control-regex -- DOC: control characters are stripped from file names
  const base = raw.replace(/[\u0000-\u001f\u007f]/g, "").split(/[/\\]/).filter((part) => part !== "." && part !== "..").pop() ?? "";
  if (base.length < 1 || base.length > 255) return issues.add(["original_filename"], "Invalid file name", "invalid_string") ?? null;
  return base;
}

function mimeType(body: Record<string, unknown>, issues: Issues): string | null {
  const value = requiredString(body, "mime_type", issues);
  if (value !== undefined && !MIME_TYPES.includes(value)) return issues.add(["mime_type"], "Unsupported mime_type", "invalid_enum_value") ?? null;
  return value ?? null;
}

/** DOC: `queued`/`failed` are reserved for webpage fetches. */
function checkStatusForType(status: string | undefined, type: EntryType, issues: Issues): void {
  if ((status === "queued" || status === "failed") && type !== "webpage") {
    issues.add(["status"], `status '${status}' is reserved for webpage entries`, "invalid_enum_value");
  }
}
