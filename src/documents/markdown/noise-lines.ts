/** A line of MDX ESM (`import x from`, `export const`) or an admonition, tab or details marker. */
export const LINE_NOISE = /^(?:import|export)[\s{*"']|^[ \t]*(?::::|!!!|\?\?\?|===[!+]?[ \t]+["'])/m;

const LINE_MARKERS = [":::", "!!!", "???", "===", "\nimport", "\nexport"];

/**
 * LINE_NOISE.test(body), tried only on the lines that hold one of its markers: over a whole
 * page the multiline expression is tried at every character, which cost about a tenth of
 * deriving a page whose code blocks hold lines like `import(x)`. Each line is tried with its
 * newline (the expression may end on it). Other line terminators JavaScript's `^` knows are rare
 * enough (and carriage returns are normalised before cleanup) to take the whole-page test.
 */
export function hasNoiseLine(body: string): boolean {
  if (body.includes("\r") || body.includes("\u2028") || body.includes("\u2029")) return LINE_NOISE.test(body);
  if ((body.startsWith("import") || body.startsWith("export")) && LINE_NOISE.test(lineFrom(body, 0))) return true;
  for (const marker of LINE_MARKERS) {
    for (let at = body.indexOf(marker); at !== -1; at = body.indexOf(marker, at + 1)) {
      // A "\nimport" marker starts on the newline before its line.
      const lineStart = marker.startsWith("\n") ? at + 1 : body.lastIndexOf("\n", at) + 1;
      if (LINE_NOISE.test(lineFrom(body, lineStart))) return true;
    }
  }
  return false;
}

/** The line that starts at `start`, with its newline. */
function lineFrom(body: string, start: number): string {
  const end = body.indexOf("\n", start);
  return body.slice(start, end === -1 ? undefined : end + 1);
}
