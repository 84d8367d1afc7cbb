/**
 * Item validation (DOC C-ITEMS shape; INF: unknown fields and `null` values are refused, like
 * the contract notes' working assumptions). Every message names the field as `items[i].field`.
 */
import type { ItemFields } from "./chatbot-model.js";

export const VISIBILITIES = ["public", "internal", "restricted", "disabled"] as const;
export const PUBLISH_TARGETS = ["public_widget", "internal_assistant"] as const;
const STRING_FIELDS = ["externalParentId", "externalVersion", "contentType", "sourceUrl"] as const;
const KNOWN = new Set(["externalItemId", "title", "content", "metadata", "visibility", "publishTarget", ...STRING_FIELDS]);

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One item body; `where` prefixes messages (e.g. `items[3]`). */
export function validateItem(value: unknown, where: string): Checked<ItemFields> {
  if (!isObject(value)) return { ok: false, message: `${where}: expected an object` };
  const unknown = Object.keys(value).find((key) => !KNOWN.has(key));
  if (unknown !== undefined) return { ok: false, message: `${where}.${unknown}: unknown field` };
  const nulled = Object.keys(value).find((key) => value[key] === null);
  if (nulled !== undefined) return { ok: false, message: `${where}.${nulled}: null is not allowed; omit the field` };
  const problem =
    requiredString(value, "externalItemId", 1024, where) ??
    requiredString(value, "title", 2048, where) ??
    (typeof value.content === "string" ? undefined : `${where}.content: required string`) ??
    STRING_FIELDS.map((field) => optionalString(value, field, 1024 * 1024, where)).find((m) => m !== undefined) ??
    (value.externalVersion !== undefined && String(value.externalVersion).length > 1024 ? `${where}.externalVersion: at most 1024 characters` : undefined) ??
    (value.metadata === undefined || isObject(value.metadata) ? undefined : `${where}.metadata: expected a JSON object`) ??
    oneOf(value, "visibility", VISIBILITIES, where) ??
    oneOf(value, "publishTarget", PUBLISH_TARGETS, where);
  if (problem !== undefined) return { ok: false, message: problem };
  return { ok: true, value: fieldsOf(value) };
}

function fieldsOf(value: Record<string, unknown>): ItemFields {
  const fields: ItemFields = {
    externalItemId: value.externalItemId as string,
    title: value.title as string,
    content: value.content as string,
    contentType: (value.contentType as string | undefined) ?? "text/markdown",
    visibility: (value.visibility as string | undefined) ?? "public",
    publishTarget: (value.publishTarget as string | undefined) ?? "public_widget",
  };
  for (const field of ["externalParentId", "externalVersion", "sourceUrl"] as const) {
    if (typeof value[field] === "string") fields[field] = value[field] as string;
  }
  if (isObject(value.metadata)) fields.metadata = structuredClone(value.metadata);
  return fields;
}

function requiredString(value: Record<string, unknown>, field: string, max: number, where: string): string | undefined {
  const text = value[field];
  if (typeof text !== "string" || text.trim() === "") return `${where}.${field}: required non-empty string`;
  return text.length > max ? `${where}.${field}: at most ${max} characters, got ${text.length}` : undefined;
}

function optionalString(value: Record<string, unknown>, field: string, max: number, where: string): string | undefined {
  const text = value[field];
  if (text === undefined) return undefined;
  if (typeof text !== "string") return `${where}.${field}: expected a string`;
  return text.length > max ? `${where}.${field}: at most ${max} characters` : undefined;
}

function oneOf(value: Record<string, unknown>, field: string, allowed: readonly string[], where: string): string | undefined {
  const text = value[field];
  if (text === undefined || allowed.includes(text as string)) return undefined;
  return `${where}.${field}: expected one of ${allowed.join(", ")}`;
}

/** `{ items: [...] }` with 1..`max` valid items and no id twice: every item checked before any is written. */
export function validateItemList(body: unknown, max: number): Checked<ItemFields[]> {
  if (!isObject(body) || !Array.isArray(body.items)) return { ok: false, message: "items: required array" };
  if (body.items.length === 0 || body.items.length > max) {
    return { ok: false, message: `items: expected 1 to ${max} items, got ${body.items.length}` };
  }
  const unknown = Object.keys(body).find((key) => key !== "items");
  if (unknown !== undefined) return { ok: false, message: `${unknown}: unknown field` };
  const items: ItemFields[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of body.items.entries()) {
    const checked = validateItem(raw, `items[${i}]`);
    if (!checked.ok) return checked;
    if (seen.has(checked.value.externalItemId)) return { ok: false, message: `items[${i}].externalItemId: appears twice in one request` };
    seen.add(checked.value.externalItemId);
    items.push(checked.value);
  }
  return { ok: true, value: items };
}
