import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { FaultController, FaultDecision, FaultKind } from "./faults.js";
import {
  listen,
  parseUrl,
  readBody,
  sendHalfThenReset,
  sendResponse,
  sleep,
  type EmulatorResponse,
  type Listening,
  type RequestBody,
} from "./http-util.js";
import { redactHeaders, type LedgerEntry } from "./ledger.js";

/** A request as an emulator's routes see it. */
export interface EmulatorRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Raw headers, credentials included: routes need them for auth. Never log these. */
  headers: IncomingHttpHeaders;
  body: RequestBody;
}

export type EmulatorHandler = (request: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

/** Everything {@link startEmulatorServer} needs; one API's emulator supplies `handle` and `errorBody`. */
export interface EmulatorServerOptions {
  handle: EmulatorHandler;
  faults: FaultController;
  /** Appended to, one entry per request, in arrival order. */
  ledger: LedgerEntry[];
  /** The API's own error envelope, used for injected 5xx and 429 responses. */
  errorBody: (status: number, message: string, code: string) => unknown;
  /** Headers sent with injected errors, e.g. a problem+json content type. Default none. */
  errorHeaders?: Record<string, string>;
  /** Clock for the ledger and Retry-After. Default Date.now. */
  now?: () => number;
  /** Default 0 (ephemeral). */
  port?: number;
}

interface Exchange {
  options: EmulatorServerOptions;
  request: EmulatorRequest;
  entry: LedgerEntry;
  res: ServerResponse;
  fault: FaultDecision | undefined;
}

type Send = (res: ServerResponse, response: EmulatorResponse) => void;

/** Starts a loopback HTTP server that records every request and injects the configured faults. */
export function startEmulatorServer(options: EmulatorServerOptions): Promise<Listening> {
  return listen((req, res) => {
    serve(req, res, options).catch((error: unknown) => {
      console.error("emulator failed to handle a request:", error);
      if (!res.headersSent) sendResponse(res, { status: 500, body: options.errorBody(500, "Emulator error", "internal_error") });
    });
  }, options.port);
}

async function serve(req: IncomingMessage, res: ServerResponse, options: EmulatorServerOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const method = req.method ?? "GET";
  const { path, query } = parseUrl(req.url);
  const entry: LedgerEntry = {
    seq: options.ledger.length + 1,
    at: now(),
    method,
    path,
    query,
    headers: redactHeaders(req.headers),
    body: undefined,
    status: null,
  };
  options.ledger.push(entry);
  const body = await readBody(req);
  entry.body = body.invalidJson ? body.raw : body.json;
  const fault = options.faults.decide({ method, path });
  if (fault) entry.fault = fault.kind;
  await sleep(options.faults.latencyMs + (fault?.delayMs ?? 0));
  const exchange: Exchange = { options, entry, res, fault, request: { method, path, query, headers: req.headers, body } };
  await ACTIONS[fault?.kind ?? "none"](exchange);
}

function respond(exchange: Exchange, response: EmulatorResponse, send: Send = sendResponse): void {
  exchange.entry.status = response.status;
  exchange.entry.respondedAt = (exchange.options.now ?? Date.now)();
  if (response.retryAfterUntil !== undefined) exchange.entry.retryAfterUntil = response.retryAfterUntil;
  send(exchange.res, response);
}

function errorResponse(exchange: Exchange, status: number, message: string, code: string): EmulatorResponse {
  return { status, body: exchange.options.errorBody(status, message, code), headers: exchange.options.errorHeaders };
}

async function handleNormally(exchange: Exchange): Promise<EmulatorResponse> {
  return exchange.options.handle(exchange.request);
}

/** How each fault kind turns into bytes on the wire; "none" is the happy path. */
const ACTIONS: Record<FaultKind | "none", (exchange: Exchange) => Promise<void>> = {
  none: async (x) => respond(x, await handleNormally(x)),
  slow: async (x) => respond(x, await handleNormally(x)),
  status5xxBefore: async (x) => {
    respond(x, errorResponse(x, x.fault?.status ?? 503, "Service temporarily unavailable", "service_unavailable"));
  },
  status5xxAfter: async (x) => {
    await handleNormally(x);
    respond(x, errorResponse(x, x.fault?.status ?? 500, "Internal server error", "internal_error"));
  },
  resetBeforeHeaders: async (x) => {
    x.entry.respondedAt = (x.options.now ?? Date.now)();
    x.res.socket?.destroy();
  },
  resetMidBody: async (x) => respond(x, await handleNormally(x), sendHalfThenReset),
  rateLimitBurst: async (x) => {
    const sentAt = (x.options.now ?? Date.now)();
    const { header, until } = x.options.faults.retryAfter(sentAt);
    x.entry.retryAfterUntil = until;
    const response = errorResponse(x, 429, "Rate limit exceeded", "rate_limit_exceeded");
    respond(x, { ...response, headers: { ...response.headers, "retry-after": header } });
  },
};
