/** A problem with one frontmatter key; the caller turns it into a diagnostic with a line. */
export interface FieldProblem {
  key: string;
  message: string;
}

/** The first of `keys` present in `data` with a value (null counts as absent). */
export function firstKey(data: Record<string, unknown>, keys: readonly string[]): string | undefined {
  return keys.find((key) => data[key] !== undefined && data[key] !== null);
}

/** A text value, trimmed; numbers and booleans are stringified, structures are a warning. */
export function textField(data: Record<string, unknown>, key: string, warnings: FieldProblem[]): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "object") {
    warnings.push({ key, message: `frontmatter "${key}" is ${JSON.stringify(value)}; expected text; ignored` });
    return undefined;
  }
  return String(value).trim() || undefined;
}

export function explicitIdOf(value: unknown, key: string): string | FieldProblem | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && value.length > 0) return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const found = typeof value === "string" ? "an empty string" : JSON.stringify(value);
  return { key, message: `frontmatter "${key}" is ${found}; expected a non-empty text id (or no "${key}" key)` };
}

export function languageField(data: Record<string, unknown>, key: string, warnings: FieldProblem[]): string | undefined {
  const written = textField(data, key, warnings);
  if (written === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(written.replaceAll("_", "-"))[0];
  } catch {
    warnings.push({ key, message: `frontmatter "${key}" is "${written}"; expected a language tag such as en, fr or pt-BR; ignored` });
    return undefined;
  }
}

/** `true`/`false` as a boolean or as text (`"true"`, `" False "`). */
export function isFlag(value: unknown, flag: boolean): boolean {
  return value === flag || (typeof value === "string" && value.trim().toLowerCase() === String(flag));
}
