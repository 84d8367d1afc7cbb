const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", "#39": "'" };

/** Decodes the character references code inside `<pre>` / `<code>` is written with. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (NAMED[lower] !== undefined) return NAMED[lower];
    if (!lower.startsWith("#")) return whole;
    const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of an HTML fragment: tags removed, references decoded. */
export function textOfHtml(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""));
}
