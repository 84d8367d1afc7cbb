import type { PlanView } from "../target.js";
import { TOTOY_LIMITS } from "./limits.js";

/**
 * The 1,500-source limit of a knowledge base, checked on the whole plan before anything is sent
 * (pure): a plan that would leave more linked Sources than that is a plan error, never a
 * half-written knowledge base. `linkedNow` counts every Source linked today, foreign ones
 * included; without it (a baseline plan that never read the knowledge base) the pages alone count.
 * Unlinks run after the links, so links past the limit wait for them (see link.ts).
 */
export function capacityProblems(plan: PlanView, linkedNow: number | undefined, knowledgeBaseId: string): string[] {
  const count = (test: (op: PlanView["operations"][number]) => boolean) => plan.operations.filter(test).length;
  const creates = count((op) => op.kind === "create");
  const restores = count((op) => op.kind === "update" && op.remote?.state === "tombstoned");
  const unlinks = plan.deletesRun ? count((op) => op.kind === "delete") : 0;
  const after = linkedNow === undefined ? count((op) => op.kind !== "delete") : linkedNow + creates + restores - unlinks;
  const limit = TOTOY_LIMITS.knowledgeBaseSources;
  if (after <= limit) return [];
  const sum = linkedNow === undefined ? `${after} pages` : `${linkedNow} linked now + ${creates} new + ${restores} restored − ${unlinks} removed`;
  return [
    `knowledge base ${knowledgeBaseId} would hold ${after} sources (${sum}): Totoy links at most ${limit} ` +
      "Sources to one knowledge base; exclude pages or split the docs over several knowledge bases",
  ];
}
