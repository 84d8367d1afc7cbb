import type { Provenance } from "../target.js";
import type { StateEntry } from "./state-format.js";

/**
 * Reads the rows of a state v2 shard (layout in state-v2.ts). Checked as it is decoded, in one
 * pass with no intermediate objects (it runs for every entry of every run, before V8 has
 * optimised it: indexed reads, no closures or destructuring per row); any malformed row makes
 * the whole shard untrusted (undefined).
 */
export function entriesV2(shard: Record<string, unknown>): Record<string, StateEntry> | undefined {
  const { table, layouts, rows } = shard;
  if (!isStringList(table) || !Array.isArray(layouts) || !layouts.every(isStringList) || !Array.isArray(rows)) return undefined;
  const entries: Record<string, StateEntry> = {};
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || typeof row[0] !== "string" || row.length > 5) return undefined;
    const entry = entryOf(row, table, layouts as string[][]);
    if (!entry) return undefined;
    entries[row[0]] = entry;
  }
  return entries;
}

/** A cell's string: itself, or the table's string at its index; undefined when it is neither. */
function valueOf(cell: unknown, table: string[]): string | undefined {
  return typeof cell === "string" ? cell : typeof cell === "number" ? table[cell] : undefined;
}

/** The entry of a row whose cells are each absent, null (left unset) or well formed; undefined when one is malformed. */
function entryOf(row: unknown[], table: string[], layouts: string[][]): StateEntry | undefined {
  const entry: StateEntry = {};
  if (isSet(row[1])) {
    entry.hash = valueOf(row[1], table);
    if (entry.hash === undefined) return undefined;
  }
  if (isSet(row[2])) {
    entry.updatedAt = valueOf(row[2], table);
    if (entry.updatedAt === undefined) return undefined;
  }
  if (isSet(row[3])) {
    entry.parts = partsOf(row[3], table, layouts);
    if (entry.parts === undefined) return undefined;
  }
  if (isSet(row[4])) {
    entry.provenance = provenanceOf(row[4], table);
    if (entry.provenance === undefined) return undefined;
  }
  return entry;
}

function isSet(cell: unknown): boolean {
  return cell !== undefined && cell !== null;
}

function partsOf(cell: unknown, table: string[], layouts: string[][]): Record<string, string> | undefined {
  if (!Array.isArray(cell)) return undefined;
  const names = layouts[cell[0] as number];
  if (!names || cell.length !== names.length + 1) return undefined;
  const parts: Record<string, string> = {};
  for (let i = 0; i < names.length; i++) {
    const value = valueOf(cell[i + 1], table);
    if (value === undefined) return undefined;
    parts[names[i]!] = value;
  }
  return parts;
}

function provenanceOf(cell: unknown, table: string[]): Provenance | undefined {
  if (!isObject(cell) || !isObject(cell.s)) return undefined;
  const derivation = valueOf(cell.d, table);
  const sources = sourcesOf(cell.s, table);
  if (derivation === undefined || sources === undefined) return undefined;
  const provenance: Provenance = { sources, derivation };
  const commit = cell.c;
  const page = cell.p;
  if (commit !== undefined) {
    const sha = Array.isArray(commit) ? valueOf(commit[0], table) : undefined;
    const time: unknown = Array.isArray(commit) ? commit[1] : undefined;
    if (sha === undefined || typeof time !== "number" || !Number.isFinite(time)) return undefined;
    provenance.commit = { sha, time };
  }
  if (page !== undefined) {
    if (typeof page !== "string") return undefined;
    provenance.page = page;
  }
  for (let i = 0; i < LISTS.length; i++) {
    const list = cell[LISTS[i]![0]];
    if (list === undefined) continue;
    if (!isStringList(list)) return undefined;
    provenance[LISTS[i]![1]] = list;
  }
  return provenance;
}

/** The provenance lists, by their key in a cell. */
const LISTS = [
  ["i", "includes"],
  ["x", "siblings"],
  ["g", "groups"],
] as const;

/** The parsed object itself when every value is inline (the common case: source hashes are rarely shared), else a resolved copy. */
function sourcesOf(cell: Record<string, unknown>, table: string[]): Record<string, string> | undefined {
  let resolved: Record<string, string> | undefined;
  for (const path in cell) {
    const raw = cell[path];
    if (typeof raw === "string" && !resolved) continue;
    const value = valueOf(raw, table);
    if (value === undefined) return undefined;
    resolved ??= copyStrings(cell, path);
    resolved[path] = value;
  }
  return resolved ?? (cell as Record<string, string>);
}

/** The members of `cell` before `stop` (all strings, already checked). */
function copyStrings(cell: Record<string, unknown>, stop: string): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const path in cell) {
    if (path === stop) break;
    copy[path] = cell[path] as string;
  }
  return copy;
}

function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
