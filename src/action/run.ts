import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { resolveSettings } from "../config/resolve.js";
import { ExitCode, exitCodeFor } from "../exit-codes.js";
import { annotationsFor, emitAnnotations } from "../github/annotations.js";
import { readGitHubContext } from "../github/context.js";
import { deliverPrComment, fileUrlFor } from "../github/deliver-comment.js";
import { outputsFor } from "../github/outputs.js";
import { prepareComparison } from "../github/prepare-comparison.js";
import { renderJobSummary, writePlanFile } from "../github/summary.js";
import { buildUserAgent } from "../http/index.js";
import { secretsOf } from "../output/redactor.js";
import { retryLine } from "../output/retry-log.js";
import { rollbackWarning } from "../report/held.js";
import { renderPlanText, renderResultText } from "../report/text.js";
import { sync, type SyncDeps, type SyncOutcome } from "../sync.js";
import { VERSION } from "../version.js";
import { writeExport } from "./export.js";
import { readActionOnlyInputs, readInputs } from "./inputs.js";
import type { ActionOutput } from "./output.js";

const exitMessages: Record<number, string> = {
  [ExitCode.error]: "The plan has errors; nothing was written.",
  [ExitCode.guardRefused]: "A safety guard refused the plan; nothing was written.",
  [ExitCode.partialFailure]: "Some documents failed; see the summary. Deletes were skipped.",
};

/**
 * The Action: inputs -> Settings -> what to compare with -> sync() -> plan file, outputs,
 * annotations, job summary, pull-request comment, exit status. Everything written goes through
 * `output`, the one redaction point.
 */
export async function run(output: ActionOutput): Promise<void> {
  const getInput = (name: string) => core.getInput(name);
  const inputs = readActionOnlyInputs(getInput);
  const github = await readGitHubContext(process.env, process.cwd());
  const raw = readInputs(getInput, github.eventName);
  const resolved = await resolveSettings({ raw, env: process.env, cwd: github.workspace, runner: "action", warn: output.warn });
  output.addSecrets(...secretsOf(resolved));
  // Every retry and Retry-After wait is logged: a long quiet pause in a CI log looks like a hang.
  const deps: SyncDeps = { log: output, userAgent: buildUserAgent(VERSION, "action"), http: { onRetry: (info) => output.info(retryLine(info)) } };

  const { settings, comparison, outcome } = await output.group(`kb-publish ${resolved.command} → ${resolved.target}`, async () => {
    const prepared = await prepareComparison(resolved, github, { context: deps, tempRoot: runnerTemp() });
    return { ...prepared, outcome: await sync(prepared.settings, deps) };
  });
  logOutcome(outcome, output);
  const rollback = rollbackWarning(outcome.plan);
  if (rollback) output.warn(rollback);

  const planFile = await writePlanFile(runnerTemp(), settings.command, outcome, comparison, output.redact);
  for (const [name, value] of Object.entries(outputsFor(outcome, planFile))) output.setOutput(name, value);
  if (inputs.export) output.setOutput("export-file", await writeExport(resolved, inputs.export, github.workspace, output));
  emitAnnotations(annotationsFor(outcome.plan, posixRelative(github.workspace, settings.root)), output);
  if (process.env.GITHUB_STEP_SUMMARY) await output.summary(renderJobSummary(outcome, comparison, fileUrlFor(github, settings)));
  await deliverPrComment({
    mode: inputs.comment,
    github,
    token: inputs.githubToken || process.env.GITHUB_TOKEN || "",
    settings,
    plan: outcome.plan,
    comparison,
    userAgent: deps.userAgent,
    log: output,
    redact: output.redact,
  });

  const code = exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: false });
  if (code !== ExitCode.ok) output.fail(exitMessages[code] ?? `kb-publish exited with ${code}`);
}

/** The log lists left-out pages and every warned file (it is cheap); the change rows stay capped, the summary has them. */
function logOutcome(outcome: SyncOutcome, output: ActionOutput): void {
  output.info(renderPlanText(outcome.plan, { verbose: true }));
  if (outcome.result) output.info(renderResultText(outcome.result));
}

function runnerTemp(): string {
  return process.env.RUNNER_TEMP || path.join(os.tmpdir(), "kb-publish");
}

function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join("/");
}
