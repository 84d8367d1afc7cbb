import { normalizeTags } from "./tags.js";

/** Frontmatter keys kb-publish understands, taken out of the data; the rest is metadata. */
export interface PageFields {
  explicitId?: string;
  title?: string;
  tags: string[];
  description?: string;
  lang?: string;
  metadata: Record<string, unknown>;
}

/** A problem with one frontmatter key; the caller turns it into a diagnostic with a line. */
export interface FieldProblem {
  key: string;
  message: string;
}

export type FieldsOutcome =
  | { ok: true; fields: PageFields; warnings: FieldProblem[] }
  | { ok: false; problem: FieldProblem };

/** Keys that say which language a page is in, in order of precedence. */
export const LANGUAGE_KEYS = ["lang", "language", "locale"] as const;

/** Why a page is not published (`draft: true` or `published: false`), or undefined. */
export function exclusionReason(data: Record<string, unknown>): string | undefined {
  if (isFlag(data.draft, true)) return "draft: true in frontmatter";
  if (isFlag(data.published, false)) return "published: false in frontmatter";
  return undefined;
}

function isFlag(value: unknown, flag: boolean): boolean {
  return value === flag || (typeof value === "string" && value.trim().toLowerCase() === String(flag));
}

/** Splits frontmatter data into the fields a Document has and the metadata it keeps. */
export function extractFields(data: Record<string, unknown>, idKey: string): FieldsOutcome {
  const warnings: FieldProblem[] = [];
  const consumed = new Set<string>([idKey, "title", "tags", "description", "draft", "published"]);
  const id = explicitIdOf(data[idKey], idKey);
  if (typeof id === "object") return { ok: false, problem: id };

  const title = textField(data, "title", warnings);
  const description = textField(data, "description", warnings);
  const { tags, ignored } = normalizeTags(data.tags);
  if (ignored.length > 0) {
    warnings.push({ key: "tags", message: `tags contain ${ignored.length} non-text value(s) ${JSON.stringify(ignored)}; expected text; ignored` });
  }
  const langKey = LANGUAGE_KEYS.find((key) => data[key] !== undefined && data[key] !== null);
  const lang = langKey === undefined ? undefined : languageField(data, langKey, warnings);
  if (langKey !== undefined) consumed.add(langKey);

  const metadata = Object.fromEntries(Object.entries(data).filter(([key]) => !consumed.has(key)));
  const fields: PageFields = { tags, metadata };
  if (id !== undefined) fields.explicitId = id;
  if (title) fields.title = title;
  if (description) fields.description = description;
  if (lang) fields.lang = lang;
  return { ok: true, fields, warnings };
}

function explicitIdOf(value: unknown, key: string): string | FieldProblem | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && value.length > 0) return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const found = typeof value === "string" ? "an empty string" : JSON.stringify(value);
  return { key, message: `frontmatter "${key}" is ${found}; expected a non-empty text id (or no "${key}" key)` };
}

function textField(data: Record<string, unknown>, key: string, warnings: FieldProblem[]): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "object") {
    warnings.push({ key, message: `frontmatter "${key}" is ${JSON.stringify(value)}; expected text; ignored` });
    return undefined;
  }
  return String(value).trim() || undefined;
}

function languageField(data: Record<string, unknown>, key: string, warnings: FieldProblem[]): string | undefined {
  const written = textField(data, key, warnings);
  if (written === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(written.replaceAll("_", "-"))[0];
  } catch {
    warnings.push({ key, message: `frontmatter "${key}" is "${written}"; expected a language tag such as en, fr or pt-BR; ignored` });
    return undefined;
  }
}
