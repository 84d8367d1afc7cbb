/** Bearer keys and scopes (DOC C-AUTH). Messages never say whether the id or the secret was wrong. */
import type { IncomingHttpHeaders } from "node:http";
import { fail } from "./chatbot-envelope.js";
import type { EmulatorResponse } from "./http-util.js";
import type { Random } from "./prng.js";

/** DOC: `sk_live_<16 hex key id>_<48 hex secret>`. */
export const CHATBOT_KEY_PATTERN = /^sk_live_[0-9a-f]{16}_[0-9a-f]{48}$/;

export const ALL_SCOPES = ["sources:read", "sources:write", "items:read", "items:write", "runs:read", "runs:execute", "runs:apply"] as const;
export type Scope = (typeof ALL_SCOPES)[number];

/** One API key of the tenant. */
export interface ChatbotKey {
  key: string;
  scopes: readonly Scope[];
  /** Default active. */
  status?: "active" | "expired" | "revoked";
}

/** A well-formed key drawn from `random` (reproducible per seed). */
export function generateChatbotKey(random: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");
  return `sk_live_${hex(16)}_${hex(48)}`;
}

/** Throws at start-up for a key the emulator could never accept. */
export function assertWellFormedKeys(keys: readonly ChatbotKey[]): void {
  keys.forEach((entry, i) => {
    if (!CHATBOT_KEY_PATTERN.test(entry.key)) {
      throw new Error(`Chatbot emulator: keys[${i}] is malformed, expected sk_live_<16 hex>_<48 hex> (test/emulators/chatbot-auth.ts)`);
    }
  });
}

/** DOC: 401 `unauthorized` (missing/malformed header), `invalid_key`, `key_expired`, `key_revoked`. */
export function authenticate(headers: IncomingHttpHeaders, keys: ReadonlyMap<string, ChatbotKey>): { key: ChatbotKey } | { response: EmulatorResponse } {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? "")?.[1];
  if (token === undefined) return { response: fail(401, "unauthorized", "Missing or malformed Authorization header: expected Bearer <key>") };
  const key = keys.get(token);
  if (!key) return { response: fail(401, "invalid_key", "The API key is not valid") };
  if (key.status === "expired") return { response: fail(401, "key_expired", "The API key has expired") };
  if (key.status === "revoked") return { response: fail(401, "key_revoked", "The API key has been revoked") };
  return { key };
}

/** DOC: 403 `insufficient_scope`. */
export function checkScope(key: ChatbotKey, scope: Scope): EmulatorResponse | undefined {
  return key.scopes.includes(scope) ? undefined : fail(403, "insufficient_scope", `This API key lacks the ${scope} scope`);
}
