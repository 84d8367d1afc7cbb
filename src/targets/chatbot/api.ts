import { randomUUID } from "node:crypto";
import { ApiError, type HttpRequest, type HttpResponse } from "../../http/index.js";
import type { TargetContext } from "../context.js";
import { idempotencyKey } from "../humind/client.js";
import type { ChatbotConfig } from "./config.js";
import { explainChatbotError } from "./errors.js";
import { chatbotPaths, type ChatbotPaths } from "./paths.js";
import { retryPause, type Pauses } from "./pauses.js";
import { remoteHttpClient } from "../remote-client.js";

/** A mutating request. `scope` names what the request is within the run, for its Idempotency-Key. */
export interface ChatbotWrite {
  method: "POST" | "DELETE";
  path: string;
  body?: unknown;
  /** Extra text that makes the key differ where method, path and body do not (e.g. `apply#2`). Default none. */
  scope?: string;
  accept?: number[];
}

/** The Developer API as the target uses it: one HTTP client (one rate limit per key), every write keyed. */
export interface ChatbotApi {
  readonly paths: ChatbotPaths;
  read<T>(path: string, query?: HttpRequest["query"], accept?: number[]): Promise<HttpResponse<T>>;
  /**
   * Sends a write with an `Idempotency-Key` derived from the run nonce, the request and its body:
   * every retry of one request replays it, the next run's requests are new. A `409
   * idempotency_in_progress` (the first attempt is still running server-side) is waited out.
   */
  write<T>(request: ChatbotWrite): Promise<HttpResponse<T>>;
}

/**
 * How long a request whose key is still in progress server-side is re-tried before the run gives
 * up on it: at least a minute, and twice the request timeout (the first attempt may run that long).
 */
function inProgressBudgetMs(config: ChatbotConfig): number {
  return Math.max(60_000, 2 * config.timeoutMs);
}

export function createChatbotApi(config: ChatbotConfig, context: TargetContext, pauses: Pauses, runNonce = randomUUID()): ChatbotApi {
  // One request at a time: none is ever on the wire while another receives a 429, so every
  // Retry-After binds every later request. The 120/min limit, not concurrency, bounds a sync.
  const client = remoteHttpClient(config, context, { auth: "bearer", rateLimit: config.rateLimit, concurrency: 1 });
  const explained = (error: unknown): never => {
    throw explainChatbotError(error, config.sourceId);
  };
  const send = async <T>(request: ChatbotWrite): Promise<HttpResponse<T>> => {
    const key = idempotencyKey(request.scope ? `${runNonce}#${request.scope}` : runNonce, request);
    const headers = { "Idempotency-Key": key };
    const started = pauses.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await client.request<T>({ method: request.method, path: request.path, body: request.body, headers, accept: request.accept });
      } catch (error) {
        const inProgress = error instanceof ApiError && error.code === "idempotency_in_progress";
        if (!inProgress || pauses.now() - started >= inProgressBudgetMs(config)) throw error;
        await pauses.sleep(retryPause(pauses, attempt));
      }
    }
  };
  return {
    paths: chatbotPaths(config.sourceId),
    read: <T>(path: string, query?: HttpRequest["query"], accept?: number[]) =>
      client.request<T>({ method: "GET", path, query, accept }).catch(explained),
    write: <T>(request: ChatbotWrite) => send<T>(request).catch(explained),
  };
}
