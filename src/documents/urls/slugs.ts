// The slug functions of the generators, written after their sources so a Markdown page gets the
// URL segment its generator gives it. Hand-written because they are a few lines each and the
// generators are Go and Ruby; Starlight's is the github-slugger package Astro itself uses.
export { slug as githubSlug } from "github-slugger";

/**
 * Hugo's `paths.Sanitize` (common/paths/path.go): letters, digits, marks and `. / \ _ # + ~ - @`
 * (and `%XX` escapes) are kept; every run of spaces becomes one hyphen (none at the start, none
 * doubled after an explicit one); anything else is dropped. `Best practices/A (b).md` →
 * `Best-practices/A-b.md`. Hugo then lower-cases the whole path unless `disablePathToLower`.
 */
export function hugoSanitize(text: string): string {
  let out = "";
  let pendingHyphen = false;
  let wasHyphen = false;
  const chars = [...text];
  chars.forEach((char, index) => {
    if (isHugoPathCharacter(char, chars, index)) {
      wasHyphen = char === "-";
      if (pendingHyphen && !wasHyphen) out += "-";
      pendingHyphen = false;
      out += char;
    } else if (out !== "" && !wasHyphen && /\s/u.test(char)) {
      pendingHyphen = true;
    }
  });
  return out;
}

const HUGO_ALLOWED = /^[\p{L}\p{Nd}\p{M}./\\_#+~\-@]$/u;

function isHugoPathCharacter(char: string, chars: readonly string[], index: number): boolean {
  if (char === " ") return false;
  if (HUGO_ALLOWED.test(char)) return true;
  return char === "%" && /^[0-9a-f]{2}$/i.test(`${chars[index + 1] ?? ""}${chars[index + 2] ?? ""}`);
}

/** Hugo's `urlize` of a title or path: sanitized, lower-cased unless `keepCase`. */
export function hugoUrlize(text: string, keepCase = false): string {
  const sanitized = hugoSanitize(text);
  return keepCase ? sanitized : sanitized.toLowerCase();
}

/**
 * Jekyll's `Utils.slugify`: `pretty` mode (used for `:title`, case kept with `cased`) keeps
 * letters, marks, digits and `._~!$&'()+,;=@`; `default` mode (used for `:slug` and `:name`)
 * keeps letters, marks and digits. Every other run becomes one hyphen; hyphens at the ends go.
 */
export function jekyllSlugify(text: string, mode: "pretty" | "default", cased: boolean): string {
  const other = mode === "pretty" ? /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{M}\p{L}\p{Nd}]+/gu;
  const slug = text.replace(other, "-").replace(/^-+|-+$/g, "");
  return cased ? slug : slug.toLowerCase();
}
