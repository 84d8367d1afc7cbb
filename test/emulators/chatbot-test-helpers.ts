/** Raw HTTP calls against the Chatbot emulator, for its contract tests. */
import type { ChatbotEmulator } from "./chatbot.js";

export interface CallOptions {
  /** Bearer key; default the emulator's first key; null sends no Authorization header. */
  key?: string | null;
  body?: unknown;
  /** Raw body text instead of JSON. */
  raw?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  json: Record<string, unknown> & { error?: string; code?: string };
}

/** `path` is relative to `/api/v1/sources/<source>` (e.g. `/items/batch`); an absolute `/api/...` path is used as is. */
export async function call(emu: ChatbotEmulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const base = path.startsWith("/api") ? emu.url.replace(/\/api$/, "") : `${emu.url}/v1/sources/${emu.sourceId}`;
  const url = new URL(`${base}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? emu.apiKey : options.key;
  if (key !== null && headers.authorization === undefined) headers.authorization = `Bearer ${key}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as CallResult["json"]) : {} };
}

/** A minimal valid item. */
export function item(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { externalItemId: id, title: `Title ${id}`, content: `Content of ${id}.`, ...extra };
}

/** Stages `ids` in one batch, starts a run and applies it; returns the run id. Uses a manual-enough clock via `tick`. */
export async function publishIds(emu: ChatbotEmulator, ids: string[], tick: () => void): Promise<string> {
  if (ids.length > 0) await call(emu, "POST", "/items/batch", { body: { items: ids.map((id) => item(id)) } });
  const run = await call(emu, "POST", "/runs");
  const runId = (run.json.run as { id: string }).id;
  await call(emu, "POST", `/runs/${runId}/apply`);
  tick();
  await call(emu, "GET", `/runs/${runId}/apply`);
  return runId;
}
