import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);

// src/documents/hash.ts
import * as crypto from "node:crypto";
var HASH_SCHEMA_VERSION = 1;
function canonicalJson(value) {
  return JSON.stringify(sortKeysDeep(value));
}
function sortKeysDeep(value) {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
      const member = value[key];
      if (member !== void 0) sorted[key] = sortKeysDeep(member);
    }
    return sorted;
  }
  return value;
}
var oneShot = crypto.hash;
function sha256(text) {
  return oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
}
function sha256Bytes(bytes) {
  return oneShot ? oneShot("sha256", bytes, "hex") : crypto.createHash("sha256").update(bytes).digest("hex");
}
function fingerprintOf(payload) {
  const parts = {};
  const whole = crypto.createHash("sha256").update('{"payload":{');
  let first = true;
  for (const key of serialisationOrder(Object.keys(payload).sort())) {
    if (payload[key] === void 0) continue;
    const json = canonicalJson(payload[key]);
    if (json === void 0) continue;
    parts[key] = sha256(json).slice(0, 12);
    whole.update(`${first ? "" : ","}${JSON.stringify(key)}:`).update(json);
    first = false;
  }
  whole.update(`},"v":${JSON.stringify(HASH_SCHEMA_VERSION)}}`);
  return { hash: whole.digest("hex"), parts };
}
function serialisationOrder(sorted) {
  const indexes = sorted.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return indexes.length === 0 ? sorted : [...indexes, ...sorted.filter((key) => !isArrayIndex(key))];
}
function isArrayIndex(key) {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

export {
  HASH_SCHEMA_VERSION,
  canonicalJson,
  sha256,
  sha256Bytes,
  fingerprintOf
};
