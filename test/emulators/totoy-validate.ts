/**
 * Request bodies checked against T-OAS 1.1.3 (`CreateTextSourceRequest`, `ModifyTextSourceRequest`,
 * `AddKnowledgeBaseSource(s)Request`: every one `additionalProperties: false`), plus the contract
 * notes' working assumptions (INF): text of 1..1,000,000 code points, an absolute http(s)
 * backlink, RFC 3339 dates with a zone and `valid_until` after `valid_from`, metadata values that
 * are strings, numbers or booleans of bounded length.
 */
import { ID_PATTERNS } from "./totoy-ids.js";

interface Rule {
  type: "string" | "object" | "array";
  nullable?: boolean;
  check?: (value: never, limits: BodyLimits) => string | undefined;
}

/** Limits the emulator was started with. */
export interface BodyLimits {
  /** Longest custom_metadata value and key (INF). */
  metadataValueChars: number;
}

export type Checked = { ok: true; body: Record<string, unknown> } | { ok: false; detail: string };

const maxChars = (max: number) => (value: string) => (value.length > max ? `is ${value.length} characters long; at most ${max} are allowed` : undefined);

const text = (value: string) => {
  const length = [...value].length;
  if (length === 0) return "is empty; a text Source needs at least one character";
  return length > 1_000_000 ? `is ${length} characters long; text Sources can be up to 1000000 characters long` : undefined;
};

const backlink = (value: string) => maxChars(512)(value) ?? (/^https?:\/\/[^\s/]+/.test(value) ? undefined : "is not an absolute http(s) URL");

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const dateTime = (value: string) => (RFC3339.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : "is not an RFC 3339 date-time with a time zone");

const projectId = (value: string) => (ID_PATTERNS.project.test(value) ? undefined : "does not match ^pj_[a-zA-Z0-9]{25}$");

function metadata(value: Record<string, unknown>, limits: BodyLimits): string | undefined {
  const entries = Object.entries(value);
  if (entries.length > 10) return `has ${entries.length} properties; at most 10 key-value pairs are allowed`;
  for (const [key, item] of entries) {
    if (key.length === 0 || key.length > limits.metadataValueChars) return `has a key of ${key.length} characters; 1 to ${limits.metadataValueChars} are allowed`;
    if (!["string", "number", "boolean"].includes(typeof item)) return `.${key} is ${item === null ? "null" : typeof item}; values must be strings, numbers or booleans`;
    if (typeof item === "string" && item.length > limits.metadataValueChars) return `.${key} is ${item.length} characters long; at most ${limits.metadataValueChars} are allowed`;
  }
  return undefined;
}

const SOURCE_FIELDS: Record<string, Rule> = {
  title: { type: "string", check: maxChars(512) },
  backlink: { type: "string", check: backlink },
  valid_from: { type: "string", nullable: true, check: dateTime },
  valid_until: { type: "string", nullable: true, check: dateTime },
  project_id: { type: "string", nullable: true, check: projectId },
  custom_metadata: { type: "object", check: metadata },
};

/** `POST /sources` (JSON): `text_content` required; `title` nullable here. */
export const CREATE_TEXT = { name: "CreateTextSourceRequest", required: ["text_content"], fields: { ...SOURCE_FIELDS, text_content: { type: "string", check: text }, title: { ...SOURCE_FIELDS.title!, nullable: true } } } as const;

/** `PATCH /sources/{id}` (JSON): every field optional; `title` and `backlink` not nullable. */
export const MODIFY_TEXT = { name: "ModifyTextSourceRequest", required: [], fields: { ...SOURCE_FIELDS, text_content: { type: "string", check: text } } } as const;

export interface BodySchema {
  name: string;
  required: readonly string[];
  fields: Record<string, Rule>;
}

/** The body checked against one schema; the first problem found, naming the field. */
export function checkBody(body: unknown, schema: BodySchema, limits: BodyLimits): Checked {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, detail: `the body must be a JSON object (${schema.name})` };
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in schema.fields)) return { ok: false, detail: `unknown field "${key}": ${schema.name} allows only ${Object.keys(schema.fields).join(", ")}` };
  }
  for (const key of schema.required) if (record[key] === undefined) return { ok: false, detail: `"${key}" is required (${schema.name})` };
  for (const [key, rule] of Object.entries(schema.fields)) {
    const problem = fieldProblem(record[key], rule, limits);
    if (problem) return { ok: false, detail: `"${key}"${problem.startsWith(".") ? "" : " "}${problem}` };
  }
  const from = record.valid_from;
  const until = record.valid_until;
  if (typeof from === "string" && typeof until === "string" && Date.parse(until) <= Date.parse(from)) {
    return { ok: false, detail: `"valid_until" (${until}) must be later than "valid_from" (${from})` };
  }
  return { ok: true, body: record };
}

function fieldProblem(value: unknown, rule: Rule, limits: BodyLimits): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return rule.nullable ? undefined : "must not be null";
  const actual = Array.isArray(value) ? "array" : typeof value;
  if (actual !== rule.type) return `must be ${rule.type === "object" ? "an object" : `a ${rule.type}`}, not ${actual}`;
  return rule.check?.(value as never, limits);
}

/** `POST /knowledge-bases/{id}/sources`: exactly one of `{source_id}` and `{source_ids: [...]}` (oneOf). */
export function checkLinkBody(body: unknown): { ok: true; ids: string[]; single: boolean } | { ok: false; detail: string } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, detail: "the body must be a JSON object" };
  const keys = Object.keys(body);
  const record = body as Record<string, unknown>;
  if (keys.length === 1 && keys[0] === "source_id" && typeof record.source_id === "string") {
    return ID_PATTERNS.source.test(record.source_id) ? { ok: true, ids: [record.source_id], single: true } : { ok: false, detail: `"source_id" does not match ^src_[a-zA-Z0-9]{25}$` };
  }
  if (keys.length !== 1 || keys[0] !== "source_ids" || !Array.isArray(record.source_ids)) {
    return { ok: false, detail: 'expected exactly one of {"source_id": …} (AddKnowledgeBaseSourceRequest) or {"source_ids": […]} (AddKnowledgeBaseSourcesRequest)' };
  }
  const ids = record.source_ids as unknown[];
  if (ids.length === 0 || ids.length > 1500) return { ok: false, detail: `"source_ids" has ${ids.length} items; 1 to 1500 are allowed` };
  const bad = ids.find((id) => typeof id !== "string" || !ID_PATTERNS.source.test(id));
  if (bad !== undefined) return { ok: false, detail: `"source_ids" holds ${JSON.stringify(bad)}, which does not match ^src_[a-zA-Z0-9]{25}$` };
  if (new Set(ids).size !== ids.length) return { ok: false, detail: `"source_ids" names a Source twice` };
  return { ok: true, ids: ids as string[], single: false };
}
