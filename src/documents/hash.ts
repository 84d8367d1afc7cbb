import * as crypto from "node:crypto";
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

// `crypto.hash` (Node 20.12+) hashes in one call, without a Hash object per input.
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: "hex") => string }).hash;

/** sha256 (hex) of a string's UTF-8 bytes. */
export function sha256(text: string): string {
  return oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
}

/** sha256 (hex) of raw bytes, e.g. a source file as read. */
export function sha256Bytes(bytes: Uint8Array): string {
  return oneShot ? oneShot("sha256", bytes, "hex") : crypto.createHash("sha256").update(bytes).digest("hex");
}

/**
 * The fingerprint of exactly what a target receives: a full hash plus a short digest per field.
 * The formula is pinned by hash.test.ts: `hash` is sha256 of `canonicalJson({ v, payload })`,
 * each part sha256 of `canonicalJson(field)`. Each field is serialised once and the whole is
 * assembled from those pieces, which is byte for byte what canonicalJson of the whole gives
 * (keys sorted, undefined members dropped; the parts are keyed in plain sorted order).
 */
export function fingerprintOf(payload: Record<string, unknown>): Fingerprint {
  const parts: Record<string, string> = {};
  // The whole is hashed piece by piece: no second copy of the page text is built for it.
  const whole = crypto.createHash("sha256").update('{"payload":{');
  let first = true;
  for (const key of serialisationOrder(Object.keys(payload).sort())) {
    if (payload[key] === undefined) continue;
    const json = canonicalJson(payload[key]);
    // A member JSON cannot express (a function) is dropped from the whole, as JSON.stringify does.
    if (json === undefined) continue;
    parts[key] = sha256(json).slice(0, 12);
    whole.update(`${first ? "" : ","}${JSON.stringify(key)}:`).update(json);
    first = false;
  }
  whole.update(`},"v":${JSON.stringify(HASH_SCHEMA_VERSION)}}`);
  return { hash: whole.digest("hex"), parts };
}

/**
 * The order JSON.stringify writes an object's keys in: array-index keys ("2", "10") first in
 * numeric order, whatever order they were inserted in, then the others as inserted.
 */
function serialisationOrder(sorted: string[]): string[] {
  const indexes = sorted.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return indexes.length === 0 ? sorted : [...indexes, ...sorted.filter((key) => !isArrayIndex(key))];
}

function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}
