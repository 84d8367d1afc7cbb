import type { Random } from "./prng.js";

/** T-OAS id formats. */
export const ID_PATTERNS = {
  source: /^src_[a-zA-Z0-9]{25}$/,
  knowledgeBase: /^kb_[a-zA-Z0-9]{25}$/,
  project: /^pj_[a-zA-Z0-9]{25}$/,
} as const;

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** `<prefix>_` + 25 letters and digits drawn from `random`, so one seed replays the same ids. */
export function newId(prefix: "src" | "kb" | "pj", random: Random): string {
  return `${prefix}_${Array.from({ length: 25 }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join("")}`;
}
