/** Query and path parameters (DOC HM-KN): `force`, list `limit`/`type`/`cursor`, `{lang}`. */
import { ENTRY_TYPES, type EntryType } from "./humind-model.js";

export const LIST_LIMIT = { min: 1, max: 100, default: 50 } as const;

const TRUTHY = ["true", "1", "yes", "on"];
const FALSY = ["false", "0", "no", "off"];

/** true = hard delete, false = soft (also when omitted), undefined = invalid (→ 400). Any case. */
export function parseForce(raw: string | undefined): boolean | undefined {
  if (raw === undefined) return false;
  const value = raw.toLowerCase();
  if (TRUTHY.includes(value)) return true;
  return FALSY.includes(value) ? false : undefined;
}

export interface ListQuery {
  limit: number;
  type: EntryType | undefined;
  /** The humind_id the previous page ended with. */
  after: string | undefined;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

export function parseListQuery(query: Record<string, string>): Parsed<ListQuery> {
  const rawLimit = query.limit ?? String(LIST_LIMIT.default);
  const limit = /^\d+$/.test(rawLimit) ? Number(rawLimit) : NaN;
  if (!(limit >= LIST_LIMIT.min && limit <= LIST_LIMIT.max)) {
    return { ok: false, field: "limit", message: `Invalid limit "${rawLimit}": expected an integer from 1 to 100` };
  }
  const type = query.type;
  if (type !== undefined && !(ENTRY_TYPES as readonly string[]).includes(type)) {
    return { ok: false, field: "type", message: `Invalid type "${type}": expected one of ${ENTRY_TYPES.join(", ")}` };
  }
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (after === null) return { ok: false, field: "cursor", message: "Invalid cursor: pass next_cursor from the previous page unchanged" };
  return { ok: true, value: { limit, type: type as EntryType | undefined, after } };
}

/** Opaque to clients: base64url JSON `{id}`. null when it is not one of ours. */
function decodeCursor(cursor: string): string | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const id = (parsed as { id?: unknown } | null)?.id;
    return typeof id === "string" && /^[0-9a-f]{24}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}
