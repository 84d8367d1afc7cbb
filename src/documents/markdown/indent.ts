/** Column width of a line's leading whitespace; a tab advances to the next multiple of four. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === " ") width++;
    else if (char === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Removes up to `columns` columns of leading whitespace; a partly removed tab becomes spaces. */
export function dedentLine(line: string, columns: number): string {
  let width = 0;
  let index = 0;
  while (index < line.length && width < columns) {
    const char = line[index];
    if (char === " ") width++;
    else if (char === "\t") width += 4 - (width % 4);
    else break;
    index++;
  }
  const overshoot = Math.max(0, width - columns);
  return " ".repeat(overshoot) + line.slice(index);
}

export function leadingWhitespace(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

export const isBlank = (line: string): boolean => line.trim() === "";
