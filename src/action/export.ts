import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Settings } from "../config/settings.js";
import { exportDocs } from "../export.js";
import type { ExportFormat } from "../report/llms-txt.js";
import type { ActionOutput } from "./output.js";

/**
 * The `export` input: writes the docs in the llms.txt convention to `file` (relative to the
 * workspace), read exactly as `kb-publish export` reads them, through the Action's redaction
 * point. Files that could not be read are already annotated by the run; they are left out of the file.
 * Returns the absolute path written, for the `export-file` output.
 */
export async function writeExport(settings: Settings, request: { path: string; format: ExportFormat }, workspace: string, output: ActionOutput): Promise<string> {
  const file = path.resolve(workspace, request.path);
  const outcome = await exportDocs(settings, { format: request.format }, { ...output, info: () => undefined });
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, output.redact(outcome.text));
  output.info(`Wrote ${outcome.pages} pages to ${request.path} (${request.format})`);
  return file;
}
