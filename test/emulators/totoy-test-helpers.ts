/** Plain-fetch helpers for the Totoy emulator's contract tests. */
import type { TotoyEmulator } from "./totoy.js";

export interface CallOptions {
  body?: unknown;
  /** Raw body text instead of JSON.stringify(body). */
  raw?: string;
  query?: Record<string, string>;
  /** Default: the emulator's key. `null` sends no Authorization header. */
  key?: string | null;
  /** Default application/json when a body is sent. */
  contentType?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
}

export async function call(emu: TotoyEmulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const url = new URL(`${emu.url}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = {};
  const key = options.key === undefined ? emu.apiKey : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers["content-type"] = options.contentType ?? "application/json";
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

/** `POST /sources` with a text body (plus `extra` fields). */
export function createText(emu: TotoyEmulator, extra: Record<string, unknown> = {}): Promise<CallResult> {
  return call(emu, "POST", "/sources", { body: { text_content: "Totoy GmbH was founded on November 8, 2023.", title: "Foundation Date", project_id: emu.projectId, ...extra } });
}

export function linkPath(emu: TotoyEmulator, knowledgeBaseId = emu.knowledgeBaseId): string {
  return `/knowledge-bases/${knowledgeBaseId}/sources`;
}

/** A manual clock for virtual time. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}
