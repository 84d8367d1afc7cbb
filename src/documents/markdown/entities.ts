import { decodeNamedCharacterReference } from "decode-named-character-reference";

const REFERENCE = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** Characters whose references stay as written in Markdown prose: decoded, they would read as markup. */
const MARKUP = new Set(["<", ">", "&"]);

/**
 * Decodes HTML character references (every HTML5 name, decimal and hex), as a Markdown parser
 * does in text: `&mdash;` is "—", `&nbsp;` a no-break space. With `keepMarkup`, references to
 * `<`, `>` and `&` stay as written, so `&lt;div&gt;` in prose never becomes a tag. Unknown names
 * and invalid code points stay as written.
 */
export function decodeEntities(text: string, options: { keepMarkup?: boolean } = {}): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (whole, name: string) => {
    const decoded = name.startsWith("#") ? numeric(name) : decodeNamedCharacterReference(name);
    if (decoded === false || decoded === undefined) return whole;
    return options.keepMarkup && MARKUP.has(decoded) ? whole : decoded;
  });
}

function numeric(name: string): string | undefined {
  const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}

/** The text of an HTML fragment: tags removed, references decoded. */
export function textOfHtml(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""));
}
