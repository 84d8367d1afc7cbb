import type { Random } from "./prng.js";

/**
 * 24-hex ids shaped like MongoDB ObjectIds (DOC: `humind_id` is one): 4 bytes of seconds, 5 bytes
 * fixed per emulator, a 3-byte counter. Sorting them sorts by creation, which cursors rely on.
 */
export function createObjectIds(random: Random, now: () => number): () => string {
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join("");
  const instance = hex(10);
  let counter = Math.floor(random() * 0x7fffff);
  return () => {
    counter = (counter + 1) % 0x1000000;
    const seconds = Math.floor(now() / 1000).toString(16).padStart(8, "0").slice(-8);
    return `${seconds}${instance}${counter.toString(16).padStart(6, "0")}`;
  };
}
