/** Header names whose values are credentials, so they are redacted even when not listed in `secrets`. */
const CREDENTIAL_HEADER = /auth|api-?key|token|secret|cookie|signature|password/i;

/** Secrets shorter than this are ignored: replacing "a" everywhere would mangle messages, not protect anything. */
const MIN_SECRET_LENGTH = 4;

/**
 * Replace every occurrence of each secret (and its percent-encoded form) in `text` with `***`.
 * Longer secrets are replaced first so that a secret containing another is fully hidden.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const variants = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    variants.add(secret);
    variants.add(encodeURIComponent(secret));
  }
  let out = text;
  for (const value of [...variants].sort((a, b) => b.length - a.length)) {
    out = out.split(value).join("***");
  }
  return out;
}

/**
 * The credential values found in a header map: each auth-like header's full value and, for
 * `Authorization: <scheme> <token>`, the bare token too.
 */
export function secretsFromHeaders(headers: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!CREDENTIAL_HEADER.test(name) || !value) continue;
    found.push(value);
    const token = /^\S+\s+(\S.*)$/.exec(value)?.[1];
    if (token) found.push(token);
  }
  return found;
}

/** Redact a JSON-like value by round-tripping it through text; non-JSON values become redacted strings. */
export function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (value === undefined) return undefined;
  if (typeof value === "string") return redact(value, secrets);
  try {
    return JSON.parse(redact(JSON.stringify(value), secrets));
  } catch {
    return redact(String(value), secrets);
  }
}
