import http from "node:http";
import https from "node:https";
import { httpFailure, makeError, redirectFailure, transportFailure } from "./failures.js";
import type { Failure, FailureContext } from "./failures.js";

/** One fully prepared request, ready to send. */
export interface PreparedRequest extends FailureContext {
  url: string;
  headers: Record<string, string>;
  body?: string;
  accept: ReadonlySet<number>;
}

/** Response headers, read by name (case-insensitive), like the Fetch API's `Headers.get`. */
export interface ResponseHeaders {
  get(name: string): string | null;
}

/** What the failure helpers read of a response. */
export interface ResponseHead {
  status: number;
  statusText: string;
  headers: ResponseHeaders;
}

/** A response whose body has been read completely. */
export interface CompleteResponse {
  status: number;
  headers: ResponseHeaders;
  body: unknown;
}

/** What one attempt produced: a usable response, or a failure with the retry decision attached. */
export type AttemptOutcome = { ok: true; response: CompleteResponse } | { ok: false; failure: Failure };

// Kept-alive connections, one pool per protocol for the whole process (as fetch keeps them).
const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };

/**
 * Send once and read the whole body inside the same timeout, so a connection that dies half-way
 * through the body is a failure, never a truncated success. Sent with `node:http`, not `fetch`:
 * fetch costs about three times the CPU per request and a tenth of a second to load, which a
 * run that lists 10,000 records (100 requests) paid for nothing (measured with bench/run.ts).
 * Redirects are never followed.
 */
export async function attemptOnce(req: PreparedRequest): Promise<AttemptOutcome> {
  const exchange = await exchangeOnce(req);
  if (exchange.kind === "failed") return { ok: false, failure: transportFailure(req, exchange.error, exchange.phase) };
  const { head, text } = exchange;
  if (head.status >= 300 && head.status < 400) return { ok: false, failure: redirectFailure(req, head) };
  return classify(req, head, text);
}

type Exchange =
  | { kind: "done"; head: ResponseHead; text: string }
  | { kind: "failed"; error: unknown; phase: { timedOut: boolean; midBody: boolean } };

function exchangeOnce(req: PreparedRequest): Promise<Exchange> {
  return new Promise((resolve) => {
    const url = new URL(req.url);
    const transport = url.protocol === "https:" ? https : http;
    let midBody = false;
    let timedOut = false;
    const fail = (error: unknown) => {
      clearTimeout(timer);
      resolve({ kind: "failed", error, phase: { timedOut, midBody } });
    };
    const headers = req.body === undefined ? req.headers : { ...req.headers, "content-length": String(Buffer.byteLength(req.body)) };
    let request: http.ClientRequest;
    try {
      request = transport.request(url, { method: req.method, headers, agent: agents[url.protocol as keyof typeof agents] });
    } catch (error) {
      // Refused before anything was sent (an invalid header value): not a transport problem.
      resolve({ kind: "failed", error: new TypeError(error instanceof Error ? error.message : String(error)), phase: { timedOut, midBody } });
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      request.destroy(new Error(`timeout after ${req.timeoutMs} ms`));
    }, req.timeoutMs);
    request.on("error", fail);
    request.on("response", (response) => {
      midBody = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", fail);
      response.on("aborted", () => fail(Object.assign(new Error("the response was cut off"), { code: "ECONNRESET" })));
      response.on("end", () => {
        if (!response.complete) return fail(Object.assign(new Error("the response was cut off"), { code: "ECONNRESET" }));
        clearTimeout(timer);
        resolve({ kind: "done", head: headOf(response), text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.end(req.body);
  });
}

function headOf(response: http.IncomingMessage): ResponseHead {
  const raw = response.headers;
  const headers: ResponseHeaders = {
    get: (name) => {
      const value = raw[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
  return { status: response.statusCode ?? 0, statusText: response.statusMessage ?? "", headers };
}

function classify(req: PreparedRequest, res: ResponseHead, text: string): AttemptOutcome {
  const response = { status: res.status, headers: res.headers };
  if (res.status >= 200 && res.status < 300) {
    const parsed = parseJson(text);
    if (parsed.ok) return { ok: true, response: { ...response, body: parsed.value } };
    return { ok: false, failure: invalidJsonFailure(req, res, text) };
  }
  const parsed = parseJson(text);
  const body = parsed.ok ? parsed.value : text;
  if (req.accept.has(res.status)) return { ok: true, response: { ...response, body } };
  return { ok: false, failure: httpFailure(req, res, body) };
}

type Parsed = { ok: true; value: unknown } | { ok: false };

/** Empty bodies (204, or a bare 200) are `undefined`; anything else must be JSON. */
function parseJson(text: string): Parsed {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function invalidJsonFailure(req: PreparedRequest, res: ResponseHead, text: string): Failure {
  const type = res.headers.get("content-type") ?? "no content type";
  const error = makeError(req, {
    kind: "http",
    status: res.status,
    code: "invalid_response",
    retryable: false,
    detail: `expected a JSON body, got ${type}: ${text.slice(0, 200)}`,
  });
  return { error, retry: false };
}
