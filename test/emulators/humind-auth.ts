import type { IncomingHttpHeaders } from "node:http";
import type { Fail } from "./humind-envelope.js";
import type { EmulatorResponse } from "./http-util.js";
import { isWriteMethod } from "./ledger.js";
import type { Random } from "./prng.js";

/** INF key structure (contract example `hmd_live_aB3xK9qLm2pR7sT5wY8zN1_4f7c2e9a`). */
export const HUMIND_KEY_PATTERN = /^hmd_(live|test)_[A-Za-z0-9]{22}_[0-9a-f]{8}$/;

export const KNOWLEDGE_READ = "knowledge:read";
export const KNOWLEDGE_WRITE = "knowledge:write";

/** One API key the emulated company owns. */
export interface HumindKey {
  key: string;
  /** e.g. ["knowledge:read", "knowledge:write"]; write does not imply read. */
  scopes: string[];
  /** A revoked key answers 401 `revoked`. Default false. */
  revoked?: boolean;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A well-formed key drawn from `random` (reproducible per seed). */
export function generateHumindKey(random: Random, env: "live" | "test" = "test"): string {
  const draw = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  return `hmd_${env}_${draw(ALNUM, 22)}_${draw("0123456789abcdef", 8)}`;
}

/** Throws at start-up when a test configures a key the emulator could never accept. */
export function assertWellFormedKeys(keys: readonly HumindKey[]): void {
  keys.forEach((entry, index) => {
    if (!HUMIND_KEY_PATTERN.test(entry.key)) {
      throw new Error(`Humind emulator: keys[${index}] is malformed, expected hmd_<live|test>_<22 alnum>_<8 hex> (test/emulators/humind-auth.ts)`);
    }
  });
}

/** The scope a method needs (DOC HM-KN): GET reads, everything else writes. */
export function requiredScope(method: string): string {
  return isWriteMethod(method) ? KNOWLEDGE_WRITE : KNOWLEDGE_READ;
}

/**
 * DOC HM-AUTH/HM-KN codes. INF split: no (or an empty) Authorization header is
 * `missing_credentials`; a header that is not `Bearer <well-formed key>` is `invalid_key_format`.
 * Messages never echo the key.
 */
export function authenticate(
  headers: IncomingHttpHeaders,
  keys: ReadonlyMap<string, HumindKey>,
  fail: Fail,
): { key: HumindKey } | { response: EmulatorResponse } {
  const header = headers.authorization?.trim() ?? "";
  if (header === "") return { response: fail(401, "missing_credentials", "Missing Authorization header: send Authorization: Bearer <key>") };
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (token === undefined || !HUMIND_KEY_PATTERN.test(token)) {
    return { response: fail(401, "invalid_key_format", "Malformed API key: expected Authorization: Bearer hmd_<live|test>_…") };
  }
  const key = keys.get(token);
  if (!key) return { response: fail(401, "invalid_key", "Invalid API key") };
  if (key.revoked) return { response: fail(401, "revoked", "This API key has been revoked") };
  return { key };
}

/** 403 `insufficient_scope` with the missing scope in `details` (DOC HM-ERR "missing scopes"). */
export function checkScope(key: HumindKey, method: string, fail: Fail): EmulatorResponse | undefined {
  const scope = requiredScope(method);
  if (key.scopes.includes(scope)) return undefined;
  return fail(403, "insufficient_scope", `This API key lacks the ${scope} scope`, { missing_scopes: [scope] });
}
