/**
 * The one text normalisation every page gets before anything reads it: a leading BOM is
 * removed and CRLF / lone CR become LF, so neither changes a document's content or hash.
 */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, "\n");
}
