import type { EmulatorResponse } from "./http-util.js";

/** DOC C-IDX: every error is `{ "error": "<human readable>", "code": "<machine_code>" }`. */
export function errorBody(message: string, code: string): { error: string; code: string } {
  return { error: message, code };
}

export function fail(status: number, code: string, message: string): EmulatorResponse {
  return { status, body: errorBody(message, code) };
}

/** The shared server names its injected 429 generically; DOC C-IDX says how Chatbot words it. */
export function faultErrorBody(status: number, message: string, code: string): { error: string; code: string } {
  if (status === 429) return errorBody("Too many requests. Please slow down.", "rate_limited");
  return errorBody(message, code);
}
