/**
 * Idempotency-Key store (DOC HM-ERR/HM-KN; details INF, see humind.ts): key → fingerprint of the
 * first request + the response it got, kept `ttlMs` of emulator time. Keys are company-wide.
 */
import { createHash } from "node:crypto";
import type { EmulatorResponse } from "./http-util.js";

/** What makes two requests "the same" for one key. */
export interface Fingerprint {
  method: string;
  /** Path plus the query string, parameters sorted. */
  target: string;
  /** sha256 of the canonical JSON body (or the raw text when not JSON). */
  bodyHash: string;
  /** Kept to name the first differing field in a 409. */
  body: unknown;
}

export type Lookup =
  | { kind: "new" }
  | { kind: "replay"; response: EmulatorResponse }
  | { kind: "conflict"; field: string };

interface Stored {
  fingerprint: Fingerprint;
  response: EmulatorResponse;
  at: number;
}

/** Default retention: 24 h (INF; the issue relies on "keys live 24 hours"). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** INF (UNK in the docs): longer keys get 400 `idempotency_key_too_long`. */
export const IDEMPOTENCY_KEY_MAX = 255;

export class IdempotencyStore {
  private readonly entries = new Map<string, Stored>();
  /** Requests answered from the store. */
  replays = 0;

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = IDEMPOTENCY_TTL_MS,
  ) {}

  lookup(key: string, fingerprint: Fingerprint): Lookup {
    const stored = this.entries.get(key);
    if (!stored) return { kind: "new" };
    if (this.now() - stored.at >= this.ttlMs) {
      this.entries.delete(key);
      return { kind: "new" };
    }
    const field = conflictingField(stored.fingerprint, fingerprint);
    if (field !== undefined) return { kind: "conflict", field };
    this.replays += 1;
    return { kind: "replay", response: structuredClone(stored.response) };
  }

  remember(key: string, fingerprint: Fingerprint, response: EmulatorResponse): void {
    this.entries.set(key, { fingerprint, response: structuredClone(response), at: this.now() });
  }
}

export function requestFingerprint(method: string, path: string, query: Record<string, string>, body: { raw: string; json: unknown }): Fingerprint {
  const params = new URLSearchParams(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = body.json === undefined ? body.raw : canonicalJson(body.json);
  return {
    method,
    target: params.size > 0 ? `${path}?${params}` : path,
    bodyHash: createHash("sha256").update(text).digest("hex"),
    body: body.json ?? body.raw,
  };
}

/** `method`, `path`, the first differing top-level body field, or `body`; undefined when equal. */
function conflictingField(a: Fingerprint, b: Fingerprint): string | undefined {
  if (a.method !== b.method) return "method";
  if (a.target !== b.target) return "path";
  if (a.bodyHash === b.bodyHash) return undefined;
  const first = a.body;
  const second = b.body;
  if (!isObject(first) || !isObject(second)) return "body";
  const names = [...new Set([...Object.keys(first), ...Object.keys(second)])].sort();
  return names.find((name) => canonicalJson(first[name]) !== canonicalJson(second[name])) ?? "body";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
