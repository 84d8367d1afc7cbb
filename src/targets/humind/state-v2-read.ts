import type { Provenance } from "../target.js";
import type { StateEntry } from "./state-format.js";

/**
 * Reads the rows of a state v2 shard (layout in state-v2.ts). Checked as it is decoded, in one
 * pass with no intermediate objects (it runs for every entry of every run); any malformed row
 * makes the whole shard untrusted (undefined).
 */
export function entriesV2(shard: Record<string, unknown>): Record<string, StateEntry> | undefined {
  const { table, layouts, rows } = shard;
  if (!isStringList(table) || !Array.isArray(layouts) || !layouts.every(isStringList) || !Array.isArray(rows)) return undefined;
  const entries: Record<string, StateEntry> = {};
  for (const row of rows) {
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

function entryOf(row: unknown[], table: string[], layouts: string[][]): StateEntry | undefined {
  const [, hash, updatedAt, parts, provenance] = row;
  const entry: StateEntry = {};
  const value = (cell: unknown) => valueOf(cell, table);
  const ok =
    setCell(entry, "hash", hash, value) &&
    setCell(entry, "updatedAt", updatedAt, value) &&
    setCell(entry, "parts", parts, (cell) => partsOf(cell, table, layouts)) &&
    setCell(entry, "provenance", provenance, (cell) => provenanceOf(cell, table));
  return ok ? entry : undefined;
}

/** Sets `entry[key]` from a cell (null or absent: left unset); false when the cell is malformed. */
function setCell<K extends keyof StateEntry>(entry: StateEntry, key: K, cell: unknown, decode: (cell: unknown) => StateEntry[K]): boolean {
  if (cell === undefined || cell === null) return true;
  const decoded = decode(cell);
  if (decoded === undefined) return false;
  entry[key] = decoded;
  return true;
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
  const { c: commit, p: page, i: includes, x: siblings, g: groups } = cell;
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
  for (const [key, list] of [["includes", includes], ["siblings", siblings], ["groups", groups]] as const) {
    if (list === undefined) continue;
    if (!isStringList(list)) return undefined;
    provenance[key] = list;
  }
  return provenance;
}

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
  for (const item of value) if (typeof item !== "string") return false;
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
