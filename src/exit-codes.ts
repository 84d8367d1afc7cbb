import type { RunResult } from "./apply/types.js";
import type { Plan } from "./plan/types.js";

/** Process exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  error: 1,
  changesPending: 2,
  guardRefused: 3,
  partialFailure: 4,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export interface ExitCodeInput {
  plan: Plan;
  result?: RunResult;
  /** `plan --detailed-exitcode`: report pending changes as exit code 2. */
  detailed: boolean;
}

/** Pure: the exit code a run ends with, from its plan and (for a sync) its result. */
export function exitCodeFor({ plan, result, detailed }: ExitCodeInput): ExitCodeValue {
  if (plan.errors.length > 0) return ExitCode.error;
  if (plan.guards.some((guard) => guard.tripped && !guard.overridden)) return ExitCode.guardRefused;
  const unreadable = plan.diagnostics.some((d) => d.severity === "error");
  const failed = result ? result.counts.failed > 0 || result.failure !== undefined : plan.rejected.length > 0;
  if (unreadable || failed) return ExitCode.partialFailure;
  const pending = plan.summary.create + plan.summary.update + plan.summary.delete > 0;
  if (!result && detailed && pending) return ExitCode.changesPending;
  return ExitCode.ok;
}
