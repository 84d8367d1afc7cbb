/** Plain-fetch helpers for the Humind emulator's contract tests. */
import { randomUUID } from "node:crypto";
import type { HumindEmulator } from "./humind.js";

export interface CallOptions {
  body?: unknown;
  /** Raw body text instead of JSON.stringify(body). */
  raw?: string;
  query?: Record<string, string | number>;
  /** Default: the emulator's key. `null` sends no Authorization header. */
  key?: string | null;
  /** Default: a fresh UUID on writes. `null` sends none. */
  idempotencyKey?: string | null;
  /** Default application/json when a body is sent. `null` sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
}

export async function call(emu: HumindEmulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const url = new URL(`${emu.url}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, String(value));
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? emu.apiKey : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  const idempotencyKey = options.idempotencyKey === undefined ? randomUUID() : options.idempotencyKey;
  if (method !== "GET" && idempotencyKey !== null) headers["idempotency-key"] = idempotencyKey;
  const contentType = options.contentType === undefined ? (body === undefined ? null : "application/json") : options.contentType;
  if (contentType !== null) headers["content-type"] = contentType;
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

export function snippet(externalId: string, extra: Record<string, unknown> = {}) {
  return { external_id: externalId, type: "snippet", title: `Title ${externalId}`, content: `Answer for ${externalId}.`, ...extra };
}

export function article(externalId: string, html = "<p>Body</p>", extra: Record<string, unknown> = {}) {
  return { external_id: externalId, type: "article", title: `Article ${externalId}`, content_html: html, ...extra };
}

/** `/knowledge/api:<percent-encoded id>`, as clients should build it. */
export function entryPath(externalId: string, suffix = ""): string {
  return `/knowledge/api:${encodeURIComponent(externalId)}${suffix}`;
}

/** A manual clock for virtual time. */
export function manualClock(start = Date.UTC(2026, 3, 25, 14, 30)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}
