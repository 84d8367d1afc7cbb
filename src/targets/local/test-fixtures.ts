// Test-only helpers for the local store tests: a temp store, a target over it and plain documents.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Settings } from "../../config/settings.js";
import type { Document } from "../../documents/document.js";
import { fingerprintOf } from "../../documents/hash.js";
import type { Target, Upsert } from "../target.js";
import { createLocalTarget } from "./local.js";

export const FIXED_NOW = Date.UTC(2024, 0, 2, 3, 4, 5);

export async function tempStore(): Promise<{ store: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "kb-publish-local-"));
  return { store: join(dir, "store"), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface LocalHarness {
  target: Target;
  warnings: string[];
  /** Moves the fixed clock forward. */
  advance: (ms: number) => void;
}

export function localTarget(store: string, owner = "kb-publish", extra: Partial<Settings> = {}): LocalHarness {
  const warnings: string[] = [];
  let now = FIXED_NOW;
  const settings = { store, owner, ...extra } as Settings;
  const target = createLocalTarget(settings, {
    log: { info() {}, debug() {}, warn: (m) => warnings.push(m) },
    userAgent: "kb-publish/1.2.3 (cli; node v20.0.0)",
    now: () => now,
  });
  return { target, warnings, advance: (ms) => (now += ms) };
}

export function doc(id: string, content = `Body of ${id}`): Document {
  return { externalId: id, title: `Title ${id}`, content, tags: ["a"], lang: "en", sourcePath: `docs/${id}.md`, metadata: { n: 1 } };
}

export function upsertOf(target: Target, d: Document): Upsert {
  const payload = target.payloadOf(d);
  return { doc: d, payload, fingerprint: fingerprintOf(payload) };
}
