import type { CommitStamp, Provenance } from "./target.js";

/**
 * Shape check for a provenance read back from a target (marker metadata, state entry, store
 * index). Anything malformed counts as absent: the record is then planned by full derivation and
 * never guarded against rollback, which is safe, never wrong. A malformed optional list (`page`,
 * `includes`, `siblings`, `groups`) is dropped; without them the incremental planner still
 * re-derives the record, never trusts it wrongly.
 */
export function readProvenance(value: unknown): Provenance | undefined {
  if (!isObject(value)) return undefined;
  const { sources, derivation, commit, page, includes, siblings, groups } = value;
  if (!isObject(sources) || typeof derivation !== "string" || !allStrings(sources)) return undefined;
  // Read for every record of every run: the checked values are kept as they are, not copied.
  const read: Provenance = { sources: sources as Record<string, string>, derivation };
  const stamp = readCommit(commit);
  if (stamp) read.commit = stamp;
  if (typeof page === "string") read.page = page;
  if (isStringList(includes)) read.includes = includes;
  if (isStringList(siblings)) read.siblings = siblings;
  if (isStringList(groups)) read.groups = groups;
  return read;
}

function allStrings(record: Record<string, unknown>): boolean {
  for (const key in record) if (typeof record[key] !== "string") return false;
  return true;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function readCommit(value: unknown): CommitStamp | undefined {
  if (!isObject(value)) return undefined;
  const { sha, time } = value;
  if (typeof sha !== "string" || typeof time !== "number" || !Number.isFinite(time)) return undefined;
  return { sha, time };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The file a record's own document came from: `page`, else the only key of `sources`; undefined when it cannot tell. */
export function pageOfProvenance(provenance: Provenance): string | undefined {
  if (provenance.page !== undefined) return provenance.sources[provenance.page] === undefined ? undefined : provenance.page;
  const paths = Object.keys(provenance.sources);
  return paths.length === 1 ? paths[0] : undefined;
}
