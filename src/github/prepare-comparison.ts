import { mkdir, mkdtemp } from "node:fs/promises";
import path from "node:path";
import type { Settings } from "../config/settings.js";
import type { Comparison } from "../report/comment.js";
import type { TargetContext } from "../targets/context.js";
import { targets } from "../targets/registry.js";
import type { Target } from "../targets/target.js";
import { checkoutBaseDocs } from "./base-checkout.js";
import { chooseComparison, KEYLESS_TARGETS, type ComparisonChoice } from "./comparison.js";
import type { GitHubContext } from "./context.js";

export interface PreparedComparison {
  /** The settings to run with: `baseline` is set when the plan compares with the base branch. */
  settings: Settings;
  comparison: Comparison;
}

export interface PrepareDeps {
  context: TargetContext;
  /** Parent directory for the extracted base docs (the runner's temp directory). */
  tempRoot: string;
}

/**
 * Decides what a pull-request dry run compares with (see `chooseComparison`) and, for the base
 * branch, extracts the base version of the docs. When the base cannot be had, it falls back
 * to the live knowledge base if that can be read, and fails with the reason otherwise.
 */
export async function prepareComparison(settings: Settings, github: GitHubContext, deps: PrepareDeps): Promise<PreparedComparison> {
  const pr = github.pullRequest;
  if (settings.command !== "plan" || !pr) return { settings, comparison: { kind: "live" } };
  const choice = await choose(settings, github, deps.context);
  if (choice.kind === "live") return { settings, comparison: { kind: "live" } };

  const log = deps.context.log;
  await mkdir(deps.tempRoot, { recursive: true });
  const into = await mkdtemp(path.join(deps.tempRoot, "kb-publish-base-"));
  const checkout = pr.baseSha
    ? await checkoutBaseDocs({ sha: pr.baseSha, docsRoot: settings.root, into, log })
    : { ok: false as const, reason: "the event payload has no pull_request.base.sha" };
  if (checkout.ok) {
    log.info(`Comparing with the base branch (${pr.baseRef ?? pr.baseSha}), not the live knowledge base: ${choice.reason}`);
    return {
      settings: { ...settings, baseline: checkout.root },
      comparison: { kind: "base", reason: choice.reason, baseRef: pr.baseRef, baseSha: pr.baseSha },
    };
  }
  if (!KEYLESS_TARGETS.has(settings.target) && !settings.apiKey) {
    throw new Error(
      `cannot plan: ${choice.reason}, and the base branch could not be read: ${checkout.reason}; ` +
        `expected a git checkout of the repository (actions/checkout) before this step`,
    );
  }
  log.warn(`Could not read the base branch (${checkout.reason}); comparing with the live knowledge base instead.`);
  return { settings, comparison: { kind: "live" } };
}

async function choose(settings: Settings, github: GitHubContext, context: TargetContext): Promise<ComparisonChoice> {
  const keyless = KEYLESS_TARGETS.has(settings.target);
  const input = { command: settings.command, pullRequest: github.pullRequest, target: settings.target, hasApiKey: Boolean(settings.apiKey) };
  // Build the target only when it could be read; forks and key-less remote targets compare with the base anyway.
  const first = chooseComparison(input);
  if (first.kind === "base" || !(keyless || input.hasApiKey)) return first;
  const target = targets[settings.target]!(settings, context);
  const holdsRecords = keyless ? await holdsOwnedRecords(target) : undefined;
  return chooseComparison({ ...input, returnsContent: target.capabilities.returnsContent, holdsRecords });
}

async function holdsOwnedRecords(target: Target): Promise<boolean> {
  const snapshot = await target.snapshot();
  return snapshot.records.some((record) => record.owned && record.state === "live");
}
