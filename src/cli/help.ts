import { ExitCode } from "../exit-codes.js";

/** Where the full documentation lives (the README, as published with the package). */
export const DOCS_URL = "https://www.npmjs.com/package/kb-publish";

const EXIT_CODES: Record<number, string> = {
  [ExitCode.ok]: "success, or nothing to change",
  [ExitCode.error]: "error: bad configuration or a plan error; nothing was written",
  [ExitCode.changesPending]: "plan --detailed-exitcode: there are changes to apply",
  [ExitCode.guardRefused]: "a safety guard refused the plan; nothing was written",
  [ExitCode.partialFailure]: "partial failure: some documents failed or could not be read; deletes were skipped",
};

/** Shown after the options of `kb-publish --help` and of each command's help. */
export function helpFooter(): string {
  return [
    "",
    "Examples:",
    "  kb-publish plan docs/",
    "      show what a sync would change; writes nothing",
    "  kb-publish sync docs/",
    "      publish into the local store (.kb-publish/store)",
    "  KB_PUBLISH_API_KEY=… kb-publish sync docs/ --target heppu --collection-id <id>",
    "      publish into a Heppu collection",
    "  kb-publish plan docs/ --json > plan.json",
    "      the plan as JSON (shape: schema/kb-publish-report.schema.json)",
    "  kb-publish export docs/ --base-url https://docs.example.com --out llms.txt",
    "      the docs as llms.txt, for assistants",
    "",
    "Exit codes:",
    ...Object.entries(EXIT_CODES).map(([code, meaning]) => `  ${code}  ${meaning}`),
    "",
    `Docs: ${DOCS_URL}`,
  ].join("\n");
}

/**
 * A parse error as one or two lines: commander's message without its `error:` prefix, its
 * "(Did you mean …?)" folded in, then where help is. Never the whole help text.
 */
export function usageError(message: string, command: string | undefined): string {
  const lines = message.replace(/^error: /, "").split("\n").map((line) => line.trim()).filter(Boolean);
  const [first = "invalid arguments", ...rest] = lines;
  const hint = rest.map((line) => line.replace(/^\((.*)\)$/, "$1").replace(/^Did you mean/, "did you mean")).join(" ");
  const help = command ? `kb-publish ${command} --help` : "kb-publish --help";
  return `kb-publish: ${first}${hint ? ` (${hint})` : ""}\nsee ${help}\n`;
}
