import path from "node:path";
import { EXPECTED, invalidValue } from "./config/expected.js";
import type { Settings } from "./config/settings.js";
import type { Diagnostic } from "./documents/document.js";
import type { Logger } from "./log.js";
import { EXPORT_FORMATS, renderLlmsFullTxt, renderLlmsTxt, type ExportFormat } from "./report/llms-txt.js";
import { readDocuments } from "./sources/prepare.js";

export interface ExportOptions {
  format: ExportFormat;
  /** H1 of the file. Default: the home page's title, else the docs folder's name. */
  siteName?: string;
  /** Blockquote summary. Default: the home page's description, else none. */
  summary?: string;
}

export interface ExportOutcome {
  text: string;
  /** Pages written into the file. */
  pages: number;
  /** Errors (files that could not be read: not in the file) and warnings, as `plan` reports them. */
  diagnostics: Diagnostic[];
}

/**
 * The docs folder in the llms.txt convention. Pages are read exactly as `plan` reads them for
 * the local store (the same ids, titles, languages; one page per language), so an export and
 * a knowledge base hold the same documents. Writes nothing itself.
 */
export async function exportDocs(settings: Settings, options: ExportOptions, log: Logger): Promise<ExportOutcome> {
  log.info(`Reading ${settings.root}`);
  const { documents, diagnostics } = await readDocuments(settings, { nativeTranslations: false });
  const site = { name: options.siteName, summary: options.summary, folderName: path.basename(settings.root) };
  const render = options.format === "llms-full-txt" ? renderLlmsFullTxt : renderLlmsTxt;
  return { text: render(documents, site), pages: documents.length, diagnostics };
}

/** `value` as an export format; throws the config wording (with a "did you mean") when it is none. `where`: `--format`, `input export-format`. */
export function exportFormat(value: string, where: string): ExportFormat {
  const known: readonly string[] = EXPORT_FORMATS;
  if (known.includes(value)) return value as ExportFormat;
  throw new Error(invalidValue(where, JSON.stringify(value), EXPECTED.oneOf(EXPORT_FORMATS), EXPORT_FORMATS));
}
