import type { Provenance } from "../target.js";
import { STATE_SHARD_BYTES, STATE_VERSION, type ShardText, type StateEntry } from "./state-format.js";

/**
 * State format v2: one JSON array per entry instead of an object with repeated keys, and values
 * that many entries share (derivation key, commit, common part hashes)
 * stored once per shard in `table` and referred to by index. Hashes stay whole: they are
 * provenance, and a shortened sha256 could collide. A shard's content:
 *
 *   {"version":2,"tool":…,"owner":…,"shard":n,"shards":N,"table":[string…],"layouts":[[part name…]…],"rows":[row…]}
 *   row        = [id, hash, updatedAt, parts, provenance], trailing nulls dropped
 *   parts      = [layout index, value per name of that layout] (a payload's part names, sorted)
 *   provenance = {"s": {path: value}, "d": value, "c": [sha value, time], "p": page, "i": includes, "x": siblings, "g": groups}
 *   value      = a string, or the index of a string in `table`
 *
 * Each row is serialised once; a shard's text is its header plus its rows, compared as text with
 * the shard read at snapshot time to skip rewriting an unchanged shard.
 */

/** Shared values shorter than this stay inline: a reference would save almost nothing. */
const REF_MIN_LENGTH = 8;
/** Upper bound of the shared-value table, in escaped bytes (at most a quarter of a shard). */
const TABLE_MAX_BYTES = 64_000;
/** Room for the shard index and count in the header, which are measured as 0. */
const HEADER_SLACK = 40;

type Value = string | number;

/** The state as shard texts of at most `maxBytes` escaped bytes each (default STATE_SHARD_BYTES); always at least one. */
export function encodeState(entries: Record<string, StateEntry>, meta: { owner: string; tool: string; maxBytes?: number }): ShardText[] {
  const maxBytes = meta.maxBytes ?? STATE_SHARD_BYTES;
  const ids = Object.keys(entries).sort();
  const table = sharedValues(ids.map((id) => entries[id]!), Math.min(TABLE_MAX_BYTES, maxBytes / 4));
  const encoder = rowEncoder(table);
  const rows = ids.map((id) => JSON.stringify(encoder.row(id, entries[id]!)));
  const fixed = `{"version":${STATE_VERSION},"tool":${JSON.stringify(meta.tool)},"owner":${JSON.stringify(meta.owner)}`;
  const shared = `"table":${JSON.stringify(table)},"layouts":${JSON.stringify(encoder.layouts)},"rows":[`;
  const head = (shard: number, shards: number) => `${fixed},"shard":${shard},"shards":${shards},${shared}`;
  const groups = groupRows(rows, maxBytes - escapedBytes(head(0, 0)) - HEADER_SLACK);
  return groups.map((group, shard) => ({ shard, text: `${head(shard, groups.length)}${group.join(",")}]}` }));
}

/** Bytes of `text` once escaped into a JSON string (the shard travels as the `content` string of a request body). */
function escapedBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text), "utf8") - 2;
}

/** Consecutive rows within `budget` escaped bytes per group (a comma each); a group holds at least one row. */
function groupRows(rows: string[], budget: number): string[][] {
  const groups: string[][] = [[]];
  let used = 0;
  for (const row of rows) {
    const bytes = escapedBytes(row) + 1;
    if (used > 0 && used + bytes > budget) {
      groups.push([]);
      used = 0;
    }
    groups[groups.length - 1]!.push(row);
    used += bytes;
  }
  return groups;
}

/**
 * Values used at least twice, within `budget` bytes, in value order: a count that changes (an entry
 * written, another removed) does not reorder the table, so in a sharded state only the shards
 * whose rows changed are rewritten; only a value that starts or stops being shared changes it.
 */
function sharedValues(entries: StateEntry[], budget: number): string[] {
  const counts = new Map<string, number>();
  const count = (value: string | undefined) => {
    if (value !== undefined && value.length >= REF_MIN_LENGTH) counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const entry of entries) forEachValue(entry, count);
  const shared: string[] = [];
  for (const [value, n] of counts) if (n > 1) shared.push(value);
  shared.sort();
  const table: string[] = [];
  let used = 2;
  for (const value of shared) {
    used += escapedBytes(value) + 3;
    if (used > budget) break;
    table.push(value);
  }
  return table;
}

/**
 * Every value of an entry that the table may hold. Not `hash` (it covers `external_id`, so no two
 * entries share it) nor `updatedAt` (shared by the entries of one batch at most, and it changes
 * with every write).
 */
function forEachValue(entry: StateEntry, visit: (value: string | undefined) => void): void {
  for (const name in entry.parts) visit(entry.parts[name]);
  const provenance = entry.provenance;
  if (!provenance) return;
  visit(provenance.derivation);
  visit(provenance.commit?.sha);
  for (const path in provenance.sources) visit(provenance.sources[path]);
}

function rowEncoder(table: string[]) {
  const index = new Map(table.map((value, i) => [value, i]));
  const ref = (value: string): Value => index.get(value) ?? value;
  const layouts: string[][] = [];
  const layoutIndex = new Map<string, number>();
  const layoutOf = (names: string[]): number => {
    const key = names.join("\u0000");
    let at = layoutIndex.get(key);
    if (at === undefined) {
      at = layouts.push(names) - 1;
      layoutIndex.set(key, at);
    }
    return at;
  };
  const row = (id: string, entry: StateEntry): unknown[] => {
    const names = entry.parts && Object.keys(entry.parts).sort();
    const cells: unknown[] = [
      id,
      entry.hash ?? null,
      entry.updatedAt ?? null,
      names ? [layoutOf(names), ...names.map((name) => ref(entry.parts![name]!))] : null,
      entry.provenance ? provenanceCell(entry.provenance, ref) : null,
    ];
    while (cells.length > 1 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  };
  return { row, layouts };
}

function provenanceCell(provenance: Provenance, ref: (value: string) => Value): Record<string, unknown> {
  const sources: Record<string, Value> = {};
  for (const path of Object.keys(provenance.sources).sort()) sources[path] = ref(provenance.sources[path]!);
  const cell: Record<string, unknown> = { s: sources, d: ref(provenance.derivation) };
  if (provenance.commit) cell.c = [ref(provenance.commit.sha), provenance.commit.time];
  if (provenance.page !== undefined) cell.p = provenance.page;
  if (provenance.includes !== undefined) cell.i = provenance.includes;
  if (provenance.siblings !== undefined) cell.x = provenance.siblings;
  if (provenance.groups !== undefined) cell.g = provenance.groups;
  return cell;
}
