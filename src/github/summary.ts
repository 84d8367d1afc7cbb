import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Comparison } from "../report/comment-sections.js";
import { renderPlanMarkdown, renderResultMarkdown } from "../report/markdown.js";
import { outcomeToJson } from "../report/outcome.js";
import type { SyncOutcome } from "../sync.js";

/** GitHub's limit for one step's job summary. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

/**
 * The job summary of every run: the result of a sync, or the plan of a dry run (labelled when
 * it was compared with the base branch), with what the PR comment shows — titles, sizes,
 * reasons, diffs, problems, left-out pages — capped at half the 1 MiB limit.
 */
export function renderJobSummary(outcome: SyncOutcome, comparison: Comparison, fileUrl?: (sourcePath: string) => string): string {
  const options = { comparison: comparison.kind === "live" ? undefined : comparison, fileUrl };
  if (outcome.result) return renderResultMarkdown(outcome.result, { heading: "kb-publish sync", ...options }, outcome.plan);
  return renderPlanMarkdown(outcome.plan, { heading: "kb-publish plan", ...options });
}

/**
 * Writes the plan (and result) JSON for the `plan-file` output, with what the plan compared
 * with, through `redact` (the Action's redaction point); returns its path.
 */
export async function writePlanFile(
  dir: string,
  command: string,
  outcome: SyncOutcome,
  comparison: Comparison,
  redact: (text: string) => string = (text) => text,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, "kb-publish-plan.json");
  const json = { ...outcomeToJson(command, outcome), comparison };
  await writeFile(file, `${redact(JSON.stringify(json, null, 2))}\n`);
  return file;
}
