import { httpFailure, makeError, redirectFailure, transportFailure } from "./failures.js";
import type { Failure, FailureContext } from "./failures.js";

/** One fully prepared request, ready to send. */
export interface PreparedRequest extends FailureContext {
  url: string;
  headers: Record<string, string>;
  body?: string;
  accept: ReadonlySet<number>;
}

/** A response whose body has been read completely. */
export interface CompleteResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** What one attempt produced: a usable response, or a failure with the retry decision attached. */
export type AttemptOutcome = { ok: true; response: CompleteResponse } | { ok: false; failure: Failure };

/**
 * Send once and read the whole body inside the same timeout, so a connection that dies half-way
 * through the body is a failure, never a truncated success.
 */
export async function attemptOnce(req: PreparedRequest): Promise<AttemptOutcome> {
  const signal = AbortSignal.timeout(req.timeoutMs);
  let res: Response;
  try {
    res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body, redirect: "manual", signal });
  } catch (error) {
    return { ok: false, failure: transportFailure(req, error, { timedOut: signal.aborted, midBody: false }) };
  }
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, failure: redirectFailure(req, res) };
  }
  let text: string;
  try {
    text = await res.text();
  } catch (error) {
    return { ok: false, failure: transportFailure(req, error, { timedOut: signal.aborted, midBody: true }) };
  }
  return classify(req, res, text);
}

function classify(req: PreparedRequest, res: Response, text: string): AttemptOutcome {
  const response = { status: res.status, headers: res.headers };
  if (res.ok) {
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

function invalidJsonFailure(req: PreparedRequest, res: Response, text: string): Failure {
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
