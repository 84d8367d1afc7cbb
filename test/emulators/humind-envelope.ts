import type { EmulatorResponse } from "./http-util.js";
import type { Random } from "./prng.js";

/** Humind's error envelope (DOC HM-ERR): `{error:{code, message, request_id, details?}}`. */
export interface HumindErrorBody {
  error: { code: string; message: string; request_id: string; details?: Record<string, unknown> };
}

/** Builds one error response; every call gets a fresh `request_id`. */
export type Fail = (status: number, code: string, message: string, details?: Record<string, unknown>) => EmulatorResponse;

/** The shared server names its injected faults generically; these are Humind's names (DOC HM-RL). */
const FAULT_CODES: Record<string, string> = { rate_limit_exceeded: "rate_limited" };

/** Request ids drawn from the emulator's seeded PRNG, so one seed replays the same ids. */
export function createRequestIds(random: Random): () => string {
  return () => `req_${Array.from({ length: 24 }, () => Math.floor(random() * 16).toString(16)).join("")}`;
}

export function createErrorBody(nextRequestId: () => string) {
  return (code: string, message: string, details?: Record<string, unknown>): HumindErrorBody => {
    const error: HumindErrorBody["error"] = { code: FAULT_CODES[code] ?? code, message, request_id: nextRequestId() };
    if (details !== undefined) error.details = details;
    return { error };
  };
}

export function createFail(nextRequestId: () => string): Fail {
  const body = createErrorBody(nextRequestId);
  return (status, code, message, details) => ({ status, body: body(code, message, details) });
}
