import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { resolveSettings } from "../config/resolve.js";
import { ExitCode, exitCodeFor } from "../exit-codes.js";
import { outputsFor } from "../github/outputs.js";
import { buildUserAgent } from "../http/index.js";
import type { Logger } from "../log.js";
import { renderPlanMarkdown, renderResultMarkdown } from "../report/markdown.js";
import { outcomeToJson } from "../report/outcome.js";
import { renderPlanText, renderResultText } from "../report/text.js";
import { sync, type SyncOutcome } from "../sync.js";
import { VERSION } from "../version.js";
import { readInputs } from "./inputs.js";

const exitMessages: Record<number, string> = {
  [ExitCode.error]: "The plan has errors; nothing was written.",
  [ExitCode.guardRefused]: "A safety guard refused the plan; nothing was written.",
  [ExitCode.partialFailure]: "Some documents failed; see the summary. Deletes were skipped.",
};

/** The Action: inputs -> Settings -> sync() -> outputs, job summary, exit status. */
export async function run(): Promise<void> {
  const apiKey = core.getInput("api-key");
  if (apiKey) core.setSecret(apiKey);
  const raw = readInputs((name) => core.getInput(name), process.env.GITHUB_EVENT_NAME);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const settings = await resolveSettings({ raw, env: process.env, cwd: workspace, runner: "action" });

  const outcome = await core.group(`kb-publish ${settings.command} → ${settings.target}`, () =>
    sync(settings, { log: actionsLogger, userAgent: buildUserAgent(VERSION, "action") }),
  );
  core.info(renderPlanText(outcome.plan));
  if (outcome.result) core.info(renderResultText(outcome.result));

  const planFile = await writePlanFile(settings.command, outcome);
  for (const [name, value] of Object.entries(outputsFor(outcome, planFile))) core.setOutput(name, value);
  await writeSummary(outcome);

  const code = exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: false });
  if (code !== ExitCode.ok) core.setFailed(exitMessages[code] ?? `kb-publish exited with ${code}`);
}

const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

async function writePlanFile(command: string, outcome: SyncOutcome): Promise<string> {
  const dir = process.env.RUNNER_TEMP || path.join(process.cwd(), ".kb-publish");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, "kb-publish-plan.json");
  await writeFile(file, `${JSON.stringify(outcomeToJson(command, outcome), null, 2)}\n`);
  return file;
}

async function writeSummary(outcome: SyncOutcome): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const markdown = outcome.result
    ? renderResultMarkdown(outcome.result, { heading: "kb-publish sync" })
    : renderPlanMarkdown(outcome.plan, { heading: "kb-publish plan" });
  await core.summary.addRaw(markdown, true).write();
}
