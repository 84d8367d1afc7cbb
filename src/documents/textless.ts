import type { DeriveOutcome } from "./derive.js";

/** The error for a page file that yields no text: never a removal of what it published. */
export const NO_TEXT_MESSAGE = "page has no text; its published copy is kept";

/** A file left out on purpose, with why. `textless`: left out because it has no text (see textlessOutcome). */
export interface ExcludedFile {
  file: string;
  reason: string;
  textless?: boolean;
}

/** Frontmatter keys that say a generator builds the page from a template, so it has no text of its own. */
const TEMPLATE_KEYS = ["layout", "template", "redirect", "redirect_to", "redirectTo"] as const;

/**
 * What a Markdown page that yields no text is. Deliberate non-pages are left out (`excluded`,
 * marked `textless`): a Hugo section index (`_index.md`, which lists its section), a body of
 * markup only (`{{< children >}}`, `<DocCardList />`: a listing or component page), and a page
 * whose frontmatter names a layout, template or redirect (Jekyll's `layout: home` index,
 * `layout: search`). Anything else — an empty file, whitespace, frontmatter alone — is an error
 * for the file, so a truncated page can never look like a removed one. (The plan also keeps the
 * published copy of a deliberate non-page that lost its text, see plan/kept.ts.)
 */
export function textlessOutcome(path: string, rawBody: string, data: Record<string, unknown>): DeriveOutcome {
  if (/(^|\/)_index(\.[^./]+)?\.[^./]+$/.test(path)) {
    return textless("section page (_index) with no text of its own: a listing, not a page");
  }
  if (rawBody.trim() !== "") return textless("page has no text once frontmatter, shortcodes and components are removed");
  const key = TEMPLATE_KEYS.find((name) => data[name] !== undefined && data[name] !== null && data[name] !== "");
  if (key) return textless(`page has no text and its frontmatter names a ${key}: built from a template, not a page`);
  const message =
    `${NO_TEXT_MESSAGE} (the file is empty or holds only frontmatter); ` +
    "expected page text — to unpublish a page, delete its file or set draft: true";
  return { kind: "error", diagnostic: { severity: "error", file: path, message } };
}

function textless(reason: string): DeriveOutcome {
  return { kind: "excluded", reason, textless: true };
}
