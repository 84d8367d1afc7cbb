import { TOTOY_LIMITS } from "../src/targets/totoy/limits.js";

/** Targets measured against an emulator (bench/emulator-child.ts starts each). */
export const REMOTE_TARGETS = ["heppu", "humind", "chatbot", "totoy"] as const;
export type RemoteTarget = (typeof REMOTE_TARGETS)[number];
export type TargetName = "local" | RemoteTarget;
export const TARGETS: readonly TargetName[] = ["local", ...REMOTE_TARGETS];

/** Largest site a target can hold: a Totoy knowledge base links at most 1,500 Sources (kb-publish refuses a plan past it). */
export const MAX_PAGES: Partial<Record<TargetName, number>> = { totoy: TOTOY_LIMITS.knowledgeBaseSources };

/** `--targets` parsed: every name must be a known target. */
export function parseTargets(list: string): TargetName[] {
  const names = list.split(",");
  const unknown = names.filter((name) => !TARGETS.includes(name as TargetName));
  if (unknown.length > 0) throw new Error(`Invalid --targets: got "${unknown.join(", ")}", expected names from ${TARGETS.join(", ")}`);
  return names as TargetName[];
}
