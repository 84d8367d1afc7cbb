import type { PullRequestInfo } from "./context.js";

/** Targets that need no API key: their knowledge base lives on the runner itself. */
export const KEYLESS_TARGETS: ReadonlySet<string> = new Set(["local"]);

export interface ComparisonInput {
  command: "plan" | "sync";
  pullRequest?: PullRequestInfo;
  target: string;
  hasApiKey: boolean;
  /** `target.capabilities.returnsContent`; undefined when the target was not built (no key). */
  returnsContent?: boolean;
  /** Keyless targets only: whether the target holds any owned live record on this runner. */
  holdsRecords?: boolean;
}

export type ComparisonChoice = { kind: "live" } | { kind: "base"; reason: string };

/**
 * What a pull-request dry run compares with. Pure. The live knowledge base when it can be read
 * and can return content to diff; otherwise the base branch's version of each file:
 * - not a `plan` on a pull request → live (push, schedule and every `sync` always are);
 * - a pull request from a fork → base: forks get no secrets;
 * - a target that needs a key, with none → base;
 * - a target that cannot return stored content → base, so the comment can still show diffs;
 * - a keyless target (local store) holding no records → base: an empty store on a fresh runner
 *   says nothing about the knowledge base, and a plan of "create everything" would hide the change;
 * - otherwise live.
 */
export function chooseComparison(input: ComparisonInput): ComparisonChoice {
  if (input.command !== "plan" || !input.pullRequest) return { kind: "live" };
  const keyless = KEYLESS_TARGETS.has(input.target);
  if (input.pullRequest.fromFork) return base("this pull request comes from a fork, which gets no secrets");
  if (!keyless && !input.hasApiKey) return base(`no API key is available to read the ${input.target} knowledge base`);
  if (input.returnsContent === false) return base(`the ${input.target} target cannot return stored content to diff against`);
  if (keyless && input.holdsRecords === false) return base(`the ${input.target} store holds no records on this runner`);
  return { kind: "live" };
}

function base(reason: string): ComparisonChoice {
  return { kind: "base", reason };
}
