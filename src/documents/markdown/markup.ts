import { expressionEnd, expressionText, MAX_EXPRESSION_LENGTH } from "./expressions.js";
import { depthMark, QUOTE_CLOSE, QUOTE_OPEN, stripMarks } from "./marks.js";
import type { Flavor } from "./options.js";
import { joinParts, mapText, textPart } from "./parts.js";
import type { Part } from "./parts.js";
import { handlerFor } from "./tag-handlers.js";
import type { TagHandler } from "./tag-handlers.js";
import { autolinkLength, commentEnd, scanTag } from "./tag-scanner.js";
import type { ScannedTag } from "./tag-scanner.js";


interface MarkupState {
  flavor: Flavor;
  /** Open container tags, innermost last. */
  open: string[];
  /** Destinations of open `<a>` tags (undefined for anchors without href). */
  links: (string | undefined)[];
}

/**
 * Removes HTML/JSX tags, HTML comments and (MDX) `{expressions}` from text parts, keeping the
 * text between tags. Some tags leave something readable (see tag-handlers); container tags
 * leave depth marks so their indented children can be dedented afterwards.
 */
export function cleanMarkup(parts: Part[], flavor: Flavor): Part[] {
  const state: MarkupState = { flavor, open: [], links: [] };
  return mapText(parts, (text) => scanText(stripMarks(text), state));
}

/**
 * How far unbalanced `{` may be searched in one text, in characters per character of text:
 * enough for any real page, while a page of stray braces stays linear.
 */
const BRACE_BUDGET_FACTOR = 16;

function scanText(text: string, state: MarkupState): Part[] {
  const special = state.flavor === "mdx" ? /[<{]/g : /</g;
  const braces = { lastClose: text.lastIndexOf("}"), budget: text.length * BRACE_BUDGET_FACTOR + MAX_EXPRESSION_LENGTH };
  const out: Part[] = [];
  let cursor = 0;
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const at = match.index;
    const replaced = text[at] === "<" ? replaceAngle(text, at, state) : replaceBrace(text, at, braces);
    if (!replaced) continue;
    out.push(textPart(text.slice(cursor, at)), ...replaced.parts);
    cursor = replaced.end;
    // Removed at the start of a line: the space that separated it from the text goes too.
    if ((at === 0 || text[at - 1] === "\n") && replaced.parts.every((part) => part.text === "")) {
      cursor += /^[ \t]*/.exec(text.slice(cursor, cursor + 100))![0].length;
    }
    special.lastIndex = cursor;
  }
  out.push(textPart(text.slice(cursor)));
  return out;
}

interface Replacement {
  parts: Part[];
  end: number;
}

const plain = (text: string, end: number): Replacement => ({ parts: [textPart(text)], end });

function replaceBrace(text: string, at: number, braces: { lastClose: number; budget: number }): Replacement | undefined {
  if (text[at - 1] === "\\" || braces.budget <= 0) return undefined;
  const limit = Math.min(braces.lastClose + 1, at + MAX_EXPRESSION_LENGTH, at + braces.budget);
  const end = expressionEnd(text, at, limit);
  if (end === undefined) braces.budget -= Math.max(0, limit - at);
  return end === undefined ? undefined : plain(expressionText(text.slice(at, end)), end);
}

function replaceAngle(text: string, at: number, state: MarkupState): Replacement | undefined {
  const autolink = autolinkLength(text, at);
  if (autolink > 0) return plain(text.slice(at, at + autolink), at + autolink);
  const comment = commentEnd(text, at);
  if (comment !== undefined) return plain("", comment);
  if (/^<[!?][A-Za-z]/.test(text.slice(at, at + 3))) {
    const close = text.indexOf(">", at);
    return close === -1 ? undefined : plain("", close + 1);
  }
  const tag = scanTag(text, at);
  return tag ? replaceTag(text, tag, state) : undefined;
}

function replaceTag(text: string, tag: ScannedTag, state: MarkupState): Replacement {
  if (tag.name.toLowerCase() === "a" && !/^[A-Z]/.test(tag.name)) return anchor(text, tag, state);
  const handler = handlerFor(tag.name);
  if (handler.capture && !tag.closing && !tag.selfClosing) {
    const captured = capture(text, tag);
    if (captured) return { parts: rendered(handler.open?.(tag, captured.inner)), end: captured.end };
  }
  if (handler.container) return plain(containerText(tag, handler, state), tag.end);
  return { parts: rendered(tag.closing ? handler.close?.(tag) : handler.open?.(tag)), end: tag.end };
}

function rendered(output: string | Part[] | undefined): Part[] {
  if (output === undefined) return [];
  return typeof output === "string" ? [textPart(output)] : output;
}

function containerText(tag: ScannedTag, handler: TagHandler, state: MarkupState): string {
  if (tag.selfClosing) {
    const opened = handler.open?.(tag);
    return typeof opened === "string" ? opened : "";
  }
  if (!tag.closing) {
    state.open.push(tag.name);
    const opened = handler.open?.(tag);
    return depthMark(state.open.length) + (handler.quote ? QUOTE_OPEN : "") + (typeof opened === "string" ? opened : "");
  }
  const index = state.open.lastIndexOf(tag.name);
  if (index === -1) return handler.close?.(tag) ?? "";
  state.open.length = index;
  return (handler.close?.(tag) ?? "") + (handler.quote ? QUOTE_CLOSE : "") + depthMark(state.open.length);
}

/**
 * `<a href>` becomes a Markdown link. Its content is cleaned and put on one line when the
 * closing tag is in the same text; otherwise (code inside the link) the brackets are written
 * where the tags stood.
 */
function anchor(text: string, tag: ScannedTag, state: MarkupState): Replacement {
  if (tag.selfClosing) return plain("", tag.end);
  if (tag.closing) {
    const href = state.links.pop();
    return plain(href ? `](${href})` : "", tag.end);
  }
  const href = tag.attributes.href || undefined;
  const captured = capture(text, tag);
  if (!captured) {
    state.links.push(href);
    return plain(href ? "[" : "", tag.end);
  }
  const inner = scanText(captured.inner, state);
  if (inner.some((part) => part.literal)) return { parts: href ? [textPart("["), ...inner, textPart(`](${href})`)] : inner, end: captured.end };
  const label = stripMarks(joinParts(inner)).replace(/\s+/g, " ").trim();
  return plain(href && label ? `[${label}](${href})` : label, captured.end);
}

/** The raw content of the element opened by `tag`, up to its closing tag in the same text. */
function capture(text: string, tag: ScannedTag): { inner: string; end: number } | undefined {
  const escaped = tag.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const closing = new RegExp(`</${escaped}\\s*>`, /^[A-Z]/.test(tag.name) ? "g" : "gi");
  closing.lastIndex = tag.end;
  const match = closing.exec(text);
  return match ? { inner: text.slice(tag.end, match.index), end: match.index + match[0].length } : undefined;
}
