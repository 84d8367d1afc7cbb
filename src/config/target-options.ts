import type { RawOptions } from "./raw.js";

/** Options that only some targets read. Every other option applies to every target. */
export type TargetOption =
  | "store"
  | "apiUrl"
  | "apiKey"
  | "collectionId"
  | "sourceId"
  | "knowledgeBaseId"
  | "metadataValueLimit"
  | "rateLimit"
  | "timeout"
  | "wait"
  | "waitTimeout";

/**
 * Which target-specific options each target reads (a test checks this against the targets'
 * code). An option a target does not read is ignored, with a warning (see ignoredOptions).
 */
export const TARGET_OPTIONS: Record<string, readonly TargetOption[]> = {
  local: ["store"],
  heppu: ["apiUrl", "apiKey", "collectionId", "rateLimit", "timeout", "wait", "waitTimeout"],
  humind: ["apiUrl", "apiKey", "rateLimit", "timeout"],
  chatbot: ["apiUrl", "apiKey", "sourceId", "rateLimit", "timeout", "waitTimeout"],
  totoy: ["apiUrl", "apiKey", "knowledgeBaseId", "metadataValueLimit", "rateLimit", "timeout", "wait", "waitTimeout"],
};

const ALL: readonly TargetOption[] = [...new Set(Object.values(TARGET_OPTIONS).flat())];

/** The target-specific options set in `raw` that `target` does not read (none for an unknown target). */
export function ignoredOptions(raw: RawOptions, target: string): TargetOption[] {
  const reads = TARGET_OPTIONS[target];
  if (!reads) return [];
  return ALL.filter((option) => !reads.includes(option) && raw[option] !== undefined && raw[option] !== "");
}

/** The targets that read `option`, for the warning's "expected with". */
export function targetsReading(option: TargetOption): string[] {
  return Object.entries(TARGET_OPTIONS)
    .filter(([, options]) => options.includes(option))
    .map(([name]) => name);
}
