import { expressionSourceValue } from "../mdx/js-extent.js";
import type { TabName } from "../mdx/tab-names.js";
import { LABEL_MARK } from "../marks.js";
import { boldLabel, noteHeading } from "../note.js";
import type { Part } from "../parts.js";
import type { ScannedTag } from "../tag-scanner.js";

/**
 * How one tag is replaced. `container` tags (components, block HTML) open a level whose
 * indented children are dedented; a `quote` container's content becomes a blockquote.
 * `capture` handlers receive the raw content up to the closing tag and replace the whole
 * element. A handler without `open`/`close` removes the tag and keeps what it holds.
 */
export interface TagHandler {
  container?: boolean;
  /** A note: its content is written as a blockquote (containers only). */
  quote?: boolean;
  capture?: boolean;
  open?: (tag: ScannedTag, inner?: string, state?: HandlerState) => string | Part[];
  close?: (tag: ScannedTag, state?: HandlerState) => string;
}

/** What handlers share while one text is cleaned: the names of the open tab sets (see tabs.ts). */
export interface HandlerState {
  /** Innermost last; each tab without a label takes the next name. */
  tabs: { names: TabName[]; next: number }[];
}

/** Handlers by tag name: one table per generator or component family. */
export type HandlerTable = Readonly<Record<string, TagHandler>>;

/** The text of the first attribute present: a quoted value, or the string an `{expression}` holds. */
export function attribute(tag: ScannedTag, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = tag.attributes[name];
    if (value !== undefined) return value.startsWith("{") ? expressionSourceValue(value) : value;
  }
  return undefined;
}

/** A line written unindented and on its own, between blank lines. Empty text writes nothing. */
export const labelLine = (text: string): string => (text ? `\n${LABEL_MARK}${text}\n\n` : "");

/** Removed with everything it holds. */
export const dropped: TagHandler = { capture: true, open: () => "" };
/** Removed; its children are kept (any unknown component). */
export const container: TagHandler = { container: true };

/** A container led by a bold label from the first attribute present: tabs, steps, accordions. */
export const labelled = (...names: string[]): TagHandler => ({ container: true, open: (tag) => labelLine(boldLabel(attribute(tag, ...names))) });

/** A note (admonition, aside, callout): a blockquote led by its kind and title. `fixedKind` when the name says it. */
export const note = (fixedKind?: string): TagHandler => ({
  container: true,
  quote: true,
  open: (tag) => labelLine(noteHeading(fixedKind ?? attribute(tag, "type", "kind", "variant", "variation"), attribute(tag, "title"))),
});

/** Which attributes make a card: its title, where it links, and the text under the title. */
export interface CardAttributes {
  title: readonly string[];
  link?: readonly string[];
  text?: readonly string[];
}

/**
 * A card: its title in bold (a link when it has one), each text attribute as a line under it,
 * then its children. Link cards listing courses or guides keep every title, link and description.
 */
export function card(attributes: CardAttributes): TagHandler {
  return {
    container: true,
    open: (tag) => {
      const title = attribute(tag, ...attributes.title)?.replace(/\s+/g, " ").trim();
      const href = attributes.link ? attribute(tag, ...attributes.link) : undefined;
      const lines = (attributes.text ?? []).map((name) => attribute(tag, name)?.replace(/\s+/g, " ").trim()).filter((line): line is string => !!line);
      const heading = title && href ? `**[${title.replace(/[[\]]/g, "")}](${href})**` : boldLabel(title);
      const shown = heading ? [heading, ...lines] : lines;
      return shown.length === 0 ? "" : `\n${shown.map((line) => `${LABEL_MARK}${line}`).join("\n")}\n\n`;
    },
  };
}

/** A card that links somewhere and says what it is: Starlight `<LinkCard>`, Mintlify and Fumadocs `<Card>`. */
export const linkCard = card({ title: ["title"], link: ["href"], text: ["description"] });

/** Inline text from an attribute, for badges and keyboard keys. */
export const inlineText = (...names: string[]): TagHandler => ({ open: (tag) => attribute(tag, ...names) ?? "" });

/** A field of an API reference: `**name** (type)`, then its description (Mintlify `<ParamField>`, `<ResponseField>`). */
export const field = (nameAttributes: readonly string[]): TagHandler => ({
  container: true,
  open: (tag) => {
    const name = attribute(tag, ...nameAttributes);
    const type = attribute(tag, "type");
    const required = tag.attributes.required !== undefined ? ", required" : "";
    return name ? labelLine(`**${name}**${type ? ` (${type}${required})` : ""}`) : "";
  },
});
