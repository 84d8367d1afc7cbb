import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);

// src/documents/json-safe.ts
function toJsonSafe(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return dateToString(value);
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value instanceof Map) return toJsonSafe(Object.fromEntries(value));
  if (value instanceof Set) return [...value].map(toJsonSafe);
  if (typeof value === "object") return plainObject(value);
  return null;
}
function plainObject(source) {
  const entries = Object.keys(source).filter((key) => key !== "__proto__").map((key) => [key, toJsonSafe(source[key])]);
  return Object.fromEntries(entries);
}
function dateToString(date) {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString();
}

export {
  toJsonSafe,
  plainObject
};
