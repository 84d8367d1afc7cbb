/**
 * The page as a list of parts while it is cleaned. `literal` parts (code blocks, inline code,
 * `{% raw %}` content) are final: no cleanup pass ever changes them.
 */
export interface Part {
  text: string;
  literal: boolean;
  /** An indented code block: its lines are never re-indented. */
  indented?: boolean;
}

export const textPart = (text: string): Part => ({ text, literal: false });
export const literalPart = (text: string): Part => ({ text, literal: true });

/** Merges neighbours of the same kind and drops empty parts, so a construct split by parsing is seen whole. */
export function mergeParts(parts: Part[]): Part[] {
  const merged: Part[] = [];
  for (const part of parts) {
    if (part.text === "") continue;
    const last = merged.at(-1);
    if (last && last.literal === part.literal && last.indented === part.indented) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** Applies `transform` to every non-literal part; literal parts pass through untouched. */
export function mapText(parts: Part[], transform: (text: string) => string | Part[]): Part[] {
  const out: Part[] = [];
  for (const part of mergeParts(parts)) {
    if (part.literal) {
      out.push(part);
      continue;
    }
    const result = transform(part.text);
    if (typeof result === "string") out.push(textPart(result));
    else out.push(...result);
  }
  return mergeParts(out);
}

export function joinParts(parts: Part[]): string {
  return parts.map((part) => part.text).join("");
}
