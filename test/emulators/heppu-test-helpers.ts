import type { HeppuEmulator } from "./heppu.js";

/** A plain-fetch call against an emulator, with the emulator's key unless `headers` says otherwise. */
export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number>;
  /** Replaces the default `x-api-key` header entirely. */
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
}

export async function call(emu: HeppuEmulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const url = new URL(`${emu.url}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, String(value));
  const headers: Record<string, string> = options.headers ?? { "x-api-key": emu.apiKey };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

export function doc(externalId: string, content = `# ${externalId}\n\nBody of ${externalId}.`, extra: object = {}) {
  return { externalId, title: `Title ${externalId}`, content, ...extra };
}

export function batch(emu: HeppuEmulator, sources: unknown[]): Promise<CallResult> {
  return call(emu, "POST", "/kb/sources/batch", { body: { collectionId: emu.collectionId, sources } });
}

export function list(emu: HeppuEmulator, query: Record<string, string | number> = {}): Promise<CallResult> {
  return call(emu, "GET", "/kb/sources", { query: { collectionId: emu.collectionId, ...query } });
}

/** A manual clock for virtual time: `clock.now` goes into the emulator, `clock.advance` moves it. */
export function manualClock(start = Date.UTC(2025, 0, 1)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}
