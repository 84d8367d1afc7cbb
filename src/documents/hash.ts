import { createHash } from "node:crypto";
import type { Fingerprint } from "../targets/target.js";

/**
 * Bumped whenever the meaning of a payload changes without its bytes changing, so every
 * record is rewritten once instead of silently keeping a stale shape.
 */
export const HASH_SCHEMA_VERSION = 1;

/** JSON with object keys sorted at every depth; `undefined` members are dropped like JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeysDeep(member);
    }
    return sorted;
  }
  return value;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The fingerprint of exactly what a target receives: a full hash plus a short digest per field. */
export function fingerprintOf(payload: Record<string, unknown>): Fingerprint {
  const hash = sha256(canonicalJson({ v: HASH_SCHEMA_VERSION, payload }));
  const parts: Record<string, string> = {};
  for (const key of Object.keys(payload).sort()) {
    if (payload[key] !== undefined) parts[key] = sha256(canonicalJson(payload[key])).slice(0, 12);
  }
  return { hash, parts };
}
