import type { ExcludedFile } from "../documents/textless.js";
import type { Plan } from "../plan/types.js";
import { TOO_LARGE_MESSAGE } from "../sources/read.js";
import { plural } from "./wording.js";

/**
 * Why a page was left out, as a stable code for the JSON and a count in the reports. Files
 * that the `include`/`exclude` globs never match are not pages and are not listed.
 */
export type LeftOutReason =
  | "draft"
  | "unpublished"
  | "partial"
  | "empty"
  | "noindex"
  | "redirect"
  | "generated"
  | "override"
  | "too-large"
  | "other";

/** One page that was not published this run, with its reason code and the words of whatever left it out. */
export interface LeftOutPage {
  /** Docs-folder-relative POSIX path. */
  path: string;
  reason: LeftOutReason;
  /** e.g. `draft: true in frontmatter`, `excluded by overrides[1] (files: internal/**)`. */
  detail: string;
}

/** Report order and wording of each reason: `3 drafts, 1 over the size limit`. */
const LABELS: Record<LeftOutReason, (count: number) => string> = {
  draft: (n) => plural(n, "draft"),
  unpublished: (n) => `${n} unpublished`,
  partial: (n) => plural(n, "partial"),
  empty: (n) => `${n} without text`,
  noindex: (n) => `${n} noindex`,
  redirect: (n) => plural(n, "redirect stub"),
  generated: (n) => plural(n, "generated page"),
  override: (n) => `${n} excluded by an override`,
  "too-large": (n) => `${n} over the size limit`,
  other: (n) => `${n} left out for another reason`,
};

const ORDER = Object.keys(LABELS) as LeftOutReason[];

/**
 * Every page the plan leaves out: the deliberate exclusions, and files over the size limit
 * (which are also listed as unreadable, since their published copy is kept). Sorted by path.
 */
export function leftOutPages(plan: Plan): LeftOutPage[] {
  const excluded = (plan.excluded ?? []).map((file) => ({ path: file.file, reason: leftOutReason(file), detail: file.reason }));
  const tooLarge = plan.diagnostics
    .filter((d) => d.severity === "error" && d.message.startsWith(TOO_LARGE_MESSAGE))
    .map((d) => ({ path: d.file, reason: "too-large" as const, detail: d.message }));
  return [...excluded, ...tooLarge].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The reason code of one exclusion, read from the words its producer used (documents/exclusions.ts,
 * textless.ts, html/derive-html.ts, overrides.ts); a test feeds every producer through it.
 */
export function leftOutReason(file: ExcludedFile): LeftOutReason {
  const { reason } = file;
  if (file.textless) return "empty";
  if (/^draft\b|_drafts/.test(reason)) return "draft";
  if (reason.startsWith("excluded by overrides[")) return "override";
  if (reason.includes("a partial, not a page")) return "partial";
  if (reason.startsWith("noindex")) return "noindex";
  if (reason.startsWith("redirect stub")) return "redirect";
  if (reason.endsWith("of the built site")) return "generated";
  if (reason.endsWith("in frontmatter")) return "unpublished";
  return "other";
}

/** `3 drafts, 1 partial, 1 over the size limit`, in a fixed order. */
export function leftOutCounts(pages: readonly LeftOutPage[]): string {
  const counts = new Map<LeftOutReason, number>();
  for (const page of pages) counts.set(page.reason, (counts.get(page.reason) ?? 0) + 1);
  return ORDER.filter((reason) => counts.has(reason))
    .map((reason) => LABELS[reason](counts.get(reason)!))
    .join(", ");
}

/** `guides/wip.md: draft (draft: true in frontmatter)`; the detail alone when it already says it all. */
export function leftOutLine(page: LeftOutPage): string {
  return `${page.path}: ${describeLeftOut(page)}`;
}

export function describeLeftOut(page: LeftOutPage): string {
  if (page.reason === "too-large" || page.reason === "other" || page.reason === "empty") return page.detail;
  return `${page.reason} (${page.detail})`;
}
