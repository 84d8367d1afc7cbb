import { writeFile } from "node:fs/promises";
import { resolveSettings } from "../config/resolve.js";
import { ExitCode } from "../exit-codes.js";
import { exportDocs, exportFormat } from "../export.js";
import type { Diagnostic } from "../documents/document.js";
import { groupWarnings, locationList } from "../report/warnings.js";
import { locationOf } from "../report/wording.js";
import type { ExportInvocation } from "./program.js";
import type { CliIO } from "./run.js";
import { prepareOutFile } from "./out-file.js";
import { stderrLogger } from "./terminal.js";

/**
 * `kb-publish export`: writes the file (or prints it), lists files that could not be read on
 * stderr, and exits 4 when there were any — the export is then missing those pages.
 */
export async function runExport(invocation: ExportInvocation, io: CliIO): Promise<number> {
  const settings = await resolveSettings({ raw: invocation.raw, env: io.env, cwd: io.cwd, runner: "cli" });
  const log = stderrLogger(io, { verbose: invocation.verbose, quiet: false });
  const format = exportFormat(invocation.format, "--format");
  const file = invocation.out === undefined ? undefined : await prepareOutFile(io.cwd, invocation.out);
  const outcome = await exportDocs(settings, { format, siteName: invocation.siteName, summary: invocation.summary }, log);
  for (const line of diagnosticLines(outcome.diagnostics)) log.warn(line);
  if (file) {
    await writeFile(file, outcome.text);
    log.info(`Wrote ${outcome.pages} pages to ${file} (${format})`);
  } else io.stdout(outcome.text);
  const unreadable = outcome.diagnostics.filter((d) => d.severity === "error").length;
  return unreadable > 0 ? ExitCode.partialFailure : ExitCode.ok;
}

/** Each unreadable file, then the warnings, one line per kind when many files share one. */
function diagnosticLines(diagnostics: Diagnostic[]): string[] {
  const errors = diagnostics.filter((d) => d.severity === "error").map((d) => `${locationOf(d)}: ${d.message}`);
  const warnings = groupWarnings(diagnostics.filter((d) => d.severity === "warning")).map((group) =>
    group.kind === "one" ? `${locationOf(group.diagnostic)}: ${group.diagnostic.message}` : `${group.summary}: ${locationList(group.diagnostics, false)}`,
  );
  return [...errors, ...warnings];
}
