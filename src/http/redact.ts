/** Header names whose values are credentials, so they are redacted even when not listed in `secrets`. */
const CREDENTIAL_HEADER = /auth|api-?key|token|secret|cookie|signature|password/i;

/** Secrets shorter than this are ignored: replacing "a" everywhere would mangle messages, not protect anything. */
const MIN_SECRET_LENGTH = 4;

/** Base64 runs shorter than this are not matched: too likely to occur by chance. */
const MIN_BASE64_CORE = 8;

/**
 * Every form in which a secret may be echoed: as is, percent-encoded (a URL, a query), and the
 * parts of its base64 that do not depend on what surrounds it (Basic auth, a token embedded
 * in a longer encoded string), in standard and URL-safe alphabets. Letter case is handled by
 * the matcher (a host name comes back lower-cased from DNS errors and URL parsers).
 */
export function secretVariants(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const variants = new Set([secret, encodeURIComponent(secret), encodeURI(secret)]);
  for (const core of base64Cores(secret)) {
    variants.add(core);
    variants.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...variants];
}

/**
 * For each of the three byte alignments the secret can have inside a longer encoded text, the
 * base64 characters that encode only the secret's own bytes: the first group is dropped when
 * it mixes in a preceding byte, the last one when it mixes in a following byte.
 */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64").replace(/=+$/, "");
    const start = shift === 0 ? 0 : 4;
    const whole = Math.floor((shift + bytes.length) / 3) * 4;
    const core = encoded.slice(start, whole);
    if (core.length >= MIN_BASE64_CORE) cores.push(core);
  }
  return cores;
}

/**
 * Replace every form of each secret (see {@link secretVariants}) in `text` with `***`, in any
 * letter case. Longer forms are replaced first so that a secret containing another is fully hidden.
 */
export function redact(text: string, secrets: readonly string[]): string {
  if (text.length === 0) return text;
  const patterns = patternsFor(secrets);
  if (!patterns) return text;
  // Without a "%" in the text, a percent-tolerant match can only be the literal one.
  return text.replace(text.includes("%") ? patterns.tolerant() : patterns.literal, "***");
}

/** The two patterns of one list of secrets: its variants as written, and percent-tolerant (built when a text first needs it). */
interface Patterns {
  literal: RegExp;
  tolerant: () => RegExp;
}

/**
 * Patterns by secret list, kept for the process: a run redacts every line it prints with the
 * same few secrets, and the percent-tolerant pattern of one API key took ~30 ms to build and
 * compile (then ~10 ms more as V8 tiers it up) — most of a no-op's output cost when it was
 * rebuilt per line (measured on the 10,000-page benchmark). Global patterns are safe to share:
 * `replace` starts each search at index 0.
 */
const cache = new Map<string, Patterns | undefined>();
const CACHE_LIMIT = 32;

function patternsFor(secrets: readonly string[]): Patterns | undefined {
  const key = JSON.stringify(secrets);
  if (cache.has(key)) return cache.get(key);
  const variants = [...new Set(secrets.flatMap(secretVariants))].sort((a, b) => b.length - a.length);
  let tolerant: RegExp | undefined;
  const patterns =
    variants.length === 0
      ? undefined
      : {
          literal: new RegExp(variants.map(escapeRegExp).join("|"), "gi"),
          tolerant: () => (tolerant ??= new RegExp(variants.map(percentTolerant).join("|"), "gi")),
        };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, patterns);
  return patterns;
}

/**
 * A pattern for `variant` in which any character may also be percent-encoded: a URL may carry
 * the key with characters encoded that need no encoding (`%2D` for `-`), so the few literal
 * encodings in secretVariants cannot cover every spelling a user or a server echoes.
 */
function percentTolerant(variant: string): string {
  return [...variant]
    .map((char) => {
      const encoded = [...Buffer.from(char, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
      return `(?:${escapeRegExp(char)}|${encoded})`;
    })
    .join("");
}

/** Credential-like query parameters: their values are redacted in any URL, secret known or not. */
const CREDENTIAL_QUERY = /([?&;](?:[\w.-]*(?:key|token|secret|password|passwd|signature|sig|auth|credential)[\w.-]*)=)[^&#\s"'<>]+/gi;
/** `scheme://user:password@` or `scheme://token@`: the whole userinfo is redacted in any URL. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@"'<>]+@/gi;

/**
 * Text with URL credentials redacted whoever owns them: the userinfo of any URL and the value
 * of any credential-like query parameter (`?key=`, `&access_token=`, `&sig=`).
 */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_USERINFO, "$1***@").replace(CREDENTIAL_QUERY, "$1***");
}

/** The credentials a URL carries: its user name and password, and credential-like query values. */
export function secretsFromUrl(value: string | undefined): string[] {
  if (!value) return [];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [];
  }
  const found = [decodeURIComponent(url.username), decodeURIComponent(url.password)];
  for (const [name, param] of url.searchParams) {
    if (/key|token|secret|password|passwd|signature|sig|auth|credential/i.test(name)) found.push(param);
  }
  return found.filter((secret) => secret.length >= MIN_SECRET_LENGTH);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
