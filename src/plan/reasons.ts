import type { Fingerprint, RemoteRecord } from "../targets/target.js";

/** Fixed reason texts, shared by the plan and its tests so wording changes in one place. */
export const REASONS = {
  created: "new file",
  restored: "restored (file is back)",
  noStoredHash: "no stored hash (state unknown)",
  readopted: "state lost; re-adopted (compared by content)",
  drift: "edited outside kb-publish (drift)",
  format: "format changed (hash schema or payload shape)",
  removed: "file removed",
} as const;

/** Well-known payload fields, listed first and in this order; any other field follows by name. */
const PART_ORDER = ["content", "title", "tags", "metadata", "translations"];

/** The reason for one changed payload field: "content changed", "lang changed", ... */
export function partReason(key: string): string {
  return `${key} changed`;
}

/**
 * Why an owned remote record must be rewritten for a document with fingerprint `local`;
 * empty when it is unchanged. Foreign records never reach this function; an adoptable one (ownership
 * unknown) is unchanged only when its fingerprint, computed from the stored content, matches.
 */
export function updateReasons(local: Fingerprint, remote: RemoteRecord): string[] {
  if (!remote.owned) return adoptionReasons(local, remote);
  if (remote.state === "tombstoned") return [REASONS.restored];
  if (!remote.fingerprint) return [REASONS.noStoredHash];
  const drift = remote.drifted === true ? [REASONS.drift] : [];
  if (remote.fingerprint.hash === local.hash) return drift;
  const changed = changedParts(local.parts, remote.fingerprint.parts);
  const reasons = changed.length > 0 ? changed.map(partReason) : [REASONS.format];
  return [...reasons, ...drift];
}

/** An adoptable record (ownership unknown) is rewritten unless its content-derived fingerprint matches. */
function adoptionReasons(local: Fingerprint, remote: RemoteRecord): string[] {
  if (remote.state === "tombstoned") return [REASONS.restored, REASONS.readopted];
  return remote.fingerprint?.hash === local.hash ? [] : [REASONS.readopted];
}

/**
 * Payload fields whose digest differs, including fields added or removed. Empty when the
 * remote parts are missing (older state) or all equal, so the caller falls back to "format changed".
 */
export function changedParts(local: Record<string, string>, remote: Record<string, string> | undefined): string[] {
  if (!remote || Object.keys(remote).length === 0) return [];
  const keys = new Set([...Object.keys(local), ...Object.keys(remote)]);
  const changed = [...keys].filter((key) => local[key] !== remote[key]);
  return changed.sort(byKnownOrder);
}

function byKnownOrder(a: string, b: string): number {
  const rankA = rank(a);
  const rankB = rank(b);
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

function rank(key: string): number {
  const index = PART_ORDER.indexOf(key);
  return index === -1 ? PART_ORDER.length : index;
}
