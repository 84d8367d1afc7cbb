import type { MaxDeletes } from "./types.js";

const COUNT = /^\d+$/;
const PERCENT = /^(\d+(?:\.\d+)?)%$/;

/**
 * Parses `--max-deletes` / input `max-deletes`: a whole number of records (`10`, `0`) or a
 * percentage of owned live records from 0% to 100% (`10%`, `2.5%`).
 * Returns the problem as a message when the text is not one of those.
 */
export function parseMaxDeletes(text: string): MaxDeletes | string {
  const trimmed = text.trim();
  if (COUNT.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isSafeInteger(value)) return { kind: "count", value };
  }
  const percent = PERCENT.exec(trimmed);
  if (percent?.[1] !== undefined) {
    const value = Number(percent[1]);
    if (value <= 100) return { kind: "percent", value };
  }
  return (
    `invalid max-deletes ${JSON.stringify(text)}: expected a whole number of records (e.g. 10) ` +
    `or a percentage of owned records from 0% to 100% (e.g. 10%)`
  );
}

/** Human wording of a limit, e.g. "3 records" or "10% of owned records". */
export function describeMaxDeletes(limit: MaxDeletes): string {
  if (limit.kind === "percent") return `${limit.value}% of owned records`;
  return `${limit.value} ${limit.value === 1 ? "record" : "records"}`;
}
