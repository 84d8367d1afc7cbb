import { describeMaxDeletes } from "./max-deletes.js";
import type { GuardVerdict, MaxDeletes } from "./types.js";

/** Re-exported for config loading, which reads the flag beside the guard it feeds. */
export { parseMaxDeletes } from "./max-deletes.js";

/** Without `max-deletes`, a plan may delete at most 10% of owned records, or up to 5 whatever the share. */
export const DEFAULT_MAX_DELETE_PERCENT = 10;
export const DEFAULT_MAX_DELETE_FLOOR = 5;

const OVERRIDE_HINT = "refusing; pass --allow-mass-delete (input allow-mass-delete) to proceed";
const OVERRIDDEN_NOTE = "proceeding because allow-mass-delete is set";

export interface GuardInput {
  /** Deletes in the plan. */
  deletes: number;
  /** Owned, live records in the snapshot: the base for percentages. */
  ownedLive: number;
  /** Documents read from the source, rejected ones included. */
  documents: number;
  rejected: number;
  /** Undefined: the default rule (more than 10% and more than 5). */
  maxDeletes?: MaxDeletes;
  allowMassDelete: boolean;
}

/** Both guards, always, so reports can show what was checked even when nothing tripped. */
export function evaluateGuards(input: GuardInput): GuardVerdict[] {
  return [massDeleteGuard(input), emptySourceGuard(input)];
}

export function massDeleteGuard(input: GuardInput): GuardVerdict {
  const { deletes, ownedLive, maxDeletes } = input;
  const tripped = exceedsLimit(deletes, ownedLive, maxDeletes);
  const limit = maxDeletes
    ? `max-deletes ${describeMaxDeletes(maxDeletes)}`
    : `the default limit (${DEFAULT_MAX_DELETE_PERCENT}% of owned records and more than ${DEFAULT_MAX_DELETE_FLOOR})`;
  const share = `${deletes} of ${ownedLive} owned records (${percentText(deletes, ownedLive)})`;
  if (!tripped) return verdict("mass-delete", false, input, `the plan deletes ${share}; within ${limit}`);
  return verdict("mass-delete", true, input, `the plan would delete ${share}, more than ${limit}`);
}

export function emptySourceGuard(input: GuardInput): GuardVerdict {
  const { documents, rejected, ownedLive } = input;
  const tripped = documents === 0 && rejected === 0 && ownedLive > 0;
  if (!tripped) {
    const message =
      ownedLive === 0
        ? "the knowledge base holds no owned records"
        : `the source has ${documents} ${documents === 1 ? "document" : "documents"}`;
    return verdict("empty-source", false, input, message);
  }
  const message =
    `the source has no documents while the knowledge base holds ${ownedLive} owned ` +
    `${ownedLive === 1 ? "record" : "records"} (check the root and the include/exclude globs)`;
  return verdict("empty-source", true, input, message);
}

function exceedsLimit(deletes: number, ownedLive: number, limit: MaxDeletes | undefined): boolean {
  // Compared as deletes * 100 > percent * owned to avoid floating-point edges such as 10% of 30.
  if (!limit) return deletes > DEFAULT_MAX_DELETE_FLOOR && deletes * 100 > DEFAULT_MAX_DELETE_PERCENT * ownedLive;
  if (limit.kind === "count") return deletes > limit.value;
  return deletes * 100 > limit.value * ownedLive;
}

function verdict(guard: GuardVerdict["guard"], tripped: boolean, input: GuardInput, message: string): GuardVerdict {
  const overridden = input.allowMassDelete;
  if (!tripped) return { guard, tripped, overridden, message };
  return { guard, tripped, overridden, message: `${message}; ${overridden ? OVERRIDDEN_NOTE : OVERRIDE_HINT}` };
}

function percentText(part: number, whole: number): string {
  if (whole === 0) return "0%";
  return `${Math.round((part * 1000) / whole) / 10}%`;
}
