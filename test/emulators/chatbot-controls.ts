/** What a test can make the publish side do, on top of the shared transport faults. */
import { mulberry32, pick, type Random } from "./prng.js";

/** The transient apply codes a chaos roll picks from (the stale ones arise from real staleness). */
const ROLLED_CONFLICTS = ["apply_conflict", "lease_lost", "apply_in_progress"] as const;

export interface JobFailure {
  code: string;
  message: string;
}

export class ApplyControls {
  private conflicts: string[] = [];
  private jobFailures: JobFailure[] = [];
  private incompleteRuns = 0;
  private conflictRate = 0;
  private random: Random;

  constructor(private readonly seed: number) {
    this.random = mulberry32(seed ^ 0xa991);
  }

  /** The next `times` apply POSTs answer 409 `code` (DOC transient codes: apply_conflict, stale_plan, …). */
  conflictOnApply(code = "apply_conflict", times = 1): void {
    for (let i = 0; i < times; i++) this.conflicts.push(code);
  }

  /** The next apply job fails with `code` (`build_failed`: a 502 in sync mode). */
  failNextJob(code = "build_failed", message = "Emulated knowledge build failure"): void {
    this.jobFailures.push({ code, message });
  }

  /** The next `times` runs report `discoveryComplete: false` (not eligible to apply). */
  incompleteNextRun(times = 1): void {
    this.incompleteRuns += times;
  }

  /** Each apply POST answers a transient 409 with this probability (chaos), from a seeded PRNG. */
  configure(options: { conflictRate?: number; seed?: number }): void {
    this.conflictRate = options.conflictRate ?? 0;
    this.random = mulberry32((options.seed ?? this.seed) ^ 0xa991);
  }

  clear(): void {
    this.conflicts = [];
    this.jobFailures = [];
    this.incompleteRuns = 0;
    this.conflictRate = 0;
  }

  nextConflict(): string | undefined {
    const scripted = this.conflicts.shift();
    if (scripted !== undefined) return scripted;
    return this.conflictRate > 0 && this.random() < this.conflictRate ? pick(this.random, ROLLED_CONFLICTS) : undefined;
  }

  nextJobFailure(): JobFailure | undefined {
    return this.jobFailures.shift();
  }

  nextRunIncomplete(): boolean {
    if (this.incompleteRuns === 0) return false;
    this.incompleteRuns -= 1;
    return true;
  }
}
