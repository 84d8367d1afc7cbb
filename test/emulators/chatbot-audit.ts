/** What a test asserts about a whole session with the Chatbot emulator, beyond the state itself. */
import type { StagedItem } from "./chatbot-model.js";
import { busiestWindow } from "./chatbot-rate.js";
import { isWriteMethod, retryAfterViolations, type LedgerEntry } from "./ledger.js";

export interface ChatbotAudit {
  /** `seq METHOD path` of every write sent without an Idempotency-Key. */
  unkeyedWrites: string[];
  /** Seeded foreign items that were changed or removed. */
  foreignTouched: string[];
  /** Snapshot calls made while a seeded foreign item was staged (a snapshot would remove it). */
  snapshotsOverForeign: number;
  /** 429s the emulator's own per-key limiter sent (injected bursts not counted). */
  rateLimited: number;
  /** The most requests that arrived within any 60 seconds (one key per emulator in tests). */
  busiestMinute: number;
  /** Requests that arrived while an earlier 429's Retry-After was still running. */
  retryAfterViolations: number;
}

export interface AuditInput {
  ledger: readonly LedgerEntry[];
  /** Foreign items as seeded, and as staged now (undefined when gone). */
  foreign: { seeded: StagedItem; now: StagedItem | undefined }[];
  snapshotsOverForeign: number;
}

export function auditOf(input: AuditInput): ChatbotAudit {
  const { ledger } = input;
  return {
    unkeyedWrites: ledger.filter((e) => isWriteMethod(e.method) && !e.headers["idempotency-key"]).map((e) => `${e.seq} ${e.method} ${e.path}`),
    foreignTouched: input.foreign.filter((f) => JSON.stringify(f.now) !== JSON.stringify(f.seeded)).map((f) => f.seeded.externalItemId),
    snapshotsOverForeign: input.snapshotsOverForeign,
    rateLimited: ledger.filter((e) => e.status === 429 && e.fault === undefined).length,
    busiestMinute: busiestWindow(ledger.map((e) => e.at)),
    retryAfterViolations: retryAfterViolations(ledger).length,
  };
}
