import { textOfHtml } from "../entities.js";
import { fenceFor } from "../fences.js";
import { expressionSourceValue } from "../mdx/js-extent.js";
import { literalPart, textPart } from "../parts.js";
import type { Part } from "../parts.js";
import type { ScannedTag } from "../tag-scanner.js";
import { attribute, type TagHandler } from "./handler.js";

/** A fenced code block (its own literal part, between line breaks), fenced so no line of it closes it. */
export function fencedCode(language: string, code: string): Part[] {
  const fence = fenceFor(code);
  return [textPart("\n"), literalPart(`${fence}${language}\n${code}\n${fence}`), textPart("\n")];
}

/** `<pre><code class="language-js">…</code></pre>`: entities decoded, a fenced block. */
export const preformatted: TagHandler = {
  capture: true,
  open: (tag, inner = "") => {
    const classes = `${tag.attributes.class ?? tag.attributes.className ?? ""} ${/<code\b[^>]*>/i.exec(inner)?.[0] ?? ""}`;
    const language = /language-([\w+-]+)/.exec(classes)?.[1] ?? "";
    return fencedCode(language, textOfHtml(inner).replace(/^\n|\n$/g, ""));
  },
};

/** `<code>…</code>`: an inline code span long enough for the backticks it holds. */
export const inlineCode: TagHandler = {
  capture: true,
  open: (_tag, inner = "") => {
    const code = textOfHtml(inner);
    const ticks = "`".repeat(Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
    return code ? [literalPart(`${ticks}${pad}${code}${pad}${ticks}`)] : [];
  },
};

/** Docusaurus `<CodeBlock language="js">{`…`}</CodeBlock>`: the template literal is the code. */
export const codeBlock: TagHandler = {
  capture: true,
  open: (tag: ScannedTag, inner = "") => {
    const trimmed = inner.trim();
    const code = trimmed.startsWith("{") ? expressionSourceValue(trimmed) : trimmed;
    return fencedCode(attribute(tag, "language", "lang") ?? "", code.replace(/^\n|\n$/g, ""));
  },
};

/** Starlight / Expressive Code `<Code code={…} lang="js" />`: the `code` attribute is the code. */
export const codeAttribute: TagHandler = {
  open: (tag) => {
    const code = attribute(tag, "code");
    return code ? fencedCode(attribute(tag, "lang", "language") ?? "", code.replace(/^\n|\n$/g, "")) : "";
  },
};
