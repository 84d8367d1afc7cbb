import { handlerFor, LINKS, type HandlerState, type TagHandler } from "./components/index.js";
import { excerpt, type CleanContext } from "./context.js";
import { depthMark, QUOTE_CLOSE, QUOTE_OPEN, stripMarks } from "./marks.js";
import { expressionExtent, expressionValue } from "./mdx/js-extent.js";
import { joinParts, mapText, textPart } from "./parts.js";
import type { Part } from "./parts.js";
import { autolinkLength, commentEnd, scanTag } from "./tag-scanner.js";
import type { ScannedTag } from "./tag-scanner.js";

interface MarkupState extends HandlerState {
  context: CleanContext;
  /** Open container tags, innermost last. */
  open: string[];
  /** Destinations of open link tags (undefined for anchors without href). */
  links: (string | undefined)[];
}

/**
 * Removes HTML/JSX tags, HTML comments and (MDX) `{expressions}` from text parts, keeping the
 * text between tags. Some tags leave something readable (see components/); container tags
 * leave depth marks so their indented children can be dedented afterwards. Expressions are
 * read with the JavaScript parser; one it cannot read is dropped with a warning.
 */
export function cleanMarkup(parts: Part[], context: CleanContext): Part[] {
  const state: MarkupState = { context, open: [], links: [], tabs: [] };
  return mapText(parts, (text) => scanText(stripMarks(text), state));
}

function scanText(text: string, state: MarkupState): Part[] {
  const special = state.context.flavor === "mdx" ? /[<{]/g : /</g;
  const out: Part[] = [];
  let cursor = 0;
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const at = match.index;
    const replaced = text[at] === "<" ? replaceAngle(text, at, state) : replaceBrace(text, at, state.context);
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

function replaceBrace(text: string, at: number, context: CleanContext): Replacement | undefined {
  if (text[at - 1] === "\\") return undefined;
  const extent = expressionExtent(text, at);
  if (extent.ok) return plain(expressionValue(extent.node), extent.end);
  if (extent.end === undefined) {
    context.warn(`MDX expression ${excerpt(text, at)} is not closed (${extent.reason}); expected JavaScript between { and }; kept as text`);
    return undefined;
  }
  context.warn(`MDX expression ${excerpt(text, at, extent.end)} is not valid JavaScript (${extent.reason}); expected an expression such as {props.name}; dropped`);
  return plain("", extent.end);
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
  const tag = scanTag(text, at, state.context.flavor);
  return tag ? replaceTag(text, tag, state) : undefined;
}

function replaceTag(text: string, tag: ScannedTag, state: MarkupState): Replacement {
  const link = linkAttributes(tag.name);
  if (link) return anchor(text, tag, link, state);
  const handler = handlerFor(tag.name, state.context.handlers);
  if (handler.capture && !tag.closing && !tag.selfClosing) {
    const captured = capture(text, tag);
    if (captured) return { parts: rendered(handler.open?.(tag, captured.inner, state)), end: captured.end };
  }
  if (handler.container) return plain(containerText(tag, handler, state), tag.end);
  return { parts: rendered(tag.closing ? handler.close?.(tag, state) : handler.open?.(tag, undefined, state)), end: tag.end };
}

/** `<a>` in any case; link components by their exact name. */
function linkAttributes(name: string): readonly string[] | undefined {
  return name.toLowerCase() === "a" ? (/^[A-Z]/.test(name) ? undefined : LINKS.a) : LINKS[name];
}

function rendered(output: string | Part[] | undefined): Part[] {
  if (output === undefined) return [];
  return typeof output === "string" ? [textPart(output)] : output;
}

function containerText(tag: ScannedTag, handler: TagHandler, state: MarkupState): string {
  if (tag.selfClosing) {
    const opened = handler.open?.(tag, undefined, state);
    handler.close?.(tag, state);
    return typeof opened === "string" ? opened : "";
  }
  if (!tag.closing) {
    state.open.push(tag.name);
    const opened = handler.open?.(tag, undefined, state);
    return depthMark(state.open.length) + (handler.quote ? QUOTE_OPEN : "") + (typeof opened === "string" ? opened : "");
  }
  const index = state.open.lastIndexOf(tag.name);
  if (index === -1) return handler.close?.(tag, state) ?? "";
  state.open.length = index;
  return (handler.close?.(tag, state) ?? "") + (handler.quote ? QUOTE_CLOSE : "") + depthMark(state.open.length);
}

/**
 * A link tag (`<a href>`, `<Link to>`) becomes a Markdown link. Its content is cleaned and put
 * on one line when the closing tag is in the same text; otherwise (code inside the link) the
 * brackets are written where the tags stood.
 */
function anchor(text: string, tag: ScannedTag, names: readonly string[], state: MarkupState): Replacement {
  if (tag.selfClosing) return plain("", tag.end);
  if (tag.closing) {
    const href = state.links.pop();
    return plain(href ? `](${href})` : "", tag.end);
  }
  const written = names.map((name) => tag.attributes[name]).find((value) => value !== undefined);
  const href = written && !written.startsWith("{") ? written : undefined;
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
