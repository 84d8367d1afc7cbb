import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { resolveSettings } from "../config/resolve.js";
import { ExitCode, exitCodeFor } from "../exit-codes.js";
import { annotationsFor, emitAnnotations } from "../github/annotations.js";
import { readGitHubContext } from "../github/context.js";
import { deliverPrComment } from "../github/deliver-comment.js";
import { outputsFor } from "../github/outputs.js";
import { prepareComparison } from "../github/prepare-comparison.js";
import { renderJobSummary, writePlanFile } from "../github/summary.js";
import { buildUserAgent } from "../http/index.js";
import type { Logger } from "../log.js";
import { renderPlanText, renderResultText } from "../report/text.js";
import { sync, type SyncDeps, type SyncOutcome } from "../sync.js";
import { VERSION } from "../version.js";
import { readActionOnlyInputs, readInputs } from "./inputs.js";

const exitMessages: Record<number, string> = {
  [ExitCode.error]: "The plan has errors; nothing was written.",
  [ExitCode.guardRefused]: "A safety guard refused the plan; nothing was written.",
  [ExitCode.partialFailure]: "Some documents failed; see the summary. Deletes were skipped.",
};

/**
 * The Action: inputs -> Settings -> what to compare with -> sync() -> plan file, outputs,
 * annotations, job summary, pull-request comment, exit status.
 */
export async function run(): Promise<void> {
  const getInput = (name: string) => core.getInput(name);
  maskSecrets(getInput);
  const inputs = readActionOnlyInputs(getInput);
  const github = await readGitHubContext(process.env, process.cwd());
  const raw = readInputs(getInput, github.eventName);
  const resolved = await resolveSettings({ raw, env: process.env, cwd: github.workspace, runner: "action" });
  const deps: SyncDeps = { log: actionsLogger, userAgent: buildUserAgent(VERSION, "action") };

  const { settings, comparison, outcome } = await core.group(`kb-publish ${resolved.command} → ${resolved.target}`, async () => {
    const prepared = await prepareComparison(resolved, github, { context: deps, tempRoot: runnerTemp() });
    return { ...prepared, outcome: await sync(prepared.settings, deps) };
  });
  logOutcome(outcome);

  const planFile = await writePlanFile(runnerTemp(), settings.command, outcome, comparison);
  for (const [name, value] of Object.entries(outputsFor(outcome, planFile))) core.setOutput(name, value);
  emitAnnotations(annotationsFor(outcome.plan, posixRelative(github.workspace, settings.root)), core);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderJobSummary(outcome, comparison), true).write();
  await deliverPrComment({
    mode: inputs.comment,
    github,
    token: inputs.githubToken || process.env.GITHUB_TOKEN || "",
    settings,
    plan: outcome.plan,
    comparison,
    userAgent: deps.userAgent,
    log: actionsLogger,
  });

  const code = exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: false });
  if (code !== ExitCode.ok) core.setFailed(exitMessages[code] ?? `kb-publish exited with ${code}`);
}

/** Masks the API key and the GitHub token before anything else can print them. */
function maskSecrets(getInput: (name: string) => string): void {
  for (const value of [getInput("api-key"), getInput("github-token"), process.env.GITHUB_TOKEN]) {
    if (value) core.setSecret(value);
  }
}

const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

function logOutcome(outcome: SyncOutcome): void {
  core.info(renderPlanText(outcome.plan));
  if (outcome.result) core.info(renderResultText(outcome.result));
}

function runnerTemp(): string {
  return process.env.RUNNER_TEMP || path.join(os.tmpdir(), "kb-publish");
}

function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join("/");
}
