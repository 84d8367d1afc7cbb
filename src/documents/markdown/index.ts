import { rewriteBlocks } from "./blocks.js";
import { configuredHandlers } from "./components/index.js";
import type { CleanContext } from "./context.js";
import { rewriteDestinations } from "./destinations.js";
import { headingTitle } from "./heading.js";
import { layoutContainers } from "./layout.js";
import { hasNoiseLine } from "./noise-lines.js";
import { cleanMarkup } from "./markup.js";
import type { CleanOptions } from "./options.js";
import { joinParts, mapText, type Part } from "./parts.js";
import { segmentsOf } from "./segments.js";
import { cleanText } from "./text.js";
import { cleanTemplates } from "./templates.js";
import { tidy } from "./tidy.js";

export type { ComponentRule } from "./components/index.js";
export type { CleanOptions, Flavor } from "./options.js";
export { parseMarkdown } from "./processor.js";

/** A cleaned page and, when asked for, the title its first `# heading` gives. */
export interface CleanedPage {
  markdown: string;
  heading?: string;
  /** What cleanup had to work around (JavaScript the parser rejects), one message each. Empty when none. */
  warnings: string[];
}

export interface CleanPageOptions extends CleanOptions {
  /** Also find the first depth-1 heading's text. Default false. */
  heading?: boolean;
}

const ICON = /:(?:material|fontawesome|octicons|simple)-/;

/**
 * Whether any cleanup rule can apply: a page without `<`, `{`, character references, icon codes,
 * ESM or block markers is returned as is. Plain substring checks first, since they cost far less
 * than one regular expression with alternatives over a large page.
 */
function isNoisy(body: string): boolean {
  if (body.includes("<") || body.includes("{")) return true;
  if (body.includes("&") && /&[#A-Za-z]/.test(body)) return true;
  if (body.includes(":") && ICON.test(body)) return true;
  return hasNoiseLine(body);
}

/**
 * Removes Markdown/MDX/template noise from a page body, keeping the text a reader sees (see
 * the README section "MDX and templates"). Code blocks and inline code are never changed. Pure.
 */
export function cleanMarkdown(body: string, options: CleanOptions): string {
  return cleanMarkdownPage(body, options).markdown;
}

/**
 * {@link cleanMarkdown}, plus the first heading, from one scan of the page. A page without
 * noise and without links to rewrite is returned as is (scanned only when a heading is wanted).
 */
export function cleanMarkdownPage(body: string, options: CleanPageOptions): CleanedPage {
  const page: CleanedPage = { markdown: body, warnings: [] };
  const noisy = isNoisy(body);
  if (!noisy && !options.mapUrl && !options.heading) return page;
  const context: CleanContext = { flavor: options.flavor, handlers: configuredHandlers(options.components), warn: (message) => page.warnings.push(message) };
  const source = noisy ? rewriteBlocks(body, context) : body;
  const segments = segmentsOf(source, options.flavor);
  const heading = options.heading && segments.heading !== undefined ? headingTitle(segments.heading, options.flavor) : undefined;
  if (heading) page.heading = heading;
  if (!noisy && !options.mapUrl) return page;

  let parts = segments.parts;
  if (noisy) parts = cleanParts(parts, context);
  if (options.mapUrl) parts = rewriteDestinations(parts, options.mapUrl);
  page.markdown = joinParts(noisy ? tidy(parts, options.flavor) : parts);
  return page;
}

/** The inline passes: templates (Markdown only: in MDX `{{` is an object literal), markup, text, layout. */
function cleanParts(parts: Part[], context: CleanContext): Part[] {
  const templated = context.flavor === "md" ? mapText(parts, cleanTemplates) : parts;
  return layoutContainers(mapText(cleanMarkup(templated, context), (text) => cleanText(text, context.flavor)));
}
