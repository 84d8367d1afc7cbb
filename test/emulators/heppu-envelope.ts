import type { EmulatorResponse } from "./http-util.js";

/**
 * Heppu's envelopes (DOC H-OV, H-ERR): success `{data, meta:{timestamp}}`, errors
 * `{error:{message, status, code?, timestamp}}`. KB pages show errors without `code`; the
 * emulator adds one only where H-ERR documents it (401) or for injected faults.
 */
export function success(now: number, data: unknown, status = 200): EmulatorResponse {
  return { status, body: { data, meta: { timestamp: new Date(now).toISOString() } } };
}

export function errorBody(now: number, status: number, message: string, code?: string): unknown {
  const error: Record<string, unknown> = { message, status };
  if (code !== undefined) error.code = code;
  error.timestamp = new Date(now).toISOString();
  return { error };
}

export function failure(now: number, status: number, message: string, code?: string): EmulatorResponse {
  return { status, body: errorBody(now, status, message, code) };
}
