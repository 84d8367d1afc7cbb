import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  HUMIND_MAX_BATCH_ITEMS,
  HUMIND_MAX_BODY_BYTES,
  HUMIND_READ_RATE,
  HUMIND_WRITE_RATE,
  LOOPBACK_HOSTS,
  MAX_EXCERPT,
  apiUrlProblem,
  humindLanguageProblem,
  missingKeyProblem,
  rateLimitOf,
  requireApiKey,
  resolveApiUrl,
  resolveHumindConfig,
  windowSafeRate
} from "./chunk-KZLVBXXM.js";
import {
  TOTOY_CONCURRENCY,
  TOTOY_DEFAULT_API_URL,
  TOTOY_DEFAULT_RATE_LIMIT,
  TOTOY_ID_PATTERNS,
  TOTOY_LIMITS,
  TOTOY_METADATA_VALUE_CHARS,
  TOTOY_MIN_METADATA_VALUE_CHARS
} from "./chunk-AOHHTNQQ.js";
import {
  canonicalJson,
  fingerprintOf,
  sha256
} from "./chunk-WAZHSMMG.js";

// src/config/errors.ts
var ConfigError = class extends Error {
  constructor(problems) {
    super(
      problems.length === 1 ? `Invalid configuration: ${problems[0]}` : `Invalid configuration (${problems.length} problems):
${problems.map((p) => `  - ${p}`).join("\n")}`
    );
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error2) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error2;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/http/attempt.ts
import http from "node:http";
import https from "node:https";

// src/http/errors.ts
var ApiError = class extends Error {
  name = "ApiError";
  kind;
  retryable;
  status;
  code;
  requestId;
  body;
  /** How many attempts were made before giving up; set by the client. Default 1. */
  attempts = 1;
  constructor(init) {
    super(init.message);
    this.kind = init.kind;
    this.retryable = init.retryable;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.body = init.body;
  }
};
function failureMessage(parts) {
  const head = [parts.status, parts.code].filter((x) => x !== void 0 && x !== "").join(" ");
  const reason = head ? `${head}: ${parts.detail}` : parts.detail;
  return `${parts.method} ${parts.path} failed: ${reason}`;
}
function snippet(text3, max = 300) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}\u2026` : flat;
}

// src/http/redact.ts
var CREDENTIAL_HEADER = /auth|api-?key|token|secret|cookie|signature|password/i;
var MIN_SECRET_LENGTH = 4;
var MIN_BASE64_CORE = 8;
function secretVariants(secret) {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const variants = /* @__PURE__ */ new Set([secret, encodeURIComponent(secret), encodeURI(secret)]);
  for (const core of base64Cores(secret)) {
    variants.add(core);
    variants.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...variants];
}
function base64Cores(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const cores = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64").replace(/=+$/, "");
    const start = shift === 0 ? 0 : 4;
    const whole = Math.floor((shift + bytes.length) / 3) * 4;
    const core = encoded.slice(start, whole);
    if (core.length >= MIN_BASE64_CORE) cores.push(core);
  }
  return cores;
}
function redact(text3, secrets) {
  if (text3.length === 0) return text3;
  const patterns = patternsFor(secrets);
  if (!patterns) return text3;
  return text3.replace(text3.includes("%") ? patterns.tolerant() : patterns.literal, "***");
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 32;
function patternsFor(secrets) {
  const key = JSON.stringify(secrets);
  if (cache.has(key)) return cache.get(key);
  const variants = [...new Set(secrets.flatMap(secretVariants))].sort((a, b) => b.length - a.length);
  let tolerant;
  const patterns = variants.length === 0 ? void 0 : {
    literal: new RegExp(variants.map(escapeRegExp).join("|"), "gi"),
    tolerant: () => tolerant ??= new RegExp(variants.map(percentTolerant).join("|"), "gi")
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, patterns);
  return patterns;
}
function percentTolerant(variant) {
  return [...variant].map((char) => {
    const encoded = [...Buffer.from(char, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
    return `(?:${escapeRegExp(char)}|${encoded})`;
  }).join("");
}
var CREDENTIAL_QUERY = /([?&;](?:[\w.-]*(?:key|token|secret|password|passwd|signature|sig|auth|credential)[\w.-]*)=)[^&#\s"'<>]+/gi;
var URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@"'<>]+@/gi;
function redactUrlCredentials(text3) {
  return text3.replace(URL_USERINFO, "$1***@").replace(CREDENTIAL_QUERY, "$1***");
}
function secretsFromUrl(value) {
  if (!value) return [];
  let url;
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
function escapeRegExp(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function secretsFromHeaders(headers) {
  const found = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!CREDENTIAL_HEADER.test(name) || !value) continue;
    found.push(value);
    const token = /^\S+\s+(\S.*)$/.exec(value)?.[1];
    if (token) found.push(token);
  }
  return found;
}
function redactValue(value, secrets) {
  if (value === void 0) return void 0;
  if (typeof value === "string") return redact(value, secrets);
  try {
    return JSON.parse(redact(JSON.stringify(value), secrets));
  } catch {
    return redact(String(value), secrets);
  }
}

// src/http/retry.ts
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var RETRY_AFTER_STATUSES = /* @__PURE__ */ new Set([429, 503]);
function backoffDelay(retry, policy, random) {
  const ceiling = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** retry);
  return Math.max(0, random() * ceiling);
}
function parseRetryAfter(value, now, capMs) {
  if (value === null || value === void 0) return void 0;
  const trimmed = value.trim();
  if (trimmed === "") return void 0;
  let ms;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    ms = Number(trimmed) * 1e3;
  } else {
    const at = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
    if (Number.isNaN(at)) return void 0;
    ms = at - now;
  }
  return Math.min(capMs, Math.max(0, Math.ceil(ms)));
}

// src/http/failures.ts
function makeError(ctx, parts) {
  const message = failureMessage({ method: ctx.method, path: ctx.path, ...parts });
  return new ApiError({
    kind: parts.kind,
    message: redact(message, ctx.secrets),
    retryable: parts.retryable,
    status: parts.status,
    code: parts.code === void 0 ? void 0 : redact(parts.code, ctx.secrets),
    requestId: parts.requestId,
    body: redactValue(parts.body, ctx.secrets)
  });
}
function httpFailure(ctx, res, body) {
  const vendor = safeParse(ctx, res.status, body);
  const transient = RETRYABLE_STATUSES.has(res.status);
  const retry = transient && (ctx.idempotent || res.status === 429);
  const fallback = typeof body === "string" && body.trim() ? snippet(body) : res.statusText || "no error message";
  const notRetried = transient && !retry ? " (not retried: the request is not idempotent and may have been applied)" : "";
  const error2 = makeError(ctx, {
    kind: "http",
    retryable: transient,
    status: res.status,
    code: vendor?.code,
    requestId: vendor?.requestId ?? res.headers.get("x-request-id") ?? void 0,
    detail: (vendor?.message ?? fallback) + notRetried,
    body
  });
  const retryAfterMs = RETRY_AFTER_STATUSES.has(res.status) ? parseRetryAfter(res.headers.get("retry-after"), ctx.now(), ctx.maxRetryAfterMs) : void 0;
  return { error: error2, retry, retryAfterMs };
}
function safeParse(ctx, status, body) {
  try {
    return ctx.parseError(status, body);
  } catch {
    return void 0;
  }
}
function redirectFailure(ctx, res) {
  const location = res.headers.get("location");
  let host = "an unknown location";
  if (location) {
    try {
      host = new URL(location).host || host;
    } catch {
      host = "a relative location on the same host";
    }
  }
  const detail = `redirect to ${host} not followed: credentials are never forwarded; check the base URL`;
  return { error: makeError(ctx, { kind: "redirect", retryable: false, status: res.status, detail }), retry: false };
}
var NOT_SENT = /* @__PURE__ */ new Set(["ECONNREFUSED", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);
var PERMANENT = /* @__PURE__ */ new Set(["ENOTFOUND", "CERT_HAS_EXPIRED", "DEPTH_ZERO_SELF_SIGNED_CERT", "ERR_TLS_CERT_ALTNAME_INVALID"]);
function transportFailure(ctx, error2, phase) {
  const code = errorCode(error2);
  if (code !== void 0 && PERMANENT.has(code)) {
    return { error: makeError(ctx, { kind: "network", retryable: false, detail: describe(error2) }), retry: false };
  }
  if (code !== void 0 && NOT_SENT.has(code) && !phase.midBody) {
    return { error: makeError(ctx, { kind: "network", retryable: true, detail: describe(error2) }), retry: true };
  }
  if (!phase.timedOut && code === void 0 && !phase.midBody && !isFetchFailure(error2)) {
    return { error: makeError(ctx, { kind: "network", retryable: false, detail: describe(error2) }), retry: false };
  }
  return ambiguousFailure(ctx, error2, phase);
}
function ambiguousFailure(ctx, error2, phase) {
  const what = phase.timedOut ? `timeout: no complete response within ${ctx.timeoutMs} ms` : describe(error2);
  const where = phase.midBody ? "the response body was cut off: " : "";
  if (ctx.idempotent && !phase.midBody) {
    const kind = phase.timedOut ? "timeout" : "network";
    return { error: makeError(ctx, { kind, retryable: true, detail: where + what }), retry: true };
  }
  const tail = ctx.idempotent ? "" : "; not retried because the request is not idempotent: check the remote state before re-running";
  const detail = `unknown outcome, ${where}${what}${tail}`;
  return { error: makeError(ctx, { kind: "unknown-outcome", retryable: true, detail }), retry: ctx.idempotent };
}
function isFetchFailure(error2) {
  return error2 instanceof TypeError && (error2.message === "fetch failed" || error2.message === "terminated");
}
function errorCode(error2) {
  for (let e = error2, depth = 0; e && depth < 5; depth++) {
    const code = e.code;
    if (typeof code === "string") return code;
    const nested = e.errors?.[0];
    e = e.cause ?? nested;
  }
  return void 0;
}
function describe(error2) {
  let e = error2;
  while (e && e.cause && typeof e.cause === "object") e = e.cause;
  const message = e?.message ?? String(error2);
  const code = errorCode(error2);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

// src/http/attempt.ts
var agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };
async function attemptOnce(req) {
  const exchange = await exchangeOnce(req);
  if (exchange.kind === "failed") return { ok: false, failure: transportFailure(req, exchange.error, exchange.phase) };
  const { head, text: text3 } = exchange;
  if (head.status >= 300 && head.status < 400) return { ok: false, failure: redirectFailure(req, head) };
  return classify(req, head, text3);
}
function exchangeOnce(req) {
  return new Promise((resolve) => {
    const url = new URL(req.url);
    const transport = url.protocol === "https:" ? https : http;
    let midBody = false;
    let timedOut = false;
    const fail = (error2) => {
      clearTimeout(timer);
      resolve({ kind: "failed", error: error2, phase: { timedOut, midBody } });
    };
    const headers = req.body === void 0 ? req.headers : { ...req.headers, "content-length": String(Buffer.byteLength(req.body)) };
    let request;
    try {
      request = transport.request(url, { method: req.method, headers, agent: agents[url.protocol] });
    } catch (error2) {
      resolve({ kind: "failed", error: new TypeError(error2 instanceof Error ? error2.message : String(error2)), phase: { timedOut, midBody } });
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      request.destroy(new Error(`timeout after ${req.timeoutMs} ms`));
    }, req.timeoutMs);
    request.on("error", fail);
    request.on("response", (response) => {
      midBody = true;
      const chunks = [];
      response.on("data", (chunk2) => chunks.push(chunk2));
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
function headOf(response) {
  const raw = response.headers;
  const headers = {
    get: (name) => {
      const value = raw[name.toLowerCase()];
      return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
    }
  };
  return { status: response.statusCode ?? 0, statusText: response.statusMessage ?? "", headers };
}
function classify(req, res, text3) {
  const response = { status: res.status, headers: res.headers };
  if (res.status >= 200 && res.status < 300) {
    const parsed2 = parseJson(text3);
    if (parsed2.ok) return { ok: true, response: { ...response, body: parsed2.value } };
    return { ok: false, failure: invalidJsonFailure(req, res, text3) };
  }
  const parsed = parseJson(text3);
  const body = parsed.ok ? parsed.value : text3;
  if (req.accept.has(res.status)) return { ok: true, response: { ...response, body } };
  return { ok: false, failure: httpFailure(req, res, body) };
}
function parseJson(text3) {
  if (text3.trim() === "") return { ok: true, value: void 0 };
  try {
    return { ok: true, value: JSON.parse(text3) };
  } catch {
    return { ok: false };
  }
}
function invalidJsonFailure(req, res, text3) {
  const type = res.headers.get("content-type") ?? "no content type";
  const error2 = makeError(req, {
    kind: "http",
    status: res.status,
    code: "invalid_response",
    retryable: false,
    detail: `expected a JSON body, got ${type}: ${text3.slice(0, 200)}`
  });
  return { error: error2, retry: false };
}

// src/http/envelope.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var text = (value) => typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : void 0;
var parseVendorError = (_status, body) => {
  if (!isObject(body)) return void 0;
  const inner = body.error;
  if (isObject(inner)) {
    return {
      code: text(inner.code),
      message: text(inner.message) ?? text(inner.detail),
      requestId: text(inner.request_id) ?? text(inner.requestId)
    };
  }
  if (typeof inner === "string") return { code: text(body.code), message: inner };
  if (text(body.title) !== void 0 || text(body.detail) !== void 0) {
    const title = text(body.title);
    const detail = text(body.detail);
    return { code: text(body.code), message: title && detail ? `${title.replace(/[.:]\s*$/, "")}: ${detail}` : detail ?? title };
  }
  if (text(body.message) !== void 0) return { code: text(body.code), message: text(body.message) };
  return void 0;
};

// src/http/options.ts
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function resolveOptions(options) {
  const resolved = {
    timeoutMs: 3e4,
    maxRetries: 6,
    baseBackoffMs: 500,
    maxBackoffMs: 3e4,
    maxRetryAfterMs: 12e4,
    concurrency: 4,
    now: Date.now,
    sleep: realSleep,
    random: Math.random,
    parseError: parseVendorError,
    ...definedOnly(options)
  };
  for (const key of ["timeoutMs", "maxRetries", "baseBackoffMs", "maxBackoffMs", "maxRetryAfterMs", "concurrency"]) {
    const value = resolved[key];
    const least = key === "timeoutMs" || key === "concurrency" ? 1 : 0;
    if (!Number.isFinite(value) || value < least) {
      throw new Error(`HTTP client option ${key} is ${value}: expected a number >= ${least}`);
    }
  }
  return resolved;
}
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/http/rate-limit.ts
function defaultBurst(perMinute) {
  return Math.max(1, Math.floor(perMinute / 60 * 5));
}
var TokenBucket = class {
  capacity;
  perMs;
  tokens;
  updatedAt;
  constructor(limit) {
    if (!(limit.perMinute > 0)) {
      throw new Error(`rate limit perMinute is ${limit.perMinute}: expected a number above 0`);
    }
    this.capacity = Math.max(1, limit.burst ?? defaultBurst(limit.perMinute));
    this.perMs = limit.perMinute / 6e4;
    this.tokens = this.capacity;
  }
  /** Take one token at time `now`; returns how many ms the caller must wait before sending (0 = now). */
  reserve(now) {
    this.refill(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.perMs);
  }
  refill(now) {
    if (this.updatedAt !== void 0 && now > this.updatedAt) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.perMs);
    }
    this.updatedAt = Math.max(now, this.updatedAt ?? now);
  }
};
var PauseGate = class {
  constructor(now, sleep2) {
    this.now = now;
    this.sleep = sleep2;
  }
  now;
  sleep;
  pausedUntil = 0;
  /** Keep the gate closed until at least `now() + ms`; never shortens an existing pause. */
  pauseFor(ms) {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }
  /** Resolve once the gate is open; re-checks after each sleep because a pause may have grown meanwhile. */
  async wait() {
    for (let left = this.pausedUntil - this.now(); left > 0; left = this.pausedUntil - this.now()) {
      await this.sleep(left);
    }
  }
};

// src/http/user-agent.ts
function buildUserAgent(version, runner) {
  return `kb-publish/${version} (${runner}; node ${process.version})`;
}

// src/http/client.ts
function createHttpClient(options) {
  const opts = resolveOptions(options);
  const secrets = [...opts.secrets, ...secretsFromHeaders(opts.headers)];
  const gate = new PauseGate(opts.now, opts.sleep);
  const bucket = opts.rateLimit ? new TokenBucket(opts.rateLimit) : void 0;
  const limit = pLimit(opts.concurrency);
  const shared = { opts, secrets, gate, bucket };
  return {
    request: (req) => limit(() => send(shared, prepare(shared, req)))
  };
}
async function send(shared, req) {
  const { opts } = shared;
  for (let attempt2 = 1; ; attempt2++) {
    await waitForTurn(shared);
    opts.onRequest?.({ method: req.method, url: redact(req.url, shared.secrets), attempt: attempt2 });
    const outcome = await attemptOnce(req);
    if (outcome.ok) return withAttempts(outcome.response, attempt2);
    const { failure } = outcome;
    if (failure.retryAfterMs !== void 0) shared.gate.pauseFor(failure.retryAfterMs);
    if (!failure.retry || attempt2 > opts.maxRetries) throw giveUp(failure, attempt2);
    await pauseBeforeRetry(shared, req, failure, attempt2);
  }
}
async function waitForTurn({ opts, gate, bucket }) {
  await gate.wait();
  if (bucket) {
    const wait = bucket.reserve(opts.now());
    if (wait > 0) await opts.sleep(wait);
  }
  await gate.wait();
}
async function pauseBeforeRetry({ opts, secrets }, req, failure, attempt2) {
  const retryAfter = failure.retryAfterMs !== void 0;
  const delay = failure.retryAfterMs ?? backoffDelay(attempt2 - 1, opts, opts.random);
  opts.onRetry?.({
    method: req.method,
    url: redact(req.url, secrets),
    attempt: attempt2,
    maxAttempts: opts.maxRetries + 1,
    reason: redact(failure.error.message, secrets),
    delayMs: delay,
    retryAfter
  });
  if (!retryAfter && delay > 0) await opts.sleep(delay);
}
function giveUp(failure, attempts) {
  const { error: error2 } = failure;
  error2.attempts = attempts;
  if (attempts > 1) error2.message += ` (after ${attempts} attempts)`;
  return error2;
}
function withAttempts(response, attempts) {
  return { status: response.status, headers: response.headers, body: response.body, attempts };
}
function prepare({ opts, secrets }, req) {
  const headers = {
    accept: "application/json",
    ...opts.headers,
    ...req.headers,
    "user-agent": opts.userAgent
  };
  const body = req.body === void 0 ? void 0 : JSON.stringify(req.body);
  if (body !== void 0) headers["content-type"] = "application/json";
  return {
    method: req.method,
    path: req.path.split("?")[0] ?? req.path,
    url: joinUrl(opts.baseUrl, req.path, req.query),
    headers,
    body,
    idempotent: req.idempotent ?? true,
    accept: new Set(req.accept ?? []),
    secrets: [...secrets, ...secretsFromHeaders(req.headers ?? {})],
    parseError: opts.parseError,
    maxRetryAfterMs: opts.maxRetryAfterMs,
    timeoutMs: opts.timeoutMs,
    now: opts.now
  };
}
function joinUrl(baseUrl, path, query = {}) {
  const url = `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== void 0) params.append(key, String(value));
  }
  const search = params.toString();
  if (!search) return url;
  return `${url}${url.includes("?") ? "&" : "?"}${search}`;
}

// src/targets/provenance.ts
function readProvenance(value) {
  if (!isObject2(value)) return void 0;
  const { sources, derivation, commit, page, includes, siblings, groups } = value;
  if (!isObject2(sources) || typeof derivation !== "string" || !allStrings(sources)) return void 0;
  const read = { sources, derivation };
  const stamp = readCommit(commit);
  if (stamp) read.commit = stamp;
  if (typeof page === "string") read.page = page;
  if (isStringList(includes)) read.includes = includes;
  if (isStringList(siblings)) read.siblings = siblings;
  if (isStringList(groups)) read.groups = groups;
  return read;
}
function allStrings(record) {
  for (const key in record) if (typeof record[key] !== "string") return false;
  return true;
}
function isStringList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
function readCommit(value) {
  if (!isObject2(value)) return void 0;
  const { sha, time } = value;
  if (typeof sha !== "string" || typeof time !== "number" || !Number.isFinite(time)) return void 0;
  return { sha, time };
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function pageOfProvenance(provenance) {
  if (provenance.page !== void 0) return provenance.sources[provenance.page] === void 0 ? void 0 : provenance.page;
  const paths = Object.keys(provenance.sources);
  return paths.length === 1 ? paths[0] : void 0;
}

// src/targets/heppu/marker.ts
var MARKER_KEY = "kbPublish";
var REFRESH_PENDING = "refresh-pending";
function markerOf(owner, fingerprint, version, provenance) {
  const marker = { owner, hash: fingerprint.hash, parts: fingerprint.parts };
  if (version !== void 0) marker.version = version;
  if (provenance !== void 0) marker.provenance = provenance;
  return marker;
}
function withMarker(metadata, marker) {
  const own = isObject3(metadata) ? metadata : {};
  return { ...own, [MARKER_KEY]: marker };
}
function readMarker(metadata) {
  if (!isObject3(metadata)) return void 0;
  const marker = metadata[MARKER_KEY];
  if (!isObject3(marker)) return void 0;
  const { owner, hash, parts, version, provenance } = marker;
  if (typeof owner !== "string" || typeof hash !== "string" || !isObject3(parts)) return void 0;
  if (!Object.values(parts).every((v) => typeof v === "string")) return void 0;
  const read = { owner, hash, parts };
  if (typeof version === "string") read.version = version;
  const derivedFrom = readProvenance(provenance);
  if (derivedFrom) read.provenance = derivedFrom;
  return read;
}
function versionFromUserAgent(userAgent) {
  return /^kb-publish\/([^\s(]+)/.exec(userAgent)?.[1];
}
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/targets/chatbot/api.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/targets/humind/client.ts
import { createHash, randomUUID } from "node:crypto";

// src/targets/remote-client.ts
function remoteHttpClient(connection, context, options) {
  const header = options.auth === "bearer" ? { authorization: `Bearer ${connection.apiKey}` } : { [options.auth.header]: connection.apiKey };
  return createHttpClient({
    baseUrl: connection.apiUrl,
    headers: header,
    secrets: [connection.apiKey],
    userAgent: context.userAgent,
    rateLimit: options.rateLimit,
    timeoutMs: connection.timeoutMs,
    ...options.concurrency === void 0 ? {} : { concurrency: options.concurrency },
    now: context.now,
    sleep: context.sleep,
    ...context.http
  });
}

// src/targets/humind/client.ts
function createHumindApi(config, context, runNonce = randomUUID()) {
  const reads = remoteHttpClient(config, context, { auth: "bearer", rateLimit: config.readRate });
  const writes = remoteHttpClient(config, context, { auth: "bearer", rateLimit: config.writeRate });
  return {
    read: (path, query, accept) => reads.request({ method: "GET", path, query, accept }).catch(explained),
    write: (request, accept) => writes.request({
      method: request.method,
      path: request.path,
      query: request.query,
      // Humind wants a JSON content type on every POST/PUT, bodyless ones included.
      body: request.body ?? (request.method === "DELETE" ? void 0 : {}),
      headers: { "Idempotency-Key": idempotencyKey(runNonce, request) },
      accept
    }).catch(explained)
  };
}
function explained(error2) {
  if (error2 instanceof ApiError && error2.kind === "http") {
    const hint = HINTS[error2.status ?? 0];
    if (hint && !error2.message.includes(hint)) error2.message += ` \u2014 ${hint}`;
  }
  throw error2;
}
var HINTS = {
  401: "Humind rejected the API key: check KB_PUBLISH_API_KEY (or --api-key), that it starts with hmd_live_ or hmd_test_ and is not revoked",
  403: "the API key lacks a scope: create a key with knowledge:read and knowledge:write (Settings \u2192 Developer \u2192 Credentials)"
};
function idempotencyKey(runNonce, request) {
  const text3 = [runNonce, request.method, request.path, canonicalJson(request.query ?? {}), canonicalJson(request.body ?? null)];
  const hex = createHash("sha256").update(text3.join("\n")).digest("hex");
  const variant = (parseInt(hex[16], 16) & 3 | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
function entryPath(externalId, suffix = "") {
  return `/knowledge/api:${encodeURIComponent(externalId)}${suffix}`;
}

// src/targets/chatbot/config.ts
var CHATBOT_REQUESTS_PER_MINUTE = 120;
var CHATBOT_URL_EXAMPLE = "https://<your-host>/api";
var CHATBOT_SYNC_SCOPES = ["items:read", "items:write", "runs:execute", "runs:apply", "runs:read"];
var CHATBOT_OPTIONAL_SCOPE = "sources:read";
var KEY_PATTERN = /^sk_[A-Za-z]+_\S+$/;
function resolveChatbotConfig(settings) {
  const apiUrl = settings.apiUrl?.replace(/\/+$/, "");
  const problems = [urlProblem(apiUrl), keyProblem(settings.apiKey), sourceProblem(settings.sourceId)].filter(
    (problem) => problem !== void 0
  );
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      apiUrl,
      apiKey: settings.apiKey,
      sourceId: settings.sourceId,
      owner: settings.owner,
      rateLimit: windowSafeRate(settings.rateLimit ?? CHATBOT_REQUESTS_PER_MINUTE),
      timeoutMs: settings.requestTimeoutMs,
      publishTimeoutMs: settings.waitTimeoutSeconds * 1e3
    }
  };
}
function urlProblem(apiUrl) {
  if (!apiUrl) {
    return `target chatbot needs the API base URL of your Chatbot installation: pass --api-url ${CHATBOT_URL_EXAMPLE} (\`api-url\` input in the Action, or api-url in kb-publish.yml); there is no default host`;
  }
  const problem = apiUrlProblem(apiUrl, CHATBOT_URL_EXAMPLE);
  if (problem) return problem;
  if (/\/v1$/.test(new URL(apiUrl).pathname)) {
    return `api-url is ${JSON.stringify(apiUrl)}: expected the base URL ending in /api, without /v1 (kb-publish adds /v1/sources/\u2026)`;
  }
  return void 0;
}
function keyProblem(apiKey) {
  const scopes = CHATBOT_SYNC_SCOPES.join(" ");
  if (!apiKey) {
    return missingKeyProblem(
      "chatbot",
      `a tenant administrator creates one in the admin portal (or POST /api/v1/admin/keys) with the scopes ${scopes} (and ${CHATBOT_OPTIONAL_SCOPE})`
    );
  }
  if (!KEY_PATTERN.test(apiKey)) return "the Chatbot API key has an unexpected format: expected a key like sk_live_<key id>_<secret>";
  return void 0;
}
function sourceProblem(sourceId) {
  if (sourceId) return void 0;
  return 'target chatbot needs a source id: pass --source-id <id> (`source-id` input in the Action); create a developer_api source once with POST /api/v1/sources {"name": "Docs", "graceDays": 7} and use the returned source.id';
}

// src/targets/chatbot/errors.ts
function explainChatbotError(error2, sourceId) {
  if (!(error2 instanceof ApiError) || error2.kind !== "http") return error2;
  const hint = hintFor(error2, sourceId);
  if (hint && !error2.message.includes(hint)) error2.message += ` \u2014 ${hint}`;
  return error2;
}
function hintFor(error2, sourceId) {
  if (error2.status === 401) {
    return "Chatbot rejected the API key (invalid, expired or revoked; a rotated key stops working at once): check KB_PUBLISH_API_KEY (or --api-key)";
  }
  if (error2.status === 403) {
    return `the API key lacks a scope this request needs: a sync needs ${CHATBOT_SYNC_SCOPES.join(" ")} (and ${CHATBOT_OPTIONAL_SCOPE} to read the grace window); create a key with them`;
  }
  if (error2.status === 404) {
    return `source ${JSON.stringify(sourceId)} was not found, or is not a developer_api source: check --source-id and --api-url`;
  }
  if (error2.code === "source_inactive") return `source ${JSON.stringify(sourceId)} is archived: reactivate it in the admin portal`;
  return void 0;
}

// src/targets/chatbot/paths.ts
function chatbotPaths(sourceId) {
  const source = `/v1/sources/${encodeURIComponent(sourceId)}`;
  const run = (runId) => `${source}/runs/${encodeURIComponent(runId)}`;
  return {
    /** INF: read the source (its `graceDays`, and its last run when reported). */
    source,
    /** INF: list staged items, cursor pagination. */
    items: `${source}/items`,
    /** INF: delete one staged item. */
    item: (externalItemId) => `${source}/items/${encodeURIComponent(externalItemId)}`,
    /** DOC: atomic batch upsert. */
    batch: `${source}/items/batch`,
    /** DOC: start a run (synchronous). */
    runs: `${source}/runs`,
    /** INF: one run's status. */
    run,
    /** DOC: apply a run (POST), and follow its job (GET). */
    apply: (runId) => `${run(runId)}/apply`,
    /** INF (DOC as "GET /generation" in the flowchart): the active generation. */
    generation: `${source}/generation`
  };
}

// src/targets/chatbot/pauses.ts
var realSleep2 = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function pausesFor(context) {
  const http2 = context.http ?? {};
  const cap = http2.maxBackoffMs;
  return {
    sleep: context.sleep ?? realSleep2,
    now: context.now ?? Date.now,
    random: http2.random ?? Math.random,
    retryBaseMs: http2.baseBackoffMs ?? 1e3,
    retryMaxMs: cap ?? 3e4,
    pollFirstMs: Math.min(500, cap ?? 500),
    pollMaxMs: Math.min(5e3, cap ?? 5e3)
  };
}
function retryPause(pauses, attempt2) {
  return backoffDelay(attempt2 - 1, { baseBackoffMs: pauses.retryBaseMs, maxBackoffMs: pauses.retryMaxMs }, pauses.random);
}
function pollPause(pauses, poll) {
  return Math.min(pauses.pollMaxMs, Math.round(pauses.pollFirstMs * 1.5 ** (poll - 1)));
}

// src/targets/chatbot/api.ts
function inProgressBudgetMs(config) {
  return Math.max(6e4, 2 * config.timeoutMs);
}
function createChatbotApi(config, context, pauses, runNonce = randomUUID2()) {
  const client = remoteHttpClient(config, context, { auth: "bearer", rateLimit: config.rateLimit, concurrency: 1 });
  const explained3 = (error2) => {
    throw explainChatbotError(error2, config.sourceId);
  };
  const send2 = async (request) => {
    const key = idempotencyKey(request.scope ? `${runNonce}#${request.scope}` : runNonce, request);
    const headers = { "Idempotency-Key": key };
    const started = pauses.now();
    for (let attempt2 = 1; ; attempt2++) {
      try {
        return await client.request({ method: request.method, path: request.path, body: request.body, headers, accept: request.accept });
      } catch (error2) {
        const inProgress = error2 instanceof ApiError && error2.code === "idempotency_in_progress";
        if (!inProgress || pauses.now() - started >= inProgressBudgetMs(config)) throw error2;
        await pauses.sleep(retryPause(pauses, attempt2));
      }
    }
  };
  return {
    paths: chatbotPaths(config.sourceId),
    read: (path, query, accept) => client.request({ method: "GET", path, query, accept }).catch(explained3),
    write: (request) => send2(request).catch(explained3)
  };
}

// src/targets/chatbot/notes.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
function deleteNote(graceDays, now) {
  if (graceDays === void 0) return "tombstone for the source's grace window (graceDays unknown: the source could not be read)";
  if (graceDays === 0) return "tombstone purged when published (the source's grace window is 0 days)";
  return `tombstone for ${graceDays} day${graceDays === 1 ? "" : "s"}, purged after about ${purgeDate(graceDays, now)} unless the file returns`;
}
function publishedNotes(report2) {
  const number = report2.number === void 0 ? "" : ` (#${report2.number})`;
  const notes = [`published generation ${report2.generationId}${number} from run ${report2.run.id}: ${countsText(report2.run.changeCounts)}`];
  if (report2.recovered !== void 0) notes.push(`published changes an earlier run staged but never published (${report2.recovered})`);
  const removed = report2.run.changeCounts?.removed_page;
  if (typeof removed === "number" && removed > 0 && report2.graceDays !== void 0 && report2.graceDays > 0) {
    notes.push(
      `${removed} removed page${removed === 1 ? " is a tombstone" : "s are tombstones"} until about ${purgeDate(report2.graceDays, report2.now)} (grace window ${report2.graceDays} days): bring a file back before then to restore it`
    );
  }
  return notes;
}
function countsText(counts) {
  const parts = Object.entries(counts ?? {}).filter(([, n]) => typeof n === "number").map(([kind, n]) => `${String(n)} ${kind.replace(/_page$/, "").replace(/_/g, " ")}`);
  return parts.length > 0 ? parts.join(", ") : "no change counts reported";
}
function purgeDate(graceDays, now) {
  return new Date(now + graceDays * DAY_MS).toISOString().slice(0, 10);
}

// src/targets/chatbot/payload.ts
var CHATBOT_LIMITS = {
  externalItemIdChars: 1024,
  titleChars: 2048,
  /** Items per `POST …/items/batch`. */
  batchItems: 1e3,
  /**
   * Body bytes per batch request: "8 MiB" is documented; kb-publish stays at 8,000,000 bytes,
   * under both readings of "MB".
   */
  batchBytes: 8e6,
  /** Items per page of the (inferred) listing. */
  listPage: 1e3
};
var ITEM_ENVELOPE_BYTES = 4096;
function chatbotPayloadOf(doc) {
  const { [MARKER_KEY]: _reserved, ...frontmatter } = doc.metadata;
  const metadata = withoutNulls({
    ...frontmatter,
    tags: doc.tags.length > 0 ? doc.tags : void 0,
    lang: doc.lang,
    description: doc.description,
    sourcePath: doc.sourcePath,
    activeFrom: doc.activeFrom,
    activeUntil: doc.activeUntil
  });
  const payload = {
    title: truncated(doc.title, CHATBOT_LIMITS.titleChars),
    content: doc.content,
    contentType: "text/markdown",
    metadata
  };
  if (doc.sourceUrl !== void 0) payload.sourceUrl = doc.sourceUrl;
  return payload;
}
function validateChatbotPayload(doc, payload) {
  const problems = [];
  const error2 = (message) => problems.push({ severity: "error", message: `${message} (${doc.sourcePath})` });
  if (doc.externalId.length > CHATBOT_LIMITS.externalItemIdChars) {
    error2(`external id is ${doc.externalId.length} characters long: Chatbot accepts at most ${CHATBOT_LIMITS.externalItemIdChars}; set a shorter \`id\` in the frontmatter`);
  }
  if (String(payload.content).trim() === "") error2("content is empty: Chatbot indexes no chunk for it and may refuse to publish; add text or exclude the file");
  if (doc.title.trim() === "") error2("title is empty: Chatbot requires a title");
  const bytes = Buffer.byteLength(JSON.stringify(payload), "utf8") + ITEM_ENVELOPE_BYTES;
  if (bytes > CHATBOT_LIMITS.batchBytes) {
    error2(`the page makes a ${bytes}-byte request: Chatbot accepts at most 8 MiB per batch (kb-publish keeps under ${CHATBOT_LIMITS.batchBytes} bytes); split the page`);
  }
  if (doc.title.length > CHATBOT_LIMITS.titleChars) {
    problems.push({ severity: "warning", message: `title is ${doc.title.length} characters long: Chatbot accepts at most ${CHATBOT_LIMITS.titleChars}; it is sent truncated` });
  }
  return problems;
}
function truncated(title, max) {
  if (title.length <= max) return title;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(title.charAt(cut - 1))) cut -= 1;
  return `${title.slice(0, cut).trimEnd()}\u2026`;
}
function withoutNulls(value) {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== void 0).map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  const kept = Object.entries(value).filter(([, v]) => v !== null && v !== void 0);
  return Object.fromEntries(kept.map(([k, v]) => [k, withoutNulls(v)]));
}

// src/targets/chatbot/publish-types.ts
var TRANSIENT_APPLY_CODES = /* @__PURE__ */ new Set(["apply_conflict", "stale_plan", "stale_base", "lease_lost", "apply_in_progress"]);
var PublishError = class extends Error {
  name = "PublishError";
};
function buildFailed(message) {
  return new PublishError(`the knowledge build failed (502 build_failed: ${message ?? "no reason given"})`);
}

// src/targets/chatbot/reads.ts
var isObject4 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var text2 = (value) => typeof value === "string" && value !== "" ? value : void 0;
async function readSourceInfo(api) {
  try {
    const { body } = await api.read(api.paths.source);
    const source = isObject4(body?.source) ? body.source : {};
    const info = {};
    if (typeof source.graceDays === "number" && source.graceDays >= 0) info.graceDays = source.graceDays;
    const lastRun = text2(source.lastRunId) ?? (isObject4(source.lastRun) ? text2(source.lastRun.id) : void 0);
    if (lastRun !== void 0) info.lastRunId = lastRun;
    return info;
  } catch (error2) {
    if (error2 instanceof ApiError && [403, 404, 405].includes(error2.status ?? 0)) return { unreadable: `${error2.status} ${error2.code ?? ""}`.trim() };
    throw error2;
  }
}
async function readGeneration(api) {
  const { body } = await api.read(api.paths.generation);
  return generationOf(body?.generation);
}
function generationOf(value) {
  if (!isObject4(value)) return null;
  const id = text2(value.id) ?? text2(value.generationId);
  if (id === void 0) return null;
  const generation = { id };
  if (typeof value.number === "number") generation.number = value.number;
  if (text2(value.runId)) generation.runId = text2(value.runId);
  if (text2(value.publishedAt)) generation.publishedAt = text2(value.publishedAt);
  if (isObject4(value.counts)) generation.counts = value.counts;
  return generation;
}
async function readRun(api, runId) {
  try {
    const { body } = await api.read(api.paths.run(runId));
    return runOf(body?.run);
  } catch (error2) {
    if (error2 instanceof ApiError && error2.kind === "http" && error2.status !== void 0 && error2.status < 500) return void 0;
    throw error2;
  }
}
function runOf(value) {
  if (!isObject4(value) || text2(value.id) === void 0) return void 0;
  const run = { id: text2(value.id) };
  if (text2(value.status)) run.status = text2(value.status);
  if (typeof value.discoveryComplete === "boolean") run.discoveryComplete = value.discoveryComplete;
  if (isObject4(value.changeCounts)) run.changeCounts = value.changeCounts;
  return run;
}

// src/targets/chatbot/job.ts
var SUCCEEDED = /* @__PURE__ */ new Set(["succeeded", "published", "completed"]);
var FAILED = /* @__PURE__ */ new Set(["failed", "cancelled", "canceled", "error"]);
async function followJob(ctx, run, first) {
  const path = ctx.api.paths.apply(run.id);
  let job = jobOf(first, path);
  const started = ctx.pauses.now();
  for (let poll = 1; ; poll++) {
    if (SUCCEEDED.has(job.status)) return { kind: "published", generation: await generationFor(ctx, job) };
    if (FAILED.has(job.status)) return failedJob(job);
    const waited = ctx.pauses.now() - started;
    if (waited >= ctx.timeoutMs) {
      throw new PublishError(
        `the apply job${job.id ? ` ${job.id}` : ""} of run ${run.id} was still ${job.status} after ${Math.round(waited / 1e3)} s (--wait-timeout); it may still publish on its own`
      );
    }
    await ctx.pauses.sleep(Math.min(pollPause(ctx.pauses, poll), ctx.timeoutMs - waited));
    const { body } = await ctx.api.read(path);
    job = jobOf(body?.apply, path);
  }
}
function failedJob(job) {
  const code = job.error?.code;
  if (code !== void 0 && TRANSIENT_APPLY_CODES.has(code)) return { kind: "retry", code: `${code} (job failed)`, newRun: true };
  if (code === void 0 || code === "build_failed") throw buildFailed(job.error?.message);
  throw new PublishError(`the apply job failed (${code}: ${job.error?.message ?? "no reason given"})`);
}
async function generationFor(ctx, job) {
  if (job.generationId !== void 0) {
    const generation = { id: job.generationId };
    if (job.counts) generation.counts = job.counts;
    return generation;
  }
  const active = await readGeneration(ctx.api);
  if (!active) throw new PublishError("the apply job succeeded but the source reports no active generation");
  return active;
}
function jobOf(value, path) {
  if (typeof value !== "object" || value === null || typeof value.status !== "string") {
    throw new Error(`${path} returned no apply job: expected {"apply": {"status": \u2026}} or {"status": "published", \u2026}`);
  }
  const raw = value;
  const job = { status: raw.status };
  if (typeof raw.id === "string") job.id = raw.id;
  if (typeof raw.generationId === "string") job.generationId = raw.generationId;
  if (typeof raw.counts === "object" && raw.counts !== null) job.counts = raw.counts;
  job.error = errorOf(raw.error);
  return job;
}
function errorOf(value) {
  if (typeof value === "string") return { message: value };
  if (typeof value !== "object" || value === null) return void 0;
  const { code, message, error: error2 } = value;
  return {
    code: typeof code === "string" ? code : void 0,
    message: typeof message === "string" ? message : typeof error2 === "string" ? error2 : void 0
  };
}

// src/targets/chatbot/publish.ts
var NEEDS_NEW_RUN = /* @__PURE__ */ new Set(["stale_plan", "stale_base"]);
var MAX_APPLY_ATTEMPTS = 8;
async function publish(ctx, previous) {
  try {
    return { ok: true, ...await publishOrThrow(ctx) };
  } catch (error2) {
    const serving = previous ? `the previous generation ${previous.id} keeps serving` : "no generation was published before, so none serves yet";
    const reason = error2 instanceof Error ? error2.message : String(error2);
    const failure = `publishing failed: ${reason}; ${serving}. The changes stay staged and the next run publishes them`;
    return { ok: false, failure: redact(failure, ctx.secrets) };
  }
}
async function publishOrThrow(ctx) {
  let runs = 1;
  let run = await startRun(ctx, runs);
  for (let attempt2 = 1; ; attempt2++) {
    const step = await applyOnce(ctx, run, attempt2);
    if (step.kind === "published") return { generation: step.generation, run };
    if (attempt2 >= MAX_APPLY_ATTEMPTS) throw new PublishError(`apply still answered ${step.code} after ${attempt2} attempts`);
    ctx.log.info(`Applying run ${run.id} answered ${step.code}; retrying${step.newRun ? " with a new run" : ""}`);
    await ctx.pauses.sleep(retryPause(ctx.pauses, attempt2));
    if (step.newRun) run = await startRun(ctx, ++runs);
  }
}
async function startRun(ctx, n) {
  const path = ctx.api.paths.runs;
  const { body } = await ctx.api.write({ method: "POST", path, scope: `run#${n}` });
  const run = runOf(body?.run);
  if (!run) throw new Error(`POST ${path} returned no run: expected {"run": {"id": \u2026}, "applyEligible": \u2026}`);
  const eligible = body?.applyEligible ?? (run.status === "completed" && run.discoveryComplete === true);
  if (eligible !== true) {
    throw new PublishError(
      `run ${run.id} is not eligible to apply (not_apply_eligible: status ${run.status ?? "unknown"}, discoveryComplete ${String(run.discoveryComplete ?? "unknown")}); nothing was published`
    );
  }
  ctx.log.info(`Run ${run.id} recorded ${countsText(run.changeCounts)}`);
  return run;
}
async function applyOnce(ctx, run, attempt2) {
  const path = ctx.api.paths.apply(run.id);
  let response;
  try {
    response = await ctx.api.write({ method: "POST", path, scope: `apply#${attempt2}`, accept: [502] });
  } catch (error2) {
    const code = error2 instanceof ApiError && error2.status === 409 ? error2.code : void 0;
    if (code !== void 0 && TRANSIENT_APPLY_CODES.has(code)) return { kind: "retry", code, newRun: NEEDS_NEW_RUN.has(code) };
    if (code === "not_apply_eligible") throw new PublishError(`run ${run.id} is not eligible to apply (${error2.message})`);
    throw error2;
  }
  if (response.status === 502) {
    const vendor = parseVendorError(502, response.body);
    if (vendor?.code === "build_failed") throw buildFailed(vendor.message);
    return { kind: "retry", code: "502 (bad gateway)", newRun: false };
  }
  const body = response.body;
  if (body?.status === "published") {
    const generation = generationOf({ ...body, id: body.generationId });
    if (generation) return { kind: "published", generation };
  }
  return followJob(ctx, run, body?.apply);
}

// src/targets/chatbot/listing.ts
async function listItems(api) {
  const byId = /* @__PURE__ */ new Map();
  const duplicates = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  let cursor;
  for (let page = 1; ; page++) {
    const { body } = await api.read(api.paths.items, { limit: CHATBOT_LIMITS.listPage, cursor });
    for (const item of rowsOf(body, page)) {
      if (byId.has(item.externalItemId)) duplicates.add(item.externalItemId);
      else byId.set(item.externalItemId, item);
    }
    const next = body?.nextCursor;
    if (typeof next !== "string" || next === "") return { items: [...byId.values()], duplicates: [...duplicates] };
    if (seen.has(next)) {
      throw new Error(`GET ${api.paths.items} returned cursor ${JSON.stringify(next)} twice (page ${page}): expected a new cursor per page`);
    }
    seen.add(next);
    cursor = next;
  }
}
function rowsOf(body, page) {
  if (!body || !Array.isArray(body.items)) {
    throw new Error(`the staged-items listing, page ${page}, has no items array: expected {"items": [...], "nextCursor": ...} (is --api-url a Chatbot API ending in /api?)`);
  }
  return body.items.filter(isListedItem);
}
function isListedItem(row) {
  return typeof row === "object" && row !== null && typeof row.externalItemId === "string";
}

// src/targets/chatbot/pending.ts
function unpublishedReason(input) {
  const { owned, generation, lastRun } = input;
  if (generation === null) {
    return owned.length > 0 ? `${count(owned.length, "staged item")} but no published generation` : void 0;
  }
  const publishedAt = generation.publishedAt === void 0 ? Number.NaN : Date.parse(generation.publishedAt);
  if (!Number.isNaN(publishedAt)) {
    const newer = owned.filter((item) => item.updatedAt !== void 0 && Date.parse(item.updatedAt) > publishedAt).length;
    if (newer > 0) return `${count(newer, "staged item")} written after generation ${generation.id} was published`;
  }
  if (lastRun !== void 0 && lastRun.id !== generation.runId && recordedChanges(lastRun)) {
    return `run ${lastRun.id} recorded changes that were never applied (generation ${generation.id} serves run ${generation.runId ?? "unknown"})`;
  }
  return void 0;
}
function recordedChanges(run) {
  if (run.changeCounts === void 0) return true;
  return Object.entries(run.changeCounts).some(([kind, n]) => kind !== "unchanged" && typeof n === "number" && n > 0);
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/targets/chatbot/records.ts
function recordOf(item, owner) {
  const marker = readMarker(item.metadata);
  const owned = marker?.owner === owner;
  const record = { externalId: item.externalItemId, owned, state: "live" };
  if (item.title !== void 0) record.title = item.title;
  if (item.updatedAt !== void 0) record.updatedAt = item.updatedAt;
  if (!owned || !marker) return record;
  record.fingerprint = { hash: marker.hash, parts: marker.parts };
  if (marker.provenance) record.provenance = marker.provenance;
  if (item.externalVersion !== marker.hash) record.drifted = true;
  return record;
}

// src/targets/chatbot/snapshot.ts
async function readSnapshot(api, owner, log, now) {
  const read = await readSourceInfo(api);
  const source = "unreadable" in read ? void 0 : read;
  if ("unreadable" in read) {
    log.info(`Could not read the source (${read.unreadable}; the key needs sources:read): the plan cannot say when tombstones are purged`);
  }
  const { items, duplicates } = await listItems(api);
  if (duplicates.length > 0) log.warn(`the staged-items listing named ${duplicates.slice(0, 5).join(", ")} more than once; each counts once`);
  const generation = await readGeneration(api);
  const records = items.map((item) => recordOf(item, owner));
  const lastRun = await unappliedRun(api, source, generation);
  const unpublished = unpublishedReason({ owned: records.filter((r) => r.owned), generation, lastRun });
  if (unpublished !== void 0) log.warn(`Staged changes are not published yet (${unpublished}); a sync publishes them`);
  const state = { generation };
  if (source) state.source = source;
  if (unpublished !== void 0) state.unpublished = unpublished;
  return { snapshot: { records, complete: true, deleteNote: deleteNote(source?.graceDays, now) }, state };
}
async function unappliedRun(api, source, generation) {
  const lastRunId = source?.lastRunId;
  if (lastRunId === void 0 || generation?.runId === void 0 || lastRunId === generation.runId) return void 0;
  return await readRun(api, lastRunId) ?? { id: lastRunId };
}

// src/targets/chatbot/stage.ts
var ISOLATION_BUDGET = 64;
var WRAPPER_BYTES = Buffer.byteLength('{"items":[]}');
async function stageItems(ctx, items) {
  const results = [];
  let stopped;
  for (const group of groupsOf(items.map((item) => staged(ctx, item)))) {
    if (stopped !== void 0) {
      results.push(...group.map((s) => failed(s, stopped)));
      continue;
    }
    try {
      results.push(...await sendIsolating(ctx, group, { left: ISOLATION_BUDGET }));
    } catch (error2) {
      stopped = messageOf(error2);
      results.push(...group.map((s) => failed(s, stopped)));
    }
  }
  return results;
}
function itemBody(ctx, item) {
  const marker = markerOf(ctx.owner, item.fingerprint, ctx.version, item.provenance);
  return {
    externalItemId: item.doc.externalId,
    ...item.payload,
    externalVersion: item.fingerprint.hash,
    metadata: withMarker(item.payload.metadata, marker)
  };
}
function staged(ctx, item) {
  const body = itemBody(ctx, item);
  return { item, body, bytes: Buffer.byteLength(JSON.stringify(body), "utf8") + 1 };
}
function groupsOf(items) {
  const groups = [];
  let current = [];
  let bytes = WRAPPER_BYTES;
  for (const item of items) {
    if (current.length > 0 && (current.length >= CHATBOT_LIMITS.batchItems || bytes + item.bytes > CHATBOT_LIMITS.batchBytes)) {
      groups.push(current);
      current = [];
      bytes = WRAPPER_BYTES;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
async function sendIsolating(ctx, group, budget) {
  try {
    await ctx.api.write({ method: "POST", path: ctx.api.paths.batch, body: { items: group.map((s) => s.body) } });
    return group.map(written);
  } catch (error2) {
    if (!rejected(error2)) throw error2;
    const reason = `Chatbot rejected the batch holding this item: ${messageOf(error2)}`;
    if (group.length === 1) return [failed(group[0], `Chatbot rejected the item: ${messageOf(error2)}`)];
    if (budget.left < 2) return group.map((s) => failed(s, `${reason} (not isolated further)`));
    budget.left -= 2;
    const half = Math.ceil(group.length / 2);
    return [...await sendIsolating(ctx, group.slice(0, half), budget), ...await sendIsolating(ctx, group.slice(half), budget)];
  }
}
function rejected(error2) {
  return error2 instanceof ApiError && error2.kind === "http" && (error2.status === 400 || error2.status === 413);
}
function written(staged2) {
  return { externalId: staged2.item.doc.externalId, status: staged2.item.remote ? "updated" : "created" };
}
function failed(staged2, error2) {
  return { externalId: staged2.item.doc.externalId, status: "failed", error: error2 };
}
function messageOf(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/targets/chatbot/unstage.ts
async function unstageItems(ctx, records, mode) {
  if (mode === "hard" && !ctx.noticeGiven.value) {
    ctx.noticeGiven.value = true;
    ctx.log.warn("Chatbot has no hard delete: removed pages become tombstones for the source's grace window, then are purged");
  }
  const results = [];
  let stopped;
  for (const record of records) {
    const id = record.externalId;
    if (!record.owned) {
      results.push({ externalId: id, status: "failed", error: `refused to delete ${JSON.stringify(id)}: it has no kb-publish marker of this owner` });
    } else if (stopped !== void 0) {
      results.push({ externalId: id, status: "failed", error: stopped });
    } else {
      try {
        await ctx.api.write({ method: "DELETE", path: ctx.api.paths.item(id), accept: [404] });
        results.push({ externalId: id, status: "deleted" });
      } catch (error2) {
        const message = error2 instanceof Error ? error2.message : String(error2);
        if (!isPerItem(error2)) stopped = message;
        results.push({ externalId: id, status: "failed", error: message });
      }
    }
  }
  return results;
}
function isPerItem(error2) {
  return error2 instanceof ApiError && error2.kind === "http" && [400, 409, 422].includes(error2.status ?? 0);
}

// src/targets/chatbot/chatbot.ts
var ENGINE_BATCH_BYTES = 7e6;
var createChatbotTarget = (settings, context) => {
  const resolved = resolveChatbotConfig(settings);
  if (!resolved.ok && settings.baseline === void 0) throw new ConfigError(resolved.problems);
  const pauses = pausesFor(context);
  let api;
  const connect = () => {
    if (!resolved.ok) throw new ConfigError(resolved.problems);
    return api ??= createChatbotApi(resolved.config, context, pauses);
  };
  const timeoutMs = resolved.ok ? resolved.config.publishTimeoutMs : settings.waitTimeoutSeconds * 1e3;
  const secrets = settings.apiKey ? [settings.apiKey] : [];
  return chatbotTarget({ owner: settings.owner, context, pauses, timeoutMs, secrets }, connect);
};
function chatbotTarget({ owner, context, pauses, timeoutMs, secrets }, connect) {
  const version = versionFromUserAgent(context.userAgent);
  const noticeGiven = { value: false };
  let state;
  return {
    name: "chatbot",
    capabilities: { softDelete: true, returnsContent: false, nativeTranslations: false },
    limits: {
      upsert: { maxItems: CHATBOT_LIMITS.batchItems, maxBytes: ENGINE_BATCH_BYTES },
      delete: { maxItems: 50 },
      concurrency: 1
    },
    payloadOf: chatbotPayloadOf,
    validate: validateChatbotPayload,
    snapshot: async () => {
      const read = await readSnapshot(connect(), owner, context.log, pauses.now());
      state = read.state;
      return read.snapshot;
    },
    upsertBatch: (items) => stageItems({ api: connect(), owner, version }, items),
    deleteBatch: (records, mode) => unstageItems({ api: connect(), log: context.log, noticeGiven }, records, mode),
    finish: async (results) => {
      if (!state) throw new Error("the chatbot target finished before reading its snapshot: expected snapshot() first");
      return publishStaged({ api: connect(), pauses, log: context.log, timeoutMs, secrets }, state, results);
    }
  };
}
async function publishStaged(ctx, state, results) {
  const staged2 = results.some((r) => r.status === "created" || r.status === "updated" || r.status === "deleted");
  if (!staged2 && state.unpublished === void 0) return { notes: [] };
  ctx.log.info(`Publishing: starting a run${staged2 ? "" : ` for changes an earlier run staged (${state.unpublished})`}`);
  const outcome = await publish(ctx, state.generation);
  if (!outcome.ok) return { notes: [], failure: outcome.failure };
  const { generation, run } = outcome;
  ctx.log.info(`Published generation ${generation.id}`);
  const report2 = { generationId: generation.id, number: generation.number, run, graceDays: state.source?.graceDays, now: ctx.pauses.now() };
  const notes = publishedNotes(staged2 ? report2 : { ...report2, recovered: state.unpublished });
  return { notes: notes.map((note) => redact(note, ctx.secrets)) };
}

// src/targets/heppu/errors.ts
function explainApiError(error2, collectionId) {
  if (!(error2 instanceof ApiError) || error2.kind !== "http") return error2;
  const hint = hintFor2(error2.status, collectionId);
  if (hint && !error2.message.includes(hint)) error2.message += ` \u2014 ${hint}`;
  return error2;
}
function hintFor2(status, collectionId) {
  if (status === 401) return "Heppu rejected the API key: check KB_PUBLISH_API_KEY (or --api-key) and that the key has not been revoked";
  if (status === 403) return "the API key is valid but may not access this collection: check the key's organization and permissions";
  if (status === 404) {
    return `collection ${JSON.stringify(collectionId)} was not found for this key's organization: check --collection-id (copy it from the collection's URL in the Heppu dashboard) and --api-url`;
  }
  return void 0;
}

// src/targets/heppu/api.ts
var isObject5 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var HeppuApi = class {
  constructor(client, collectionId, secrets) {
    this.client = client;
    this.collectionId = collectionId;
    this.secrets = secrets;
  }
  client;
  collectionId;
  secrets;
  /** `GET /kb/sources` with filters; one page. */
  async listPage(query) {
    const response = await this.call(
      () => this.client.request({ method: "GET", path: "/kb/sources", query: { collectionId: this.collectionId, ...query } })
    );
    const data = isObject5(response.body) ? response.body.data : void 0;
    const pagination = isObject5(data) ? data.pagination : void 0;
    if (!isObject5(data) || !Array.isArray(data.sources) || !isObject5(pagination)) {
      throw unexpected("GET /kb/sources", "data.sources and data.pagination");
    }
    const sources = data.sources.filter((s) => isObject5(s) && typeof s.externalId === "string");
    const total = typeof pagination.total === "number" ? pagination.total : sources.length;
    return { sources, total, hasMore: pagination.hasMore === true };
  }
  /** `POST /kb/sources/batch`. A 400 with per-item results (all failed) is data; any other 400 throws. */
  async upsertBatch(sources) {
    const path = "/kb/sources/batch";
    const response = await this.call(
      () => this.client.request({ method: "POST", path, body: { collectionId: this.collectionId, sources }, accept: [400] })
    );
    const data = isObject5(response.body) ? response.body.data : void 0;
    const results = isObject5(data) ? data.results : void 0;
    if (!Array.isArray(results)) {
      if (response.status === 400) throw this.rejected(path, response.body);
      throw unexpected(`POST ${path}`, "data.results");
    }
    return results.filter(isObject5).map((r) => ({
      index: typeof r.index === "number" ? r.index : void 0,
      externalId: typeof r.externalId === "string" ? r.externalId : void 0,
      status: typeof r.status === "string" ? r.status : "missing",
      error: typeof r.error === "string" ? redact(r.error, this.secrets) : void 0
    }));
  }
  /** `DELETE /kb/sources` (at most 100 ids). */
  async deleteIds(externalIds) {
    const response = await this.call(
      () => this.client.request({ method: "DELETE", path: "/kb/sources", body: { collectionId: this.collectionId, externalIds } })
    );
    if (response.body === void 0) return { deleted: externalIds, notFound: [] };
    const data = isObject5(response.body) ? response.body.data : void 0;
    if (!isObject5(data)) throw unexpected("DELETE /kb/sources", "data.deletedExternalIds and data.notFound");
    const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
    return { deleted: strings(data.deletedExternalIds), notFound: strings(data.notFound) };
  }
  async call(send2) {
    try {
      return await send2();
    } catch (error2) {
      throw explainApiError(error2, this.collectionId);
    }
  }
  /** A 400 that is a request-level validation error (e.g. "Maximum 50 sources per batch"). */
  rejected(path, body) {
    const vendor = parseVendorError(400, body);
    const detail = vendor?.message ?? "the request was rejected without a reason";
    const message = redact(`POST ${path} failed: 400${vendor?.code ? ` ${vendor.code}` : ""}: ${detail}`, this.secrets);
    return new ApiError({ kind: "http", status: 400, code: vendor?.code, message, retryable: false });
  }
};
function unexpected(request, expected) {
  return new Error(`${request} returned an unexpected response: expected a JSON body with ${expected} (is --api-url a Heppu API?)`);
}

// src/targets/heppu/config.ts
var HEPPU_DEFAULT_API_URL = "https://v2.heppu.ai/api/v1";
var HEPPU_DEFAULT_RATE_LIMIT = { perMinute: 120, burst: 10 };
function resolveHeppuConfig(settings) {
  const problems = [];
  const apiUrl = resolveApiUrl(settings, { fallback: HEPPU_DEFAULT_API_URL, httpsOnly: false }, problems);
  const apiKey = requireApiKey(settings, "heppu", "create one in the Heppu dashboard under Organization \u2192 API Keys", problems);
  if (!settings.collectionId) {
    problems.push(
      "target heppu needs a collection id: pass --collection-id <uuid> (`collection-id` input in the Action); copy it from the collection's URL in the Heppu dashboard"
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      apiUrl,
      apiKey,
      collectionId: settings.collectionId,
      rateLimit: rateLimitOf(settings, HEPPU_DEFAULT_RATE_LIMIT),
      timeoutMs: settings.requestTimeoutMs
    }
  };
}
function isCleartextRemote(apiUrl) {
  const url = new URL(apiUrl);
  return url.protocol === "http:" && !LOOPBACK_HOSTS.includes(url.hostname);
}

// src/targets/heppu/deletes.ts
async function deleteHeppuBatch(ctx, records, mode) {
  if (mode === "tombstone" && !ctx.noticeGiven.value) {
    ctx.noticeGiven.value = true;
    ctx.log.warn(
      "Heppu has no soft delete: sources of removed pages are deleted permanently (--deletions tombstone acts like hard on Heppu; use --deletions off to keep them)"
    );
  }
  const foreign = records.filter((record) => !record.owned);
  const owned = records.filter((record) => record.owned);
  const results = foreign.map((record) => ({
    externalId: record.externalId,
    status: "failed",
    error: `refused to delete ${JSON.stringify(record.externalId)}: it has no kb-publish marker of this owner; kb-publish never deletes sources it does not own`
  }));
  if (owned.length === 0) return results;
  const ids = [...new Set(owned.map((record) => record.externalId))];
  const outcome = await ctx.api.deleteIds(ids);
  const gone = /* @__PURE__ */ new Set([...outcome.deleted, ...outcome.notFound]);
  for (const id of ids) {
    results.push(
      gone.has(id) ? { externalId: id, status: "deleted" } : { externalId: id, status: "failed", error: "Heppu's delete response listed this id neither as deleted nor as not found" }
    );
  }
  return results;
}

// src/targets/heppu/payload.ts
var HEPPU_LIMITS = {
  /** "max 500KB": counted as UTF-8 bytes, and 500,000 (not 512,000) until the API says otherwise. */
  contentBytes: 5e5,
  titleChars: 500,
  externalIdChars: 255,
  /** Sources per `POST /kb/sources/batch`. */
  batchItems: 50,
  /** externalIds per `DELETE /kb/sources`. */
  deleteIds: 100,
  /** Page size of `GET /kb/sources` (the documented maximum). */
  listPage: 100
};
var HEPPU_MAX_BATCH_BYTES = 4e6;
function heppuPayloadOf(doc) {
  const { [MARKER_KEY]: _reserved, ...frontmatter } = doc.metadata;
  const metadata = definedOnly2({
    ...frontmatter,
    tags: doc.tags.length > 0 ? doc.tags : void 0,
    lang: doc.lang,
    description: doc.description,
    sourcePath: doc.sourcePath,
    sourceUrl: doc.sourceUrl,
    activeFrom: doc.activeFrom,
    activeUntil: doc.activeUntil
  });
  const payload = { title: truncateTitle(doc.title), content: doc.content, metadata };
  return { ...payload };
}
function validateHeppuPayload(doc, payload) {
  const problems = [];
  const idLength = doc.externalId.length;
  if (idLength > HEPPU_LIMITS.externalIdChars) {
    problems.push(error(`external id is ${idLength} characters long: Heppu accepts at most ${HEPPU_LIMITS.externalIdChars}; shorten the path or set a shorter \`id\` in the frontmatter`));
  }
  const content = typeof payload.content === "string" ? payload.content : "";
  const bytes = Buffer.byteLength(content, "utf8");
  if (bytes > HEPPU_LIMITS.contentBytes) {
    problems.push(error(`content is ${bytes} bytes (UTF-8): Heppu accepts at most ${HEPPU_LIMITS.contentBytes}; split the page; its remote copy is kept unchanged`));
  }
  if (content.trim() === "") {
    problems.push(error("content is empty: Heppu rejects sources without content; add text or exclude the file"));
  }
  if (doc.title.trim() === "") problems.push(error("title is empty: Heppu requires a title"));
  if (doc.title.length > HEPPU_LIMITS.titleChars) {
    problems.push({
      severity: "warning",
      message: `title is ${doc.title.length} characters long: Heppu accepts at most ${HEPPU_LIMITS.titleChars}; it is sent truncated`
    });
  }
  return problems;
}
function truncateTitle(title) {
  if (title.length <= HEPPU_LIMITS.titleChars) return title;
  let cut = HEPPU_LIMITS.titleChars - 1;
  if (/[\uD800-\uDBFF]/.test(title.charAt(cut - 1))) cut -= 1;
  return `${title.slice(0, cut).trimEnd()}\u2026`;
}
function error(message) {
  return { severity: "error", message };
}
function definedOnly2(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/targets/heppu/listing.ts
function pageBudget(total) {
  const expected = Math.ceil(total / HEPPU_LIMITS.listPage);
  return expected + Math.max(5, Math.ceil(expected * 0.1));
}
async function listAll(api, filter = {}) {
  const limit = HEPPU_LIMITS.listPage;
  const first = await api.listPage({ ...filter, offset: 0, limit });
  const pages = [first];
  if (first.hasMore) {
    const announced = Math.ceil(first.total / limit);
    const offsets = Array.from({ length: Math.max(0, announced - 1) }, (_, i) => (i + 1) * limit);
    pages.push(...await Promise.all(offsets.map((offset) => api.listPage({ ...filter, offset, limit }))));
  }
  const budget = pageBudget(first.total);
  for (let last = pages[pages.length - 1]; last.hasMore; last = pages[pages.length - 1]) {
    if (last.sources.length === 0) return incomplete(pages, "a page was empty although the server said more would follow");
    if (pages.length >= budget) {
      return incomplete(pages, `still more after ${pages.length} pages although the server announced ${first.total} sources`);
    }
    pages.push(await api.listPage({ ...filter, offset: pages.length * limit, limit }));
  }
  return { sources: uniqueById(pages.flatMap((p) => p.sources)), complete: true };
}
function incomplete(pages, stoppedBecause) {
  return { sources: uniqueById(pages.flatMap((p) => p.sources)), complete: false, stoppedBecause };
}
function uniqueById(sources) {
  const seen = /* @__PURE__ */ new Set();
  return sources.filter((source) => {
    const key = source.id ?? `externalId:${source.externalId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/targets/heppu/snapshot.ts
async function heppuSnapshot(api, owner, log) {
  const listing = await listAll(api);
  if (!listing.complete) {
    log.warn(`Heppu listing stopped early (${listing.stoppedBecause}); deletes are withheld this run`);
  }
  warnAboutDuplicates(listing.sources, log);
  return { records: listing.sources.map((source) => remoteRecordOf(source, owner)), complete: listing.complete };
}
function remoteRecordOf(source, owner) {
  const marker = readMarker(source.metadata);
  const owned = marker?.owner === owner;
  const record = { externalId: source.externalId, owned, state: "live" };
  if (source.id !== void 0) record.remoteId = source.id;
  if (source.title !== void 0) record.title = source.title;
  if (source.updatedAt !== void 0) record.updatedAt = source.updatedAt;
  if (owned && marker) record.fingerprint = { hash: marker.hash, parts: marker.parts };
  if (owned && marker?.provenance) record.provenance = marker.provenance;
  const sourcePath2 = isRecord(source.metadata) ? source.metadata.sourcePath : void 0;
  if (owned && typeof sourcePath2 === "string") record.sourcePath = sourcePath2;
  return record;
}
function warnAboutDuplicates(sources, log) {
  const counts = /* @__PURE__ */ new Map();
  for (const source of sources) counts.set(source.externalId, (counts.get(source.externalId) ?? 0) + 1);
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => JSON.stringify(id));
  if (duplicated.length === 0) return;
  const shown = duplicated.slice(0, 5).join(", ") + (duplicated.length > 5 ? `, \u2026 (${duplicated.length} in all)` : "");
  log.warn(
    `Heppu listed more than one source for the externalId ${shown}; expected one per id. A foreign copy wins, so kb-publish will not touch it; check the collection in the dashboard`
  );
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/targets/heppu/send.ts
var realBody = (ctx, item) => bodyWith(item, markerOf(ctx.owner, item.fingerprint, ctx.version, item.provenance));
function bodyWith(item, marker, content) {
  const { title, content: planned, metadata } = item.payload;
  return {
    externalId: item.doc.externalId,
    title: String(title),
    content: content ?? String(planned),
    metadata: withMarker(metadata, marker)
  };
}
async function sendItems(ctx, items, bodyOf = realBody) {
  let results;
  try {
    results = await ctx.api.upsertBatch(items.map((item) => bodyOf(ctx, item)));
  } catch (error2) {
    if (!(error2 instanceof ApiError && error2.status === 413 && items.length > 1)) throw error2;
    const half = Math.ceil(items.length / 2);
    const first = await sendItems(ctx, items.slice(0, half), bodyOf);
    const second = await sendItems(ctx, items.slice(half), bodyOf);
    return new Map([...first, ...second]);
  }
  return matchResults(items, results);
}
function matchResults(items, results) {
  const ids = items.map((item) => item.doc.externalId);
  const matched = /* @__PURE__ */ new Map();
  for (const result of results) {
    const byIndex = result.index !== void 0 ? ids[result.index] : void 0;
    const id = byIndex !== void 0 && (result.externalId ?? byIndex) === byIndex ? byIndex : result.externalId ?? void 0;
    if (id === void 0 || !ids.includes(id) || matched.has(id)) continue;
    matched.set(id, statusOf(id, result));
  }
  return matched;
}
function statusOf(externalId, result) {
  const { status } = result;
  if (status === "created" || status === "updated" || status === "unchanged") return { externalId, status };
  if (status === "failed") {
    return { externalId, status: "failed", error: `Heppu rejected the source: ${result.error || "no reason given"}` };
  }
  return { externalId, status: "failed", error: `Heppu answered with an unknown status ${JSON.stringify(status)}; expected created, updated, unchanged or failed` };
}

// src/targets/heppu/refresh.ts
async function refreshSources(ctx, items) {
  const nudged = await attempt(
    items,
    () => sendItems(ctx, items, (c, item) => {
      const pending = { ...item.fingerprint.parts, content: REFRESH_PENDING };
      return bodyWith(item, markerOf(c.owner, { hash: REFRESH_PENDING, parts: pending }, c.version), nudgedContent(item));
    })
  );
  const ready = items.filter((item) => isStored(nudged.get(item.doc.externalId)));
  const final = ready.length > 0 ? await attempt(ready, () => sendItems(ctx, ready)) : /* @__PURE__ */ new Map();
  return items.map((item) => {
    const id = item.doc.externalId;
    const step1 = nudged.get(id);
    if (!isStored(step1)) return failedStep(id, step1, "refreshing its title and metadata (step 1 of 2)");
    const step2 = final.get(id);
    if (!isStored(step2)) return failedStep(id, step2, "writing it after the refresh (step 2 of 2)");
    return { externalId: id, status: item.remote ? "updated" : "created" };
  });
}
function nudgedContent(item) {
  const line = `

<!-- kb-publish: refreshing title and metadata (${item.fingerprint.hash.slice(0, 12)}) -->
`;
  const content = String(item.payload.content);
  const fits = Buffer.byteLength(content + line, "utf8") <= HEPPU_LIMITS.contentBytes;
  return fits ? content + line : line.trim();
}
async function attempt(items, send2) {
  try {
    return await send2();
  } catch (error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    return new Map(items.map((item) => [item.doc.externalId, { externalId: item.doc.externalId, status: "failed", error: message }]));
  }
}
function isStored(status) {
  return status !== void 0 && status.status !== "failed";
}
function failedStep(externalId, status, step) {
  const reason = status?.status === "failed" ? status.error : "no result returned for this source";
  return { externalId, status: "failed", error: `${reason} (while ${step})` };
}

// src/targets/heppu/verify.ts
async function storedStates(ctx, items) {
  const stored = await readSources(ctx, items.map((item) => item.doc.externalId));
  const states = /* @__PURE__ */ new Map();
  for (const item of items) states.set(item.doc.externalId, stateOf(item, stored.get(item.doc.externalId), ctx.owner));
  return states;
}
function stateOf(item, sources, owner) {
  const source = sources?.find((s) => readMarker(s.metadata)?.owner !== owner) ?? sources?.[0];
  if (!source) return "missing";
  const marker = readMarker(source.metadata);
  if (marker?.owner !== owner) return "foreign";
  const titleMatches = source.title === void 0 || source.title === item.payload.title;
  return marker.hash === item.fingerprint.hash && titleMatches ? "current" : "stale";
}
async function readSources(ctx, ids) {
  const fullListingPages = Math.ceil(ctx.collectionSize / HEPPU_LIMITS.listPage) + 1;
  const wanted = new Set(ids);
  let sources;
  if (ids.length > fullListingPages) {
    sources = (await listAll(ctx.api)).sources;
  } else {
    const limit = pLimit(4);
    const pages = await Promise.all(ids.map((externalId) => limit(() => ctx.api.listPage({ externalId, offset: 0, limit: 10 }))));
    sources = pages.flatMap((page) => page.sources);
  }
  const byId = /* @__PURE__ */ new Map();
  for (const source of sources.filter((s) => wanted.has(s.externalId))) {
    byId.set(source.externalId, [...byId.get(source.externalId) ?? [], source]);
  }
  return byId;
}

// src/targets/heppu/upsert.ts
async function upsertHeppuBatch(ctx, items) {
  const direct = ctx.learned.metadataOnUnchanged === "dropped" ? items.filter(isMetadataOnly) : [];
  const plain = items.filter((item) => !direct.includes(item));
  const results = /* @__PURE__ */ new Map();
  const toRefresh = [...direct];
  if (plain.length > 0) {
    const sent = await sendItems(ctx, plain);
    const unchanged = [];
    for (const item of plain) {
      const status = sent.get(item.doc.externalId);
      if (status?.status === "unchanged") unchanged.push(item);
      else if (status) results.set(item.doc.externalId, status);
    }
    const settled = await settleUnchanged(ctx, unchanged);
    settled.results.forEach((result) => results.set(result.externalId, result));
    toRefresh.push(...settled.refresh);
  }
  if (toRefresh.length > 0) {
    const refreshed = await guarded(toRefresh, () => refreshSources(ctx, toRefresh));
    refreshed.forEach((result) => results.set(result.externalId, result));
  }
  return items.flatMap((item) => results.get(item.doc.externalId) ?? []);
}
function isMetadataOnly(item) {
  const remote = item.remote?.fingerprint;
  if (!remote || remote.hash === item.fingerprint.hash) return false;
  return remote.parts.content !== void 0 && remote.parts.content === item.fingerprint.parts.content;
}
async function settleUnchanged(ctx, items) {
  if (items.length === 0) return { results: [], refresh: [] };
  if (ctx.learned.metadataOnUnchanged === "kept") return { results: items.map(written2), refresh: [] };
  let states;
  try {
    states = await storedStates(ctx, items);
  } catch (error2) {
    return { results: items.map((item) => failed2(item, `could not check what Heppu stored: ${messageOf2(error2)}`)), refresh: [] };
  }
  const results = [];
  const refresh = [];
  for (const item of items) {
    const state = states.get(item.doc.externalId) ?? "missing";
    learn(ctx.learned, item, state);
    if (state === "current") results.push(written2(item));
    else if (state === "foreign") results.push(failed2(item, foreignAppeared(item)));
    else refresh.push(item);
  }
  return { results, refresh };
}
function learn(learned, item, state) {
  if (state === "stale") learned.metadataOnUnchanged = "dropped";
  if (state === "current" && isMetadataOnly(item) && learned.metadataOnUnchanged === "unknown") learned.metadataOnUnchanged = "kept";
}
function written2(item) {
  return { externalId: item.doc.externalId, status: item.remote ? "updated" : "created" };
}
function failed2(item, error2) {
  return { externalId: item.doc.externalId, status: "failed", error: error2 };
}
function foreignAppeared(item) {
  return `a source with externalId ${JSON.stringify(item.doc.externalId)} without kb-publish's marker appeared in the collection during this run; it was left untouched`;
}
async function guarded(items, step) {
  try {
    return await step();
  } catch (error2) {
    return items.map((item) => failed2(item, messageOf2(error2)));
  }
}
function messageOf2(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/targets/heppu/wait.ts
async function waitForProcessing(ctx, results) {
  const written3 = new Set(results.filter((r) => r.status === "created" || r.status === "updated").map((r) => r.externalId));
  if (written3.size === 0) return [];
  ctx.log.info(`Waiting for Heppu to process ${written3.size} sources`);
  const notes = [];
  const started = ctx.now();
  let stillBusy = 0;
  for (let pause = ctx.firstPollMs ?? 500; ; pause = Math.min(pause * 2, ctx.maxPollMs ?? 5e3)) {
    const busy = await busyIds(ctx.api, written3);
    if (busy.length === 0) break;
    const waited = ctx.now() - started;
    if (waited >= ctx.timeoutMs) {
      notes.push(timeoutNote(busy, written3.size, ctx.timeoutMs));
      stillBusy = busy.length;
      break;
    }
    await ctx.sleep(Math.min(pause, ctx.timeoutMs - waited));
  }
  const failed4 = (await listAll(ctx.api, { status: "failed" })).sources.filter((s) => written3.has(s.externalId));
  for (const source of failed4) {
    const file = ctx.sourcePaths.get(source.externalId);
    const where = file ? ` (${file})` : "";
    notes.push(`Heppu failed to process ${JSON.stringify(source.externalId)}${where}: ${source.error || "no reason given"}`);
  }
  const done = written3.size - failed4.length - stillBusy;
  ctx.log.info(`Heppu processed ${done} of ${written3.size} sources${notes.length ? "; see the notes" : ""}`);
  return notes;
}
async function busyIds(api, written3) {
  const busy = /* @__PURE__ */ new Set();
  for (const status of ["pending", "processing"]) {
    const listing = await listAll(api, { status });
    for (const source of listing.sources) if (written3.has(source.externalId)) busy.add(source.externalId);
  }
  return [...busy].sort();
}
function timeoutNote(busy, total, timeoutMs) {
  const shown = busy.slice(0, 10).map((id) => JSON.stringify(id)).join(", ") + (busy.length > 10 ? ", \u2026" : "");
  return `${busy.length} of ${total} sources were still processing on Heppu after ${Math.round(timeoutMs / 1e3)} s (--wait-timeout): ${shown}; they are stored and will finish on their own`;
}

// src/targets/heppu/heppu.ts
var HEPPU_CONCURRENCY = 1;
var realSleep3 = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var createHeppuTarget = (settings, context) => {
  const resolved = resolveHeppuConfig(settings);
  if (!resolved.ok && settings.baseline === void 0) throw new ConfigError(resolved.problems);
  let api;
  const connect = () => {
    if (!resolved.ok) throw new ConfigError(resolved.problems);
    return api ??= connectApi(resolved.config, context);
  };
  const upserts = {
    get api() {
      return connect();
    },
    owner: settings.owner,
    version: versionFromUserAgent(context.userAgent),
    learned: { metadataOnUnchanged: "unknown" },
    collectionSize: 0
  };
  const sourcePaths = /* @__PURE__ */ new Map();
  const noticeGiven = { value: false };
  const target = {
    name: "heppu",
    capabilities: { softDelete: false, returnsContent: false, nativeTranslations: false },
    // Heppu advises sequential batches (H-BATCH); see HEPPU_CONCURRENCY.
    limits: {
      upsert: { maxItems: HEPPU_LIMITS.batchItems, maxBytes: HEPPU_MAX_BATCH_BYTES },
      delete: { maxItems: HEPPU_LIMITS.deleteIds },
      concurrency: HEPPU_CONCURRENCY
    },
    payloadOf: heppuPayloadOf,
    validate: validateHeppuPayload,
    snapshot: async () => {
      const snapshot = await heppuSnapshot(connect(), settings.owner, context.log);
      upserts.collectionSize = snapshot.records.length;
      return snapshot;
    },
    upsertBatch: async (items) => {
      for (const item of items) sourcePaths.set(item.doc.externalId, item.doc.sourcePath);
      const results = await upsertHeppuBatch(upserts, items);
      upserts.collectionSize += results.filter((r) => r.status === "created").length;
      return results;
    },
    deleteBatch: (records, mode) => deleteHeppuBatch({ api: connect(), log: context.log, noticeGiven }, records, mode),
    finish: async (results) => {
      if (!settings.wait) return [];
      const wait = {
        api: connect(),
        log: context.log,
        now: context.now ?? Date.now,
        sleep: context.sleep ?? realSleep3,
        timeoutMs: settings.waitTimeoutSeconds * 1e3,
        sourcePaths
      };
      return waitForProcessing(wait, results);
    }
  };
  return target;
};
function connectApi(config, context) {
  if (isCleartextRemote(config.apiUrl)) {
    context.log.warn(`api-url ${config.apiUrl} is plain http to a remote host: the API key would travel unencrypted; use https`);
  }
  const client = remoteHttpClient(config, context, { auth: { header: "x-api-key" }, rateLimit: config.rateLimit, concurrency: HEPPU_CONCURRENCY });
  return new HeppuApi(client, config.collectionId, [config.apiKey]);
}

// src/targets/humind/listing.ts
var LIST_PAGE_SIZE = 100;
async function listEntries(api) {
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  let cursor;
  let pages = 0;
  for (; ; ) {
    const { body } = await api.read("/knowledge", { limit: LIST_PAGE_SIZE, cursor });
    pages += 1;
    entries.push(...rowsOf2(body, pages));
    const next = body?.next_cursor;
    if (next === null || next === void 0 || next === "") return { entries, pages };
    if (seen.has(next)) {
      throw new Error(`GET /knowledge returned cursor ${JSON.stringify(next)} twice (page ${pages}): expected a new cursor per page`);
    }
    seen.add(next);
    cursor = next;
  }
}
function rowsOf2(body, page) {
  if (!body || !Array.isArray(body.data)) {
    throw new Error(`GET /knowledge page ${page} has no data array: expected {"data": [...], "next_cursor": ...}`);
  }
  return body.data.filter(isListedEntry);
}
function isListedEntry(row) {
  if (!row || typeof row !== "object") return false;
  const entry = row;
  return typeof entry.external_id === "string" && typeof entry.status === "string";
}
function sameInstant(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0) return false;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? a === b : ta === tb;
}

// src/targets/humind/state-format.ts
var STATE_ID_PREFIX = "kb-publish-state";
var STATE_VERSION = 2;
var STATE_TITLE = "kb-publish state (do not edit)";
var STATE_SHARD_BYTES = 4e6;
function stateEntryId(owner, shard) {
  return shard === 0 ? `${STATE_ID_PREFIX}--${owner}` : `${STATE_ID_PREFIX}.${shard}--${owner}`;
}
function isStateEntryId(externalId) {
  return externalId.startsWith(STATE_ID_PREFIX);
}
function shardPayload(owner, shard) {
  return {
    external_id: stateEntryId(owner, shard.shard),
    type: "snippet",
    title: STATE_TITLE,
    content: shard.text,
    tags: [],
    translations: [],
    is_available_for_ai_agent: false,
    status: "draft"
  };
}

// src/targets/humind/state-v1.ts
function entriesV1(shard) {
  const entries = shard.entries;
  if (!entries || typeof entries !== "object" || Array.isArray(entries)) return void 0;
  return Object.values(entries).every(isStateEntry) ? entries : void 0;
}
function isStateEntry(value) {
  if (!value || typeof value !== "object") return false;
  const entry = value;
  const optionalString = (v) => v === void 0 || typeof v === "string";
  const parts = entry.parts;
  const partsOk = parts === void 0 || typeof parts === "object" && parts !== null && Object.values(parts).every((p) => typeof p === "string");
  const provenanceOk = entry.provenance === void 0 || readProvenance(entry.provenance) !== void 0;
  return optionalString(entry.hash) && optionalString(entry.updatedAt) && partsOk && provenanceOk;
}

// src/targets/humind/state-v2-read.ts
function entriesV2(shard) {
  const { table, layouts, rows } = shard;
  if (!isStringList2(table) || !Array.isArray(layouts) || !layouts.every(isStringList2) || !Array.isArray(rows)) return void 0;
  const entries = {};
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || typeof row[0] !== "string" || row.length > 5) return void 0;
    const entry = entryOf(row, table, layouts);
    if (!entry) return void 0;
    entries[row[0]] = entry;
  }
  return entries;
}
function valueOf(cell, table) {
  return typeof cell === "string" ? cell : typeof cell === "number" ? table[cell] : void 0;
}
function entryOf(row, table, layouts) {
  const entry = {};
  if (isSet(row[1])) {
    entry.hash = valueOf(row[1], table);
    if (entry.hash === void 0) return void 0;
  }
  if (isSet(row[2])) {
    entry.updatedAt = valueOf(row[2], table);
    if (entry.updatedAt === void 0) return void 0;
  }
  if (isSet(row[3])) {
    entry.parts = partsOf(row[3], table, layouts);
    if (entry.parts === void 0) return void 0;
  }
  if (isSet(row[4])) {
    entry.provenance = provenanceOf(row[4], table);
    if (entry.provenance === void 0) return void 0;
  }
  return entry;
}
function isSet(cell) {
  return cell !== void 0 && cell !== null;
}
function partsOf(cell, table, layouts) {
  if (!Array.isArray(cell)) return void 0;
  const names = layouts[cell[0]];
  if (!names || cell.length !== names.length + 1) return void 0;
  const parts = {};
  for (let i = 0; i < names.length; i++) {
    const value = valueOf(cell[i + 1], table);
    if (value === void 0) return void 0;
    parts[names[i]] = value;
  }
  return parts;
}
function provenanceOf(cell, table) {
  if (!isObject6(cell) || !isObject6(cell.s)) return void 0;
  const derivation = valueOf(cell.d, table);
  const sources = sourcesOf(cell.s, table);
  if (derivation === void 0 || sources === void 0) return void 0;
  const provenance = { sources, derivation };
  const commit = cell.c;
  const page = cell.p;
  if (commit !== void 0) {
    const sha = Array.isArray(commit) ? valueOf(commit[0], table) : void 0;
    const time = Array.isArray(commit) ? commit[1] : void 0;
    if (sha === void 0 || typeof time !== "number" || !Number.isFinite(time)) return void 0;
    provenance.commit = { sha, time };
  }
  if (page !== void 0) {
    if (typeof page !== "string") return void 0;
    provenance.page = page;
  }
  for (let i = 0; i < LISTS.length; i++) {
    const list3 = cell[LISTS[i][0]];
    if (list3 === void 0) continue;
    if (!isStringList2(list3)) return void 0;
    provenance[LISTS[i][1]] = list3;
  }
  return provenance;
}
var LISTS = [
  ["i", "includes"],
  ["x", "siblings"],
  ["g", "groups"]
];
function sourcesOf(cell, table) {
  let resolved;
  for (const path in cell) {
    const raw = cell[path];
    if (typeof raw === "string" && !resolved) continue;
    const value = valueOf(raw, table);
    if (value === void 0) return void 0;
    resolved ??= copyStrings(cell, path);
    resolved[path] = value;
  }
  return resolved ?? cell;
}
function copyStrings(cell, stop) {
  const copy = {};
  for (const path in cell) {
    if (path === stop) break;
    copy[path] = cell[path];
  }
  return copy;
}
function isStringList2(value) {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
}
function isObject6(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/targets/humind/state-parse.ts
var READERS = {
  1: entriesV1,
  2: entriesV2
};
function parseShard(text3, expected) {
  if (typeof text3 !== "string") return { problem: "the state entry has no text content" };
  let value;
  try {
    value = JSON.parse(text3);
  } catch {
    return { problem: "the state entry is not valid JSON" };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { problem: "the state entry is not a JSON object" };
  const shard = value;
  const version = shard.version;
  if (typeof version === "number" && Number.isInteger(version) && version > STATE_VERSION) {
    return { problem: `the state entry has format version ${version}, written by a newer kb-publish (this one reads up to ${STATE_VERSION})`, newer: true };
  }
  const read = typeof version === "number" && Object.hasOwn(READERS, version) ? READERS[version] : void 0;
  if (!read) return { problem: `the state entry has version ${String(version)}, expected 1 to ${STATE_VERSION}` };
  if (shard.owner !== expected.owner || shard.shard !== expected.shard) return { problem: "the state entry names another owner or shard" };
  const shards = shard.shards;
  if (typeof shards !== "number" || !Number.isInteger(shards) || shards < 1) return { problem: "the state entry has no valid shard count" };
  const entries = read(shard);
  if (!entries) return { problem: "the state entry's entries are malformed" };
  return { version, shards, entries, text: text3 };
}

// src/targets/humind/state-io.ts
async function readState(api, owner, listed) {
  const listedShards = ownShards(owner, listed);
  const state = { entries: {}, trusted: false, stored: /* @__PURE__ */ new Map(), listedShards };
  if (!listedShards.includes(0)) return { ...state, problem: "missing" };
  const first = await readShard(api, owner, 0);
  if ("problem" in first) return { ...state, problem: first.problem, newer: first.newer };
  state.trusted = true;
  addShard(state, 0, first);
  for (let shard = 1; shard < first.shards; shard++) {
    const next = listedShards.includes(shard) ? await readShard(api, owner, shard) : { problem: "missing" };
    if ("problem" in next) {
      state.trusted = false;
      state.problem = `shard ${shard} ${next.problem}`;
      if (next.newer) state.newer = true;
    } else {
      addShard(state, shard, next);
    }
  }
  return state;
}
function addShard(state, index, shard) {
  if (index === 0) state.entries = shard.entries;
  else Object.assign(state.entries, shard.entries);
  state.stored.set(index, shard.text);
}
function ownShards(owner, listed) {
  const shards = [];
  for (const entry of listed) {
    if (!isStateEntryId(entry.external_id)) continue;
    if (entry.external_id === stateEntryId(owner, 0)) shards.push(0);
    const match = /^kb-publish-state\.(\d+)--(.*)$/s.exec(entry.external_id);
    if (match && match[2] === owner) shards.push(Number(match[1]));
  }
  return shards.sort((a, b) => a - b);
}
async function readShard(api, owner, shard) {
  const response = await api.read(entryPath(stateEntryId(owner, shard)), void 0, [404]);
  if (response.status === 404) return { problem: "missing" };
  const parsed = parseShard(response.body?.content, { owner, shard });
  return "problem" in parsed && !parsed.newer ? { problem: `corrupt: ${parsed.problem}` } : parsed;
}
async function writeState(api, owner, loaded, shards) {
  let requests = 0;
  const ordered = [...shards.slice(1), ...shards.slice(0, 1)];
  for (const shard of ordered) {
    if (loaded.stored.get(shard.shard) === shard.text) continue;
    await api.write({ method: "POST", path: "/knowledge", body: shardPayload(owner, shard) });
    requests += 1;
  }
  for (const stale of loaded.listedShards.filter((index) => index >= shards.length)) {
    await api.write({ method: "DELETE", path: entryPath(stateEntryId(owner, stale)), query: { force: "true" } }, [404]);
    requests += 1;
  }
  return requests;
}

// src/targets/humind/state-v2.ts
var REF_MIN_LENGTH = 8;
var TABLE_MAX_BYTES = 64e3;
var HEADER_SLACK = 40;
function encodeState(entries, meta) {
  const maxBytes = meta.maxBytes ?? STATE_SHARD_BYTES;
  const ids = Object.keys(entries).sort();
  const table = sharedValues(ids.map((id) => entries[id]), Math.min(TABLE_MAX_BYTES, maxBytes / 4));
  const encoder = rowEncoder(table);
  const rows = ids.map((id) => JSON.stringify(encoder.row(id, entries[id])));
  const fixed = `{"version":${STATE_VERSION},"tool":${JSON.stringify(meta.tool)},"owner":${JSON.stringify(meta.owner)}`;
  const shared = `"table":${JSON.stringify(table)},"layouts":${JSON.stringify(encoder.layouts)},"rows":[`;
  const head = (shard, shards) => `${fixed},"shard":${shard},"shards":${shards},${shared}`;
  const groups = groupRows(rows, maxBytes - escapedBytes(head(0, 0)) - HEADER_SLACK);
  return groups.map((group, shard) => ({ shard, text: `${head(shard, groups.length)}${group.join(",")}]}` }));
}
function escapedBytes(text3) {
  return Buffer.byteLength(JSON.stringify(text3), "utf8") - 2;
}
function groupRows(rows, budget) {
  const groups = [[]];
  let used = 0;
  for (const row of rows) {
    const bytes = escapedBytes(row) + 1;
    if (used > 0 && used + bytes > budget) {
      groups.push([]);
      used = 0;
    }
    groups[groups.length - 1].push(row);
    used += bytes;
  }
  return groups;
}
function sharedValues(entries, budget) {
  const counts = /* @__PURE__ */ new Map();
  const count4 = (value) => {
    if (value !== void 0 && value.length >= REF_MIN_LENGTH) counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const entry of entries) forEachValue(entry, count4);
  const shared = [];
  for (const [value, n] of counts) if (n > 1) shared.push(value);
  shared.sort();
  const table = [];
  let used = 2;
  for (const value of shared) {
    used += escapedBytes(value) + 3;
    if (used > budget) break;
    table.push(value);
  }
  return table;
}
function forEachValue(entry, visit) {
  for (const name in entry.parts) visit(entry.parts[name]);
  const provenance = entry.provenance;
  if (!provenance) return;
  visit(provenance.derivation);
  visit(provenance.commit?.sha);
  for (const path in provenance.sources) visit(provenance.sources[path]);
}
function rowEncoder(table) {
  const index = new Map(table.map((value, i) => [value, i]));
  const ref = (value) => index.get(value) ?? value;
  const layouts = [];
  const layoutIndex = /* @__PURE__ */ new Map();
  const layoutOf = (names) => {
    const key = names.join("\0");
    let at = layoutIndex.get(key);
    if (at === void 0) {
      at = layouts.push(names) - 1;
      layoutIndex.set(key, at);
    }
    return at;
  };
  const row = (id, entry) => {
    const names = entry.parts && Object.keys(entry.parts).sort();
    const cells = [
      id,
      entry.hash ?? null,
      entry.updatedAt ?? null,
      names ? [layoutOf(names), ...names.map((name) => ref(entry.parts[name]))] : null,
      entry.provenance ? provenanceCell(entry.provenance, ref) : null
    ];
    while (cells.length > 1 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  };
  return { row, layouts };
}
function provenanceCell(provenance, ref) {
  const sources = {};
  for (const path of Object.keys(provenance.sources).sort()) sources[path] = ref(provenance.sources[path]);
  const cell = { s: sources, d: ref(provenance.derivation) };
  if (provenance.commit) cell.c = [ref(provenance.commit.sha), provenance.commit.time];
  if (provenance.page !== void 0) cell.p = provenance.page;
  if (provenance.includes !== void 0) cell.i = provenance.includes;
  if (provenance.siblings !== void 0) cell.x = provenance.siblings;
  if (provenance.groups !== void 0) cell.g = provenance.groups;
  return cell;
}

// src/targets/humind/finish.ts
async function finishState(api, session, results) {
  if (session.state.newer === true || stateUnchanged(session, results)) return 0;
  const fresh = await freshUpdatedAt(api, session, results);
  const entries = nextEntries(session, results, fresh);
  const shards = encodeState(entries, { owner: session.owner, tool: session.tool, maxBytes: session.shardBytes });
  return writeState(api, session.owner, session.state, shards);
}
function stateUnchanged(session, results) {
  if (results.length > 0 || (session.recorded?.size ?? 0) > 0 || !session.state.trusted) return false;
  const exists = new Set(session.listed.map((entry) => entry.external_id));
  for (const id in session.state.entries) if (!exists.has(id)) return false;
  return true;
}
function nextEntries(session, results, fresh) {
  const exists = new Set(session.listed.map((entry) => entry.external_id));
  const entries = {};
  for (const [id, entry] of Object.entries(session.state.entries)) if (exists.has(id)) entries[id] = entry;
  for (const [id, provenance] of session.recorded ?? []) if (entries[id]) entries[id] = { ...entries[id], provenance };
  for (const result of results) {
    const id = result.externalId;
    const now = fresh.get(id);
    if (now === null) {
      delete entries[id];
      continue;
    }
    const sent = session.sent.get(id);
    if ((result.status === "created" || result.status === "updated") && sent) {
      const { fingerprint, provenance } = sent;
      const entry = { hash: fingerprint.hash, parts: fingerprint.parts };
      if (provenance !== void 0) entry.provenance = provenance;
      entries[id] = withUpdatedAt(entry, now);
    } else if (result.status === "deleted") {
      entries[id] = withUpdatedAt({ ...entries[id] }, now);
    } else if (result.status === "failed" && sent) {
      const old = entries[id];
      entries[id] = old?.hash === void 0 ? {} : { hash: old.hash, parts: old.parts ?? {} };
    }
  }
  return entries;
}
function withUpdatedAt(entry, updatedAt) {
  return updatedAt === void 0 ? entry : { ...entry, updatedAt };
}
async function freshUpdatedAt(api, session, results) {
  const ids = [...new Set(results.map((r) => r.externalId))];
  const fresh = /* @__PURE__ */ new Map();
  if (ids.length === 0) return fresh;
  if (ids.length > session.pages) {
    const { entries } = await listEntries(api);
    const byId = new Map(entries.map((entry) => [entry.external_id, entry.updated_at]));
    for (const id of ids) fresh.set(id, byId.has(id) ? byId.get(id) : null);
    return fresh;
  }
  await Promise.all(
    ids.map(async (id) => {
      const response = await api.read(entryPath(id), void 0, [404]);
      fresh.set(id, response.status === 404 ? null : response.body?.updated_at);
    })
  );
  return fresh;
}

// src/targets/humind/notes.ts
var LISTED = 10;
function runNotes(input) {
  const written3 = new Set(input.results.filter((r) => r.status === "created" || r.status === "updated").map((r) => r.externalId));
  const notes = [];
  const overwritten = input.records.filter((r) => r.drifted === true && written3.has(r.externalId)).map((r) => r.externalId);
  if (overwritten.length > 0) {
    notes.push(`overwrote ${count2(overwritten.length, "entry")} edited outside kb-publish (drift): ${list(overwritten)}`);
  }
  const unknown = input.records.some((r) => r.adoptable === true);
  if (input.state.newer === true) {
    notes.push(
      `the kb-publish state entry was ${input.state.problem ?? "of a newer format"}: left it as it is and did not save this run's state; entries of unknown ownership were left untouched (never deleted); run the newer kb-publish`
    );
  } else if (!input.state.trusted && unknown) {
    const adopted = input.records.filter((r) => r.adoptable === true && written3.has(r.externalId)).map((r) => r.externalId);
    const untouched = input.records.filter((r) => r.adoptable === true && !written3.has(r.externalId)).length;
    notes.push(
      `the kb-publish state entry was ${input.state.problem ?? "unreadable"}; rebuilt it: ${count2(adopted.length, "entry")} re-adopted by content${adopted.length > 0 ? ` (${list(adopted)})` : ""}, ${count2(untouched, "entry")} of unknown ownership left untouched (never deleted)`
    );
  }
  if (input.stateError !== void 0) {
    notes.push(
      `could not save the kb-publish state entry (${input.stateError}); the next run re-sends the entries written now and reports them as drift; nothing is lost`
    );
  }
  return notes;
}
function count2(n, noun) {
  return `${n} ${n === 1 ? noun : noun.replace(/y$/, "ies")}`;
}
function list(ids) {
  const shown = ids.slice(0, LISTED).join(", ");
  return ids.length > LISTED ? `${shown} and ${ids.length - LISTED} more` : shown;
}

// src/targets/humind/records.ts
function recordsOf(listed, state) {
  return listed.filter((entry) => !isStateEntryId(entry.external_id)).map((entry) => recordOf2(entry, state));
}
function recordOf2(entry, state) {
  const known = state.entries[entry.external_id];
  const record = {
    externalId: entry.external_id,
    owned: known !== void 0,
    state: entry.status === "archived" ? "tombstoned" : "live"
  };
  if (entry.humind_id !== void 0) record.remoteId = entry.humind_id;
  if (entry.updated_at !== void 0) record.updatedAt = entry.updated_at;
  if (entry.title !== void 0) record.title = entry.title;
  if (!known) {
    if (!state.trusted) record.adoptable = true;
    return record;
  }
  if (known.hash !== void 0) record.fingerprint = { hash: known.hash, parts: known.parts ?? {} };
  if (known.provenance !== void 0) record.provenance = known.provenance;
  if (known.updatedAt !== void 0 && !sameInstant(known.updatedAt, entry.updated_at)) record.drifted = true;
  return record;
}

// src/targets/humind/validate.ts
var WRAPPER_BYTES2 = 64;
var MAX_SLUG = 255;
function validateHumindPayload(doc, payload) {
  const messages = [
    reservedId(doc),
    ...languages(doc, payload),
    ...period(doc, payload),
    tooLong(doc, "excerpt", payload.excerpt, MAX_EXCERPT),
    tooLong(doc, "slug", payload.slug, MAX_SLUG),
    bodySize(doc, payload)
  ];
  return messages.filter((m) => m !== void 0).map((message) => ({ severity: "error", message }));
}
function reservedId(doc) {
  if (!isStateEntryId(doc.externalId)) return void 0;
  return `id ${JSON.stringify(doc.externalId)} in ${doc.sourcePath} is reserved for kb-publish's state entry: expected an id that does not start with kb-publish-state`;
}
function languages(doc, payload) {
  const main = String(payload.default_language);
  const translations = payload.translations.map((t) => t.language);
  const problems = [humindLanguageProblem(main, doc.sourcePath)];
  const sources = doc.translations ?? [];
  translations.forEach((lang, i) => problems.push(humindLanguageProblem(lang, sources[i]?.sourcePath ?? doc.sourcePath)));
  const seen = /* @__PURE__ */ new Set([main]);
  for (const lang of translations) {
    if (seen.has(lang)) {
      problems.push(`${doc.sourcePath} has two versions in language ${lang}: expected one file per language`);
    }
    seen.add(lang);
  }
  return problems;
}
function period(doc, payload) {
  const from = payload.active_from;
  const until = payload.active_until;
  const problems = [badDate(doc, "active_from", from), badDate(doc, "active_until", until)];
  if (from !== void 0 && until !== void 0 && Date.parse(from) > Date.parse(until)) {
    problems.push(`active period in ${doc.sourcePath} ends (${until}) before it starts (${from}): expected active_from <= active_until`);
  }
  return problems;
}
function badDate(doc, field, value) {
  if (value === void 0 || !Number.isNaN(Date.parse(value))) return void 0;
  return `${field} ${JSON.stringify(value)} in ${doc.sourcePath} is not a date: expected ISO 8601, like 2026-11-25T00:00:00Z`;
}
function tooLong(doc, field, value, max) {
  if (typeof value !== "string" || value.length <= max) return void 0;
  return `${field} in ${doc.sourcePath} has ${value.length} characters: Humind accepts at most ${max}`;
}
function bodySize(doc, payload) {
  const bytes = Buffer.byteLength(JSON.stringify(payload), "utf8") + WRAPPER_BYTES2;
  if (bytes <= HUMIND_MAX_BODY_BYTES) return void 0;
  return `${doc.sourcePath} (with its translations) makes a ${bytes}-byte request: Humind accepts at most 5 MB per request (kb-publish keeps under ${HUMIND_MAX_BODY_BYTES} bytes); split the page`;
}

// src/targets/humind/writes.ts
async function upsertEntries(api, session, items) {
  const failed4 = [];
  const send2 = [];
  const ids = /* @__PURE__ */ new Set();
  for (const item of items) {
    const id = item.doc.externalId;
    if (ids.has(id)) failed4.push({ externalId: id, status: "failed", error: `id ${JSON.stringify(id)} appears twice in one batch` });
    else send2.push(item);
    ids.add(id);
  }
  const { ready, replaced } = await replaceChangedTypes(api, session, send2, failed4);
  if (ready.length === 0) return failed4;
  for (const item of ready) session.sent.set(item.doc.externalId, { fingerprint: item.fingerprint, provenance: item.provenance });
  const response = await api.write({
    method: "POST",
    path: "/knowledge/batch",
    body: { items: ready.map((item) => item.payload) }
  });
  const results = batchResults(response.body?.results).map(
    (r) => r.status === "created" && replaced.has(r.externalId) ? { ...r, status: "updated" } : r
  );
  return [...failed4, ...results];
}
async function replaceChangedTypes(api, session, items, failed4) {
  const ready = [];
  const replaced = /* @__PURE__ */ new Set();
  for (const item of items) {
    const id = item.doc.externalId;
    const before = session.types.get(id);
    if (before === void 0 || before === item.payload.type) {
      ready.push(item);
      continue;
    }
    try {
      await api.write({ method: "DELETE", path: entryPath(id), query: { force: "true" } }, [404]);
      session.types.delete(id);
      replaced.add(id);
      ready.push(item);
    } catch (error2) {
      const why = describe2(error2);
      const change = `${before} \u2192 ${String(item.payload.type)}`;
      failed4.push({ externalId: id, status: "failed", error: `type change ${change} needs a delete first, which failed: ${why}` });
    }
  }
  return { ready, replaced };
}
function batchResults(rows) {
  if (!Array.isArray(rows)) throw new Error("POST /knowledge/batch answered without a results array: expected a 207 with results[]");
  return rows.filter((row) => typeof row.external_id === "string").map((row) => {
    if (row.status === "created" || row.status === "updated") return { externalId: row.external_id, status: row.status };
    return { externalId: row.external_id, status: "failed", error: itemError(row) };
  });
}
function itemError(row) {
  const code = row.error?.code ?? row.status ?? "unknown";
  const message = row.error?.message ?? "no message";
  const issues = row.error?.details?.issues;
  const detail = Array.isArray(issues) ? ` (${issues.map((issue) => `${(issue.path ?? []).join(".")}: ${issue.message ?? "?"}`).join("; ")})` : "";
  return `Humind refused the entry: ${code}: ${message}${detail}`;
}
async function deleteEntries(api, records, mode) {
  const query = mode === "hard" ? { force: "true" } : void 0;
  return Promise.all(
    records.map(async (record) => {
      try {
        await api.write({ method: "DELETE", path: entryPath(record.externalId), query }, [404]);
        return { externalId: record.externalId, status: "deleted" };
      } catch (error2) {
        return { externalId: record.externalId, status: "failed", error: describe2(error2) };
      }
    })
  );
}
function describe2(error2) {
  if (error2 instanceof ApiError || error2 instanceof Error) return error2.message;
  return String(error2);
}

// src/targets/humind/humind.ts
var createHumindTarget = (settings, context) => {
  const resolved = resolveHumindConfig(settings);
  if (!resolved.ok && settings.baseline === void 0) throw new ConfigError(resolved.problems);
  const config = resolved.ok ? resolved.config : unconfigured(settings);
  let api;
  const connect = () => {
    if (!resolved.ok) throw new ConfigError(resolved.problems);
    return api ??= createHumindApi(config, context);
  };
  return humindTarget(config, context, connect);
};
function unconfigured(settings) {
  const limits = { readRate: HUMIND_READ_RATE, writeRate: HUMIND_WRITE_RATE };
  return { apiUrl: "", apiKey: "", owner: settings.owner, defaultLanguage: settings.defaultLocale, timeoutMs: settings.requestTimeoutMs, ...limits };
}
function humindTarget(config, context, connect, options = {}) {
  const tool = /^(kb-publish\/[^\s(]+)/.exec(context.userAgent)?.[1] ?? "kb-publish";
  const payloads = lazyPayloads();
  let session;
  const started = () => {
    if (!session) throw new Error("the humind target wrote before reading its snapshot: expected snapshot() first");
    return session;
  };
  const writing = () => {
    const run = started();
    run.types ??= new Map(run.listed.map((entry) => [entry.external_id, entry.type]));
    return { types: run.types, sent: run.sent };
  };
  return {
    name: "humind",
    capabilities: { softDelete: true, returnsContent: false, nativeTranslations: true, takesHtml: true },
    limits: {
      upsert: { maxItems: HUMIND_MAX_BATCH_ITEMS, maxBytes: HUMIND_MAX_BODY_BYTES },
      // One DELETE per entry; a "batch" is only how many are in flight together.
      delete: { maxItems: 25 },
      concurrency: 2
    },
    payloadOf: (doc) => payloads.loaded().humindPayloadOf(doc, config.defaultLanguage),
    prepare: async () => void await payloads.load(),
    validate: validateHumindPayload,
    snapshot: async () => {
      const api = connect();
      const { entries: listed, pages } = await listEntries(api);
      const state = await readState(api, config.owner, listed);
      const records = recordsOf(listed, state);
      const sent = /* @__PURE__ */ new Map();
      const shardBytes = options.stateShardBytes;
      session = { owner: config.owner, tool, listed, pages, state, sent, records, shardBytes };
      return { records, complete: true };
    },
    upsertBatch: (items) => upsertEntries(connect(), writing(), items),
    // Kept in the state entry written by finish: no page is sent again for it.
    recordProvenance: async (updates) => {
      const run = started();
      run.recorded ??= /* @__PURE__ */ new Map();
      for (const { record, provenance } of updates) run.recorded.set(record.externalId, provenance);
    },
    deleteBatch: (records, mode) => deleteEntries(connect(), records, mode),
    finish: async (results) => {
      const run = started();
      let stateError;
      try {
        await finishState(connect(), run, results);
      } catch (error2) {
        stateError = error2 instanceof Error ? error2.message : String(error2);
      }
      return runNotes({ records: run.records, state: run.state, results, stateError });
    }
  };
}
function lazyPayloads() {
  let module;
  return {
    load: async () => module ??= await import("./payload-V3UD6UMZ.js"),
    loaded: () => {
      if (!module) throw new Error("the humind target built a payload before loading its renderer: expected prepare() first");
      return module;
    }
  };
}

// src/targets/local/local.ts
import { join as join5 } from "node:path";

// src/targets/local/fs-atomic.ts
import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
function stampOf(stats) {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}
function writeRecordFile(path, text3) {
  const temp = `${dirname(path)}/.${basename(path)}.${process.pid}.${(tempCount++).toString(36)}.tmp`;
  try {
    const fd = openSync(temp, "w");
    let stamp;
    try {
      writeAll(fd, text3);
      stamp = stampOf(fstatSync(fd));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    return stamp;
  } catch (error2) {
    rmSync(temp, { force: true });
    throw new Error(`could not write ${path}: ${messageOf3(error2)}; expected a writable local store directory`, { cause: error2 });
  }
}
var tempCount = 0;
function writeAll(fd, text3) {
  const bytes = Buffer.from(text3, "utf8");
  for (let written3 = 0; written3 < bytes.length; ) written3 += writeSync(fd, bytes, written3);
}
function tempPath(path) {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}
async function writeFileAtomic(path, text3) {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = tempPath(path);
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(text3, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error2) {
    await rm(temp, { force: true });
    throw new Error(`could not write ${path}: ${messageOf3(error2)}; expected a writable local store directory`, {
      cause: error2
    });
  }
}
async function syncDirectory(dir) {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}
async function readJsonFile(path) {
  let text3;
  try {
    text3 = await readFile(path, "utf8");
  } catch (error2) {
    if (error2.code === "ENOENT") return { kind: "missing" };
    return { kind: "corrupt", reason: messageOf3(error2) };
  }
  try {
    return { kind: "ok", value: JSON.parse(text3) };
  } catch (error2) {
    return { kind: "corrupt", reason: messageOf3(error2) };
  }
}
function readJsonFileSync(path) {
  let text3;
  try {
    text3 = readFileSync(path, "utf8");
  } catch (error2) {
    if (error2.code === "ENOENT") return { kind: "missing" };
    return { kind: "corrupt", reason: messageOf3(error2) };
  }
  try {
    return { kind: "ok", value: JSON.parse(text3) };
  } catch (error2) {
    return { kind: "corrupt", reason: messageOf3(error2) };
  }
}
function messageOf3(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/targets/local/naming.ts
var SLUG_MAX = 60;
var RECORD_FILE = /^[a-z0-9][a-z0-9-]*-[0-9a-f]{16}\.json$/;
function recordFileName(externalId) {
  const slug = externalId.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, SLUG_MAX).replace(/^-+|-+$/g, "");
  return `${slug || "doc"}-${sha256(externalId).slice(0, 16)}.json`;
}
function isRecordFileName(name) {
  return RECORD_FILE.test(name);
}

// src/targets/local/records.ts
var PAYLOAD_KEYS = [
  "title",
  "content",
  "tags",
  "lang",
  "description",
  "activeFrom",
  "activeUntil",
  "sourceUrl",
  "metadata"
];
function localPayloadOf(doc) {
  return {
    title: doc.title,
    content: doc.content,
    tags: doc.tags,
    lang: doc.lang,
    description: doc.description,
    activeFrom: doc.activeFrom,
    activeUntil: doc.activeUntil,
    sourceUrl: doc.sourceUrl,
    metadata: doc.metadata
  };
}
function entryOf2(record, file, stamp) {
  const entry = {
    file,
    owner: record.owner,
    hash: record.fingerprint.hash,
    parts: record.fingerprint.parts,
    state: record.state,
    updatedAt: record.updatedAt
  };
  if (record.deletedAt !== void 0) entry.deletedAt = record.deletedAt;
  if (typeof record.title === "string") entry.title = record.title;
  if (stamp !== void 0) entry.stamp = stamp;
  const provenance = readProvenance(record.provenance);
  if (provenance) entry.provenance = provenance;
  else if (typeof record.sourcePath === "string") entry.sourcePath = record.sourcePath;
  return entry;
}
function remoteRecordOf2(id, entry, owner, record) {
  const provenance = readProvenance(entry.provenance);
  const remote = {
    externalId: id,
    fingerprint: { hash: entry.hash, parts: entry.parts },
    updatedAt: entry.updatedAt,
    owned: entry.owner === owner,
    state: entry.state,
    drifted: record !== void 0 && isDrifted(record)
  };
  const title = record?.title ?? entry.title;
  if (title !== void 0) remote.title = title;
  const sourcePath2 = record?.sourcePath ?? entry.sourcePath ?? (provenance && pageOfProvenance(provenance));
  if (typeof sourcePath2 === "string") remote.sourcePath = sourcePath2;
  if (record) remote.content = record.content;
  if (provenance) remote.provenance = provenance;
  return remote;
}
function isDrifted(record) {
  const payload = Object.fromEntries(PAYLOAD_KEYS.map((key) => [key, record[key]]));
  return fingerprintOf(payload).hash !== record.fingerprint.hash;
}
function isStoredRecord(value) {
  if (!value || typeof value !== "object") return false;
  const r = value;
  return typeof r.externalId === "string" && typeof r.owner === "string" && (r.state === "live" || r.state === "tombstoned") && typeof r.updatedAt === "string" && typeof r.fingerprint?.hash === "string" && typeof r.fingerprint.parts === "object";
}
function isStoreIndex(value) {
  if (!value || typeof value !== "object") return false;
  const index = value;
  if (index.version !== 1 || !index.records || typeof index.records !== "object") return false;
  for (const id in index.records) {
    const entry = index.records[id];
    if (typeof entry?.file !== "string" || typeof entry.hash !== "string") return false;
  }
  return true;
}

// src/targets/local/scan.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { join as join2 } from "node:path";
var READ_CONCURRENCY = 16;
function indexPath(store) {
  return join2(store, "index.json");
}
function dirtyMarkerPath(store) {
  return join2(store, "index.dirty");
}
function recordsDir(store) {
  return join2(store, "records");
}
async function openStore(store, log, options = {}) {
  const path = indexPath(store);
  const stored = readJsonFileSync(path);
  const names = listRecordFiles(store);
  const verify = options.verify === true || existsSync(dirtyMarkerPath(store));
  if (stored.kind === "ok" && isStoreIndex(stored.value)) return verifyIndex({ store, index: stored.value, names, verify }, log);
  const rebuilt = await rebuildIndex(store, names, log);
  rebuilt.present = new Set(names);
  if (stored.kind === "missing" && names.length === 0) return rebuilt;
  const why = stored.kind === "corrupt" ? `unreadable (${stored.reason})` : stored.kind === "ok" ? "not a version 1 index" : "missing";
  log.warn(`Local store index ${path} was ${why}; rebuilt it from ${Object.keys(rebuilt.index.records).length} record files.`);
  await writeIndex(store, rebuilt.index);
  return rebuilt;
}
async function verifyIndex(opening, log) {
  const { store, index, names, verify } = opening;
  const present = new Set(names);
  const opened = { index, read: /* @__PURE__ */ new Map(), unreadable: [], lost: /* @__PURE__ */ new Set(), present };
  const idOfFile = /* @__PURE__ */ new Map();
  const toRead = [];
  const dir = `${recordsDir(store)}/`;
  let repaired = 0;
  for (const id in index.records) {
    const entry = index.records[id];
    idOfFile.set(entry.file, id);
    if (!present.has(entry.file)) {
      delete index.records[id];
      repaired++;
    } else if (verify && stampOf(statSync(dir + entry.file)) !== entry.stamp) toRead.push(entry.file);
  }
  toRead.push(...names.filter((name) => !idOfFile.has(name)));
  const reads = await readRecordFiles(recordsDir(store), toRead, log);
  for (const { file, record, stamp } of reads.records) {
    opened.read.set(record.externalId, record);
    const known = index.records[record.externalId];
    if (known && sameWrite(known, record)) continue;
    index.records[record.externalId] = entryOf2(record, file, stamp);
    repaired++;
  }
  for (const file of reads.unreadable) {
    const id = idOfFile.get(file);
    if (id === void 0) opened.unreadable.push(file);
    else opened.lost.add(id);
  }
  if (repaired > 0) {
    const count4 = Object.keys(index.records).length;
    log.warn(`Local store index ${indexPath(store)} disagreed with the record files (an interrupted run?); repaired it from ${count4} records.`);
    await writeIndex(store, index);
  }
  return opened;
}
function sameWrite(entry, record) {
  return entry.hash === record.fingerprint.hash && entry.owner === record.owner && entry.state === record.state && entry.updatedAt === record.updatedAt && entry.deletedAt === record.deletedAt;
}
async function rebuildIndex(store, names, log) {
  const { records, unreadable } = await readRecordFiles(recordsDir(store), names, log);
  const index = { version: 1, records: {} };
  const read = /* @__PURE__ */ new Map();
  for (const { file, record, stamp } of records) {
    index.records[record.externalId] = entryOf2(record, file, stamp);
    read.set(record.externalId, record);
  }
  return { index, read, unreadable, lost: /* @__PURE__ */ new Set(), present: new Set(names) };
}
async function writeIndex(store, index) {
  const records = {};
  for (const id of Object.keys(index.records).sort(compareIds)) records[id] = index.records[id];
  await writeFileAtomic(indexPath(store), `${JSON.stringify({ version: 1, records })}
`);
}
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function readRecordFiles(dir, names, log) {
  const limit = pLimit(READ_CONCURRENCY);
  const reads = await Promise.all(
    names.map(
      (file) => limit(async () => {
        const stamp = stampOrMissing(join2(dir, file));
        return { file, stamp, read: await readJsonFile(join2(dir, file)) };
      })
    )
  );
  const records = [];
  const unreadable = [];
  for (const { file, stamp, read } of reads) {
    if (read.kind === "missing" || stamp === void 0) continue;
    const valid = read.kind === "ok" && isStoredRecord(read.value) && recordFileName(read.value.externalId) === file;
    if (valid) records.push({ file, record: read.value, stamp });
    else {
      unreadable.push(file);
      const why = read.kind === "corrupt" ? read.reason : "not a kb-publish record for this file name";
      log.warn(`Local store record ${join2(dir, file)} is unreadable (${why}); left untouched, deletes withheld.`);
    }
  }
  return { records, unreadable };
}
function stampOrMissing(path) {
  try {
    return stampOf(statSync(path));
  } catch {
    return void 0;
  }
}
function listRecordFiles(store) {
  try {
    return readdirSync(recordsDir(store)).filter(isRecordFileName);
  } catch (error2) {
    if (error2.code === "ENOENT") return [];
    throw error2;
  }
}

// src/targets/local/writes.ts
import { mkdirSync, rmSync as rmSync2 } from "node:fs";
import { join as join3 } from "node:path";
function openIndex(store) {
  return { index: store.index, pending: 0, present: store.present, dirty: false };
}
async function markDirty(ctx, open3) {
  if (open3.dirty) return;
  await writeFileAtomic(dirtyMarkerPath(ctx.store), `${JSON.stringify({ pid: process.pid, since: ctx.now() })}
`);
  await syncDirectory(ctx.store);
  open3.dirty = true;
}
async function upsertRecords(ctx, open3, items) {
  mkdirSync(recordsDir(ctx.store), { recursive: true });
  await markDirty(ctx, open3);
  const results = items.map((item) => upsertOne(ctx, open3, item));
  await checkpoint(ctx, open3);
  return results;
}
async function deleteRecords(ctx, open3, records, mode) {
  const results = [];
  await markDirty(ctx, open3);
  for (const record of records) results.push(await deleteOne(ctx, open3, record, mode));
  await checkpoint(ctx, open3);
  return results;
}
async function checkpoint(ctx, open3) {
  if (open3.pending === 0 || open3.pending * 2 < open3.present.size) return;
  await writeIndex(ctx.store, open3.index);
  open3.pending = 0;
}
async function flushIndex(ctx, open3) {
  if (open3.pending > 0) await writeIndex(ctx.store, open3.index);
  open3.pending = 0;
  if (!open3.dirty) return;
  rmSync2(dirtyMarkerPath(ctx.store), { force: true });
  open3.dirty = false;
}
function upsertOne(ctx, open3, item) {
  const id = item.doc.externalId;
  const existing = ownedOrFailed(ctx, open3, id, "overwrite");
  if (existing.kind === "failed") return existing.result;
  const record = recordOf3(ctx, item);
  const file = recordFileName(id);
  try {
    const stamp = writeRecordFile(join3(recordsDir(ctx.store), file), `${JSON.stringify(record, null, 2)}
`);
    open3.index.records[id] = entryOf2(record, file, stamp);
    open3.present.add(file);
    open3.pending++;
  } catch (error2) {
    return failed3(id, messageOf3(error2));
  }
  return { externalId: id, status: existing.kind === "none" ? "created" : "updated" };
}
async function deleteOne(ctx, open3, remote, mode) {
  const id = remote.externalId;
  const existing = ownedOrFailed(ctx, open3, id, "delete");
  if (existing.kind === "failed") return existing.result;
  const file = recordFileName(id);
  const path = join3(recordsDir(ctx.store), file);
  try {
    if (existing.kind === "none" || mode === "hard") {
      rmSync2(path, { force: true });
      delete open3.index.records[id];
      open3.present.delete(file);
    } else {
      const record = existing.record ?? await readRecord(path, id);
      const tombstone = { ...record, state: "tombstoned", deletedAt: record.deletedAt ?? ctx.now() };
      if (remote.provenance !== void 0) tombstone.provenance = remote.provenance;
      open3.index.records[id] = entryOf2(tombstone, file, writeRecordFile(path, `${JSON.stringify(tombstone, null, 2)}
`));
    }
    open3.pending++;
  } catch (error2) {
    return failed3(id, messageOf3(error2));
  }
  return { externalId: id, status: "deleted" };
}
function ownedOrFailed(ctx, open3, id, action) {
  const file = recordFileName(id);
  const path = join3(recordsDir(ctx.store), file);
  const entry = open3.index.records[id];
  if (entry) return entry.owner === ctx.owner ? { kind: "record" } : { kind: "failed", result: failed3(id, foreignMessage(ctx, id, path, entry.owner, action)) };
  if (!open3.present.has(file)) return { kind: "none" };
  const read = readJsonFileSync(path);
  if (read.kind === "missing") return { kind: "none" };
  if (read.kind === "corrupt" || !isStoredRecord(read.value) || read.value.externalId !== id) {
    const why = read.kind === "corrupt" ? read.reason : "not a kb-publish record for this id";
    return { kind: "failed", result: failed3(id, `refused to ${action} ${path}: the file is unreadable (${why}); expected a valid record`) };
  }
  if (read.value.owner !== ctx.owner) return { kind: "failed", result: failed3(id, foreignMessage(ctx, id, path, read.value.owner, action)) };
  return { kind: "record", record: read.value };
}
function foreignMessage(ctx, id, path, owner, action) {
  return `refused to ${action} record "${id}" in ${path}: it is owned by "${owner}", expected owner "${ctx.owner}"; kb-publish never touches records it does not own`;
}
async function readRecord(path, id) {
  const read = await readJsonFile(path);
  if (read.kind === "ok" && isStoredRecord(read.value) && read.value.externalId === id) return read.value;
  throw new Error(`could not tombstone ${path}: the record file is ${read.kind === "ok" ? "not a record for this id" : read.kind}; expected a valid record`);
}
function recordOf3(ctx, item) {
  const p = item.payload;
  const record = {
    externalId: item.doc.externalId,
    title: p.title ?? item.doc.title,
    content: p.content ?? item.doc.content,
    tags: p.tags ?? [],
    lang: p.lang,
    description: p.description,
    activeFrom: p.activeFrom,
    activeUntil: p.activeUntil,
    sourcePath: item.doc.sourcePath,
    sourceUrl: p.sourceUrl,
    metadata: p.metadata ?? {},
    owner: ctx.owner,
    fingerprint: item.fingerprint,
    state: "live",
    updatedAt: ctx.now()
  };
  if (ctx.toolVersion !== void 0) record.toolVersion = ctx.toolVersion;
  if (item.provenance !== void 0) record.provenance = item.provenance;
  return record;
}
function failed3(externalId, error2) {
  return { externalId, status: "failed", error: error2 };
}

// src/targets/local/lock.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdir as mkdir2, open as open2, readdir, readFile as readFile2, rm as rm2, stat, unlink } from "node:fs/promises";
import os from "node:os";
import { join as join4 } from "node:path";
var LOCK_FILE = ".lock";
var UNREADABLE_GRACE_MS = 1e4;
var TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
async function acquireStoreLock(store, options) {
  const now = options.now ?? Date.now;
  const me = {
    pid: options.pid ?? process.pid,
    host: options.host ?? os.hostname(),
    startedAt: new Date(now()).toISOString(),
    token: randomBytes2(8).toString("hex")
  };
  const path = join4(store, LOCK_FILE);
  await mkdir2(store, { recursive: true });
  const deadline = now() + options.timeoutMs;
  for (; ; ) {
    if (await createExclusive(path, `${JSON.stringify(me)}
`)) break;
    const current = await readHolder(path);
    if (await takeOverIfStale(path, current, me, options)) continue;
    if (now() >= deadline) throw new Error(busyMessage(store, path, current, options.timeoutMs));
    await (options.sleep ?? sleep)(options.pollMs ?? 200);
  }
  await removeLeftoverTemp(store, options.log);
  return { holder: me, release: () => releaseLock(path, me) };
}
async function createExclusive(path, text3) {
  try {
    const handle = await open2(path, "wx");
    try {
      await handle.writeFile(text3, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error2) {
    if (error2.code === "EEXIST") return false;
    throw new Error(`could not lock the local store at ${path}: ${messageOf3(error2)}; expected a writable store directory`, { cause: error2 });
  }
}
async function readHolder(path) {
  try {
    const [text3, info] = await Promise.all([readFile2(path, "utf8"), stat(path)]);
    const parsed = parseHolder(text3);
    return parsed ? { kind: "holder", holder: parsed, text: text3 } : { kind: "unreadable", text: text3, ageMs: Date.now() - info.mtimeMs };
  } catch (error2) {
    if (error2.code === "ENOENT") return { kind: "gone" };
    throw error2;
  }
}
function parseHolder(text3) {
  try {
    const value = JSON.parse(text3);
    const ok = typeof value.pid === "number" && typeof value.host === "string" && typeof value.startedAt === "string" && typeof value.token === "string";
    return ok ? value : void 0;
  } catch {
    return void 0;
  }
}
async function takeOverIfStale(path, read, me, options) {
  if (read.kind === "gone") return true;
  const why = staleReason(read, me, options);
  if (!why) return false;
  const takeover = `${path}.takeover`;
  if (!await createExclusive(takeover, `${JSON.stringify(me)}
`)) {
    await removeIfAbandoned(takeover);
    return false;
  }
  try {
    const again = await readHolder(path);
    if (again.kind === "gone" || "text" in again && again.text === read.text) {
      await rm2(path, { force: true });
      options.log.warn(`took over the local store lock ${path}: ${why}`);
    }
  } finally {
    await rm2(takeover, { force: true });
  }
  return true;
}
function staleReason(read, me, options) {
  if (read.kind === "unreadable") {
    return read.ageMs > UNREADABLE_GRACE_MS ? `the lock file was never written in full (${JSON.stringify(read.text.slice(0, 60))})` : void 0;
  }
  const { holder } = read;
  if (holder.host !== me.host) return void 0;
  if (holder.pid === me.pid || (options.isAlive ?? isAlive)(holder.pid)) return void 0;
  return `the run that held it (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) is gone`;
}
async function removeIfAbandoned(path) {
  try {
    if (Date.now() - (await stat(path)).mtimeMs > UNREADABLE_GRACE_MS) await rm2(path, { force: true });
  } catch {
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error2) {
    return error2.code === "EPERM";
  }
}
function busyMessage(store, path, read, timeoutMs) {
  const who = read.kind === "holder" ? `another kb-publish run (pid ${read.holder.pid} on ${read.holder.host}, started ${read.holder.startedAt})` : "another kb-publish run";
  return `the local store ${store} is locked by ${who}; waited ${Math.round(timeoutMs / 1e3)} s (--lock-timeout) and expected it to finish; run again when it has, or remove ${path} if that run is gone`;
}
async function releaseLock(path, me) {
  const read = await readHolder(path).catch(() => ({ kind: "gone" }));
  if (read.kind === "holder" && read.holder.token === me.token) await unlink(path).catch(() => void 0);
}
async function removeLeftoverTemp(store, log) {
  let removed = 0;
  for (const dir of [store, join4(store, "records")]) {
    const names = await readdir(dir).catch(() => []);
    for (const name of names.filter((n) => TEMP_FILE.test(n))) {
      await rm2(join4(dir, name), { force: true });
      removed += 1;
    }
  }
  if (removed > 0) log.warn(`removed ${removed} temp ${removed === 1 ? "file" : "files"} left in ${store} by an interrupted run`);
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// src/targets/local/local.ts
var createLocalTarget = (settings, context) => {
  const ctx = {
    store: settings.store,
    owner: settings.owner,
    toolVersion: /^kb-publish\/([^\s(]+)/.exec(context.userAgent)?.[1],
    now: () => new Date(context.now?.() ?? Date.now()).toISOString()
  };
  let open3;
  const serial = serialQueue();
  const verify = settings.full === true;
  const opened = async () => open3 ??= openIndex(await openStore(ctx.store, context.log, { verify }));
  let lock;
  const locked = () => {
    if (context.exclusive) lock ??= acquireStoreLock(ctx.store, { timeoutMs: settings.lockTimeoutSeconds * 1e3, log: context.log, now: context.now, sleep: context.sleep });
    return lock;
  };
  const target = {
    name: "local",
    capabilities: { softDelete: true, returnsContent: true, nativeTranslations: false },
    // One index for the whole store: batches must not race on it.
    limits: { upsert: { maxItems: 100 }, delete: { maxItems: 100 }, concurrency: 1 },
    payloadOf: localPayloadOf,
    snapshot: () => serial(async () => {
      await locked();
      const store = await openStore(ctx.store, context.log, { verify });
      open3 = openIndex(store);
      const records = [];
      for (const id in store.index.records) {
        const record = remoteRecordOf2(id, store.index.records[id], ctx.owner, store.read.get(id));
        records.push(store.lost.has(id) ? { ...record, drifted: true } : record);
      }
      return { records, complete: store.unreadable.length === 0 };
    }),
    upsertBatch: (items) => serial(async () => upsertRecords(ctx, await opened(), items)),
    deleteBatch: (records, mode) => serial(async () => deleteRecords(ctx, await opened(), records, mode)),
    recordProvenance: (updates) => serial(async () => recordProvenance(await opened(), updates)),
    loadContent: (records) => serial(async () => loadContent(ctx.store, records)),
    finish: () => serial(async () => {
      if (open3) await flushIndex(ctx, open3);
      return [];
    }),
    close: async () => {
      const held = await lock?.catch(() => void 0);
      lock = void 0;
      await held?.release();
    }
  };
  return target;
};
function recordProvenance(open3, updates) {
  for (const { record, provenance } of updates) {
    const entry = open3.index.records[record.externalId];
    if (!entry) continue;
    entry.provenance = provenance;
    open3.pending++;
  }
}
function loadContent(store, records) {
  for (const record of records) {
    if (record.content !== void 0) continue;
    const read = readJsonFileSync(join5(recordsDir(store), recordFileName(record.externalId)));
    if (read.kind === "ok" && isStoredRecord(read.value)) record.content = read.value.content;
  }
}
function serialQueue() {
  let tail = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => void 0);
    return run;
  };
}

// src/targets/totoy/api.ts
var TotoyApi = class {
  constructor(client, knowledgeBaseId) {
    this.client = client;
    this.knowledgeBaseId = knowledgeBaseId;
  }
  client;
  knowledgeBaseId;
  get kbPath() {
    return `/knowledge-bases/${encodeURIComponent(this.knowledgeBaseId)}`;
  }
  /** `GET /knowledge-bases/{id}`: the knowledge base's project, which every Source must share. */
  async projectId() {
    const body = await this.send({ method: "GET", path: this.kbPath });
    if (!isObject7(body) || typeof body.project_id !== "string") throw unexpected2(`GET ${this.kbPath}`, "a KnowledgeBase with project_id");
    return body.project_id;
  }
  /** `GET /sources`: every Source of the organisation, all projects (no pagination, no filters). */
  listSources() {
    return this.list("/sources");
  }
  /** `GET /knowledge-bases/{id}/sources`: the Sources linked to the knowledge base, with indexing status. */
  listLinked() {
    return this.list(`${this.kbPath}/sources`);
  }
  /** `POST /sources` (JSON). Not idempotent: an ambiguous failure is for the caller to resolve. */
  async createSource(body) {
    const created = await this.send({ method: "POST", path: "/sources", body, idempotent: false });
    if (!isSource(created)) throw unexpected2("POST /sources", "the created Source with a source_id");
    return created;
  }
  /** `PATCH /sources/{id}` with only the fields that change; the same body twice gives the same Source. */
  async modifySource(sourceId, body) {
    await this.send({ method: "PATCH", path: sourcePath(sourceId), body });
  }
  /** `DELETE /sources/{id}`; a 404 means it is already gone. */
  async deleteSource(sourceId) {
    await this.send({ method: "DELETE", path: sourcePath(sourceId), accept: [404] });
  }
  /** `POST /knowledge-bases/{id}/sources` with `source_ids`, or `source_id` for the single form. Not idempotent (a repeat is a conflict). */
  async link(sourceIds, form) {
    const body = form === "single" ? { source_id: sourceIds[0] } : { source_ids: sourceIds };
    await this.send({ method: "POST", path: `${this.kbPath}/sources`, body, idempotent: false });
  }
  /** `DELETE /knowledge-bases/{id}/sources/{source}`: unlinks, keeps the Source; a 404 means it is not linked. */
  async unlink(sourceId) {
    await this.send({ method: "DELETE", path: `${this.kbPath}/sources/${encodeURIComponent(sourceId)}`, accept: [404] });
  }
  async list(path) {
    const body = await this.send({ method: "GET", path });
    if (!isObject7(body) || !Array.isArray(body.data)) throw unexpected2(`GET ${path}`, '{"data": [...]}');
    return body.data.filter(isSource);
  }
  async send(request) {
    try {
      return (await this.client.request(request)).body;
    } catch (error2) {
      throw explained2(error2, request, this.knowledgeBaseId);
    }
  }
};
function sourcePath(sourceId) {
  return `/sources/${encodeURIComponent(sourceId)}`;
}
function explained2(error2, request, knowledgeBaseId) {
  if (!(error2 instanceof ApiError) || error2.kind !== "http") return error2;
  const hint = hintFor3(error2, request, knowledgeBaseId);
  if (hint && !error2.message.includes(hint)) error2.message += ` \u2014 ${hint}`;
  return error2;
}
function hintFor3(error2, request, knowledgeBaseId) {
  if (error2.status === 401) return "Totoy rejected the API key: check KB_PUBLISH_API_KEY (or --api-key) and that the key is still active";
  const readsKnowledgeBase = request.method === "GET" && request.path.startsWith("/knowledge-bases/");
  if (error2.status === 404 && readsKnowledgeBase) {
    return `knowledge base ${knowledgeBaseId} was not found for this key's organization: check --knowledge-base-id and --api-url`;
  }
  return void 0;
}
function unexpected2(request, expected) {
  return new Error(`${request} returned an unexpected response: expected ${expected} (is --api-url a Totoy API?)`);
}
function isSource(value) {
  return isObject7(value) && typeof value.source_id === "string" && value.source_id !== "";
}
function isObject7(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/targets/totoy/capacity.ts
function capacityProblems(plan, linkedNow, knowledgeBaseId) {
  const count4 = (test) => plan.operations.filter(test).length;
  const creates = count4((op) => op.kind === "create");
  const restores = count4((op) => op.kind === "update" && op.remote?.state === "tombstoned");
  const unlinks = plan.deletesRun ? count4((op) => op.kind === "delete") : 0;
  const after = linkedNow === void 0 ? count4((op) => op.kind !== "delete") : linkedNow + creates + restores - unlinks;
  const limit = TOTOY_LIMITS.knowledgeBaseSources;
  if (after <= limit) return [];
  const sum = linkedNow === void 0 ? `${after} pages` : `${linkedNow} linked now + ${creates} new + ${restores} restored \u2212 ${unlinks} removed`;
  return [
    `knowledge base ${knowledgeBaseId} would hold ${after} sources (${sum}): Totoy links at most ${limit} Sources to one knowledge base; exclude pages or split the docs over several knowledge bases`
  ];
}

// src/targets/totoy/config.ts
function resolveTotoyConfig(settings) {
  const problems = [];
  const apiUrl = resolveApiUrl(settings, { fallback: TOTOY_DEFAULT_API_URL }, problems);
  const apiKey = requireApiKey(settings, "totoy", "create one in the Totoy dashboard (it is sent as a Bearer token)", problems);
  const knowledgeBaseId = checkKnowledgeBaseId(settings.knowledgeBaseId, problems);
  const valueLimit = settings.metadataValueLimit ?? TOTOY_METADATA_VALUE_CHARS;
  if (valueLimit < TOTOY_MIN_METADATA_VALUE_CHARS) {
    problems.push(`metadata-value-limit is ${valueLimit}: expected at least ${TOTOY_MIN_METADATA_VALUE_CHARS} (room for a hashed id and a fingerprint)`);
  }
  if (settings.owner.length > valueLimit) {
    problems.push(`owner is ${settings.owner.length} characters long: expected at most ${valueLimit} (metadata-value-limit), as it is stored in custom_metadata`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const rateLimit = rateLimitOf(settings, TOTOY_DEFAULT_RATE_LIMIT);
  return {
    ok: true,
    config: { apiUrl, apiKey, knowledgeBaseId, owner: settings.owner, rateLimit, timeoutMs: settings.requestTimeoutMs, valueLimit }
  };
}
function checkKnowledgeBaseId(id, problems) {
  if (id === void 0) {
    problems.push(
      "target totoy needs a knowledge base id: pass --knowledge-base-id kb_\u2026 (`knowledge-base-id` input in the Action, `knowledge-base-id:` in kb-publish.yml); copy it from the knowledge base in the Totoy dashboard or `GET /knowledge-bases`"
    );
    return "";
  }
  if (!TOTOY_ID_PATTERNS.knowledgeBase.test(id)) {
    problems.push(`knowledge-base-id is ${JSON.stringify(id)}: expected kb_ followed by 25 letters or digits, like kb_feMfJbeqbAEj4u8K5HqmKpUbY`);
  }
  return id;
}

// src/targets/totoy/outcome.ts
function mayHaveApplied(error2) {
  if (!(error2 instanceof ApiError)) return true;
  if (error2.kind === "redirect") return false;
  return !(error2.kind === "http" && error2.status !== void 0 && error2.status >= 400 && error2.status < 500);
}
function isStatus(error2, status) {
  return error2 instanceof ApiError && error2.kind === "http" && error2.status === status;
}
function messageOf4(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/targets/totoy/deletes.ts
async function deleteTotoyRecords(ctx, records, mode) {
  return Promise.all(records.map((record) => deleteOne2(ctx, record, mode)));
}
async function deleteOne2(ctx, record, mode) {
  const { externalId, remoteId } = record;
  if (!record.owned || remoteId === void 0) {
    const error2 = `refused to delete ${JSON.stringify(externalId)}: its Source has no kb-publish marker of this owner and knowledge base; kb-publish never touches Sources it does not own`;
    return { externalId, status: "failed", error: error2 };
  }
  try {
    if (ctx.session.linked.has(remoteId) || record.state === "live") {
      await ctx.api.unlink(remoteId);
      ctx.session.linked.delete(remoteId);
    }
    if (mode === "hard") await ctx.api.deleteSource(remoteId);
    return { externalId, status: "deleted" };
  } catch (error2) {
    return { externalId, status: "failed", error: messageOf4(error2) };
  }
}

// src/targets/totoy/link.ts
var LINK_ROUNDS = 3;
async function linkSources(ctx, entries) {
  const results = /* @__PURE__ */ new Map();
  const toLink = entries.filter((entry) => !ctx.session.linked.has(entry.sourceId));
  for (const entry of entries) if (ctx.session.linked.has(entry.sourceId)) results.set(entry.externalId, { ok: true, deferred: false });
  const room = Math.max(0, TOTOY_LIMITS.knowledgeBaseSources - ctx.session.linked.size);
  for (const entry of toLink.slice(room)) {
    ctx.session.deferred.push(entry);
    results.set(entry.externalId, { ok: true, deferred: true });
  }
  const now = toLink.slice(0, room);
  for (const entry of now) ctx.session.linked.add(entry.sourceId);
  const errors = await linkIds(ctx, now.map((entry) => entry.sourceId), 1);
  for (const entry of now) {
    const error2 = errors.get(entry.sourceId);
    if (error2 === void 0) results.set(entry.externalId, { ok: true, deferred: false });
    else {
      ctx.session.linked.delete(entry.sourceId);
      results.set(entry.externalId, { ok: false, error: error2 });
    }
  }
  return results;
}
async function linkDeferred(ctx) {
  const pending = ctx.session.deferred.splice(0);
  const results = await linkSources(ctx, pending);
  const failed4 = [];
  for (const entry of pending) {
    const result = results.get(entry.externalId);
    if (result && !result.ok) failed4.push([entry, result.error]);
  }
  return { waiting: ctx.session.deferred.splice(0), failed: failed4 };
}
async function linkIds(ctx, ids, round) {
  const errors = /* @__PURE__ */ new Map();
  if (ids.length === 0) return errors;
  if (ctx.learned.form === "single" && ids.length > 1) return merge(await Promise.all(ids.map((id) => linkIds(ctx, [id], round))));
  const chunks = chunk(ids, TOTOY_LIMITS.linkIds);
  const outcomes = await Promise.all(chunks.map((part) => linkOnce(ctx, part, round)));
  return merge(outcomes);
}
async function linkOnce(ctx, ids, round) {
  const form = ctx.learned.form;
  try {
    await ctx.api.link(ids, form);
    return /* @__PURE__ */ new Map();
  } catch (error2) {
    if (form === "multiple" && isStatus(error2, 400)) {
      ctx.learned.form = "single";
      return linkIds(ctx, ids, round);
    }
    const conflict = isStatus(error2, 409);
    if ((conflict || !mayHaveApplied(error2)) && ids.length > 1) {
      return merge(await Promise.all(ids.map((id) => linkOnce(ctx, [id], round))));
    }
    if (!conflict && !mayHaveApplied(error2)) return /* @__PURE__ */ new Map([[ids[0], messageOf4(error2)]]);
    return verifyAndRetry(ctx, ids, round, messageOf4(error2));
  }
}
async function verifyAndRetry(ctx, ids, round, reason) {
  let linked;
  try {
    linked = new Set((await ctx.api.listLinked()).map((source) => source.source_id));
  } catch (error2) {
    return new Map(ids.map((id) => [id, `${reason}; the knowledge base could not be listed to check the link (${messageOf4(error2)})`]));
  }
  const missing = ids.filter((id) => !linked.has(id));
  if (missing.length === 0) return /* @__PURE__ */ new Map();
  if (round >= LINK_ROUNDS) return new Map(missing.map((id) => [id, `not linked after ${LINK_ROUNDS} attempts: ${reason}`]));
  return linkIds(ctx, missing, round + 1);
}
function merge(maps) {
  return new Map(maps.flatMap((map) => [...map]));
}
function chunk(items, size) {
  const chunks = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

// src/targets/totoy/finish.ts
var LISTED2 = 10;
async function finishTotoyRun(ctx, log) {
  const notes = [];
  if (ctx.session.duplicates.length > 0) notes.push(...await removeDuplicates(ctx, log));
  if (ctx.session.deferred.length > 0) notes.push(...await deferredNotes(ctx));
  const { provenanceDropped, backlinksKept } = ctx.session;
  if (provenanceDropped > 0) {
    notes.push(
      `${count3(provenanceDropped, "page was", "pages were")} written without their provenance: it is longer than ${ctx.valueLimit} characters (metadata-value-limit); they are planned by full derivation, which is correct, only slower`
    );
  }
  if (backlinksKept.length > 0) {
    notes.push(`Totoy cannot clear a backlink (it is not nullable); these pages keep their old one: ${list2(backlinksKept)}`);
  }
  return notes;
}
async function deferredNotes(ctx) {
  const { waiting, failed: failed4 } = await linkDeferred(ctx);
  const notes = failed4.map(([entry, error2]) => `${JSON.stringify(entry.externalId)} (Source ${entry.sourceId}) could not be linked: ${error2}; the next run links it`);
  if (waiting.length > 0) {
    notes.push(
      `${count3(waiting.length, "Source is", "Sources are")} stored but not linked: the knowledge base is full (1,500) until removed pages are unlinked; the next run links them: ${list2(waiting.map((entry) => entry.externalId))}`
    );
  }
  return notes;
}
async function removeDuplicates(ctx, log) {
  const removed = [];
  const notes = [];
  for (const source of ctx.session.duplicates.splice(0)) {
    try {
      if (ctx.session.linked.has(source.source_id)) {
        await ctx.api.unlink(source.source_id);
        ctx.session.linked.delete(source.source_id);
      }
      await ctx.api.deleteSource(source.source_id);
      removed.push(source.source_id);
    } catch (error2) {
      notes.push(`could not remove the duplicate Source ${source.source_id}: ${messageOf4(error2)}; the next run tries again`);
    }
  }
  if (removed.length > 0) {
    log.warn(`Removed ${count3(removed.length, "duplicate Source", "duplicate Sources")} of pages that already had one`);
    notes.unshift(`removed ${count3(removed.length, "duplicate Source", "duplicate Sources")} (a page had more than one, left by an interrupted create): ${list2(removed)}`);
  }
  return notes;
}
function count3(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function list2(items) {
  const shown = items.slice(0, LISTED2).join(", ");
  return items.length > LISTED2 ? `${shown} and ${items.length - LISTED2} more` : shown;
}

// src/targets/totoy/marker.ts
var MARKER_KEYS = {
  owner: "kbp_owner",
  /** The knowledge base the Source was written for: two knowledge bases of one project never share Sources. */
  knowledgeBase: "kbp_kb",
  /** The page's external id, or `sha256:<hex>` of it when longer than the value limit. */
  id: "kbp_id",
  /** `{"hash":…,"parts":{…},"version":…}`; parts are left out when they do not fit. */
  fingerprint: "kbp_fingerprint",
  /** The provenance as canonical JSON, left out when it does not fit. */
  provenance: "kbp_provenance"
};
var MARKER_PAIRS = Object.keys(MARKER_KEYS).length;
var MARKER_PREFIX = "kbp_";
var DIGEST_PREFIX = "sha256:";
function isDigest(storedId) {
  return storedId.startsWith(DIGEST_PREFIX);
}
function storedIdOf(externalId, limit) {
  return externalId.length <= limit ? externalId : `${DIGEST_PREFIX}${sha256(externalId)}`;
}
function markerPairs(marker, limit) {
  const pairs = {
    [MARKER_KEYS.owner]: marker.owner,
    [MARKER_KEYS.knowledgeBase]: marker.knowledgeBaseId,
    [MARKER_KEYS.id]: storedIdOf(marker.externalId, limit)
  };
  let partsDropped = false;
  if (marker.fingerprint) {
    const { hash, parts } = marker.fingerprint;
    const full = canonicalJson({ hash, parts, version: marker.version });
    partsDropped = full.length > limit;
    pairs[MARKER_KEYS.fingerprint] = partsDropped ? canonicalJson({ hash, version: marker.version }) : full;
  }
  const provenance = marker.provenance === void 0 ? void 0 : canonicalJson(marker.provenance);
  const provenanceDropped = provenance !== void 0 && provenance.length > limit;
  if (provenance !== void 0 && !provenanceDropped) pairs[MARKER_KEYS.provenance] = provenance;
  return { pairs, partsDropped, provenanceDropped };
}
function readMarker2(metadata) {
  if (!isObject8(metadata)) return void 0;
  const [owner, knowledgeBaseId, storedId] = [MARKER_KEYS.owner, MARKER_KEYS.knowledgeBase, MARKER_KEYS.id].map((key) => metadata[key]);
  if (!isText(owner) || !isText(knowledgeBaseId) || !isText(storedId)) return void 0;
  const marker = { owner, knowledgeBaseId, storedId };
  const stamp = parseJson2(metadata[MARKER_KEYS.fingerprint]);
  const fingerprint = readFingerprint(stamp);
  if (fingerprint) marker.fingerprint = fingerprint;
  if (isObject8(stamp) && typeof stamp.version === "string") marker.version = stamp.version;
  const provenance = readProvenance(parseJson2(metadata[MARKER_KEYS.provenance]));
  if (provenance) marker.provenance = provenance;
  return marker;
}
function readFingerprint(parsed) {
  if (!isObject8(parsed) || typeof parsed.hash !== "string") return void 0;
  const parts = isObject8(parsed.parts) && Object.values(parsed.parts).every((v) => typeof v === "string") ? parsed.parts : {};
  return { hash: parsed.hash, parts: { ...parts } };
}
function isText(value) {
  return typeof value === "string" && value !== "";
}
function parseJson2(value) {
  if (typeof value !== "string") return void 0;
  try {
    return JSON.parse(value);
  } catch {
    return void 0;
  }
}
function isObject8(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/targets/totoy/metadata.ts
var USER_PAIRS = TOTOY_LIMITS.metadataPairs - MARKER_PAIRS;
function userMetadataOf(doc, limit) {
  const result = { pairs: {}, leftOut: [] };
  for (const [key, raw] of candidates(doc)) {
    const value = textOf(raw);
    if (value === void 0 || key in result.pairs) continue;
    const problem = whyNot(key, value, limit, Object.keys(result.pairs).length);
    if (problem) result.leftOut.push(`${key} (${problem})`);
    else result.pairs[key] = value;
  }
  return result;
}
function candidates(doc) {
  const own = Object.keys(doc.metadata).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return [
    ["lang", doc.lang],
    ["tags", doc.tags.length > 0 ? doc.tags : void 0],
    ["description", doc.description],
    ...own.map((key) => [key, doc.metadata[key]])
  ];
}
function whyNot(key, value, limit, used) {
  if (key.startsWith(MARKER_PREFIX)) return `the ${MARKER_PREFIX} prefix is kb-publish's`;
  if (key.length > limit) return `key over ${limit} characters`;
  if (value.length > limit) return `${value.length} characters, over ${limit}`;
  if (used >= USER_PAIRS) return `no room: custom_metadata holds ${TOTOY_LIMITS.metadataPairs} pairs, ${MARKER_PAIRS} are kb-publish's`;
  return void 0;
}
function textOf(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => ["string", "number", "boolean"].includes(typeof v))) return value.join(", ");
  return canonicalJson(value);
}

// src/targets/totoy/payload.ts
function totoyPayloadOf(doc, valueLimit) {
  const payload = {
    text_content: doc.content,
    title: doc.title,
    custom_metadata: userMetadataOf(doc, valueLimit).pairs
  };
  if (doc.sourceUrl !== void 0 && /^https?:\/\/[^\s/]/i.test(doc.sourceUrl)) payload.backlink = doc.sourceUrl;
  if (doc.activeFrom !== void 0) payload.valid_from = dateTimeOf(doc.activeFrom);
  if (doc.activeUntil !== void 0) payload.valid_until = dateTimeOf(doc.activeUntil);
  return payload;
}
function dateTimeOf(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}
function validateTotoyPayload(doc, payload, valueLimit) {
  const problems = [];
  const error2 = (message) => problems.push({ severity: "error", message });
  const text3 = String(payload.text_content ?? "");
  if (text3.length > TOTOY_LIMITS.textChars) {
    error2(`text is ${text3.length} characters: Totoy accepts at most ${TOTOY_LIMITS.textChars} per text Source; split the page (its remote copy is kept)`);
  }
  for (const field of ["title", "backlink"]) {
    const value = payload[field];
    const max = field === "title" ? TOTOY_LIMITS.titleChars : TOTOY_LIMITS.backlinkChars;
    if (typeof value === "string" && value.length > max) error2(`${field} is ${value.length} characters: Totoy accepts at most ${max}`);
  }
  const { valid_from: from, valid_until: until } = payload;
  if (typeof from === "string" && typeof until === "string" && Date.parse(until) <= Date.parse(from)) {
    error2(`active period ends (${until}) before or when it starts (${from}): Totoy expects valid_until later than valid_from`);
  }
  const { leftOut } = userMetadataOf(doc, valueLimit);
  if (leftOut.length > 0) problems.push({ severity: "warning", message: `custom_metadata left out: ${leftOut.join(", ")}` });
  if (storedIdOf(doc.externalId, valueLimit) !== doc.externalId) {
    problems.push({
      severity: "warning",
      message: `external id is ${doc.externalId.length} characters, over ${valueLimit} (metadata-value-limit): stored as ${storedIdOf(doc.externalId, valueLimit)}`
    });
  }
  return problems;
}

// src/targets/totoy/session.ts
function newSession(projectId, linked, duplicates) {
  return {
    projectId,
    linked: new Set(linked),
    duplicates,
    written: /* @__PURE__ */ new Map(),
    deferred: [],
    provenanceDropped: 0,
    backlinksKept: []
  };
}

// src/targets/totoy/snapshot.ts
async function readListings(api) {
  const projectId = await api.projectId();
  const [sources, linked] = await Promise.all([api.listSources(), api.listLinked()]);
  return { projectId, sources, linked };
}
function buildSnapshot(input) {
  const linked = new Set(input.linked.map((s) => s.source_id));
  const fullId = resolver(input);
  const records = [];
  const duplicates = [];
  for (const group of ownedGroups(input, linked).values()) {
    const [keep, ...extra] = group.sort(canonicalFirst(linked));
    records.push(ownedRecord(keep, fullId, linked.has(keep.source.source_id)));
    duplicates.push(...extra.map((entry) => entry.source));
  }
  for (const source of input.linked) {
    const marker = readMarker2(source.custom_metadata);
    if (marker && !isOwn(marker, input)) records.push(foreignRecord(source, marker, fullId));
  }
  return { snapshot: { records, complete: true }, session: newSession(input.projectId, linked, duplicates) };
}
function ownedGroups(input, linked) {
  const byId = /* @__PURE__ */ new Map();
  for (const source of [...input.sources, ...input.linked]) byId.set(source.source_id, source);
  const groups = /* @__PURE__ */ new Map();
  for (const source of byId.values()) {
    const marker = readMarker2(source.custom_metadata);
    const inProject = source.project_id === void 0 || source.project_id === input.projectId || linked.has(source.source_id);
    if (!marker || !isOwn(marker, input) || !inProject) continue;
    groups.set(marker.storedId, [...groups.get(marker.storedId) ?? [], { source, marker }]);
  }
  return groups;
}
function isOwn(marker, input) {
  return marker.owner === input.owner && marker.knowledgeBaseId === input.knowledgeBaseId;
}
function canonicalFirst(linked) {
  return (a, b) => {
    const byLink = Number(linked.has(b.source.source_id)) - Number(linked.has(a.source.source_id));
    if (byLink !== 0) return byLink;
    const byTime = Date.parse(b.source.updated_at ?? "") - Date.parse(a.source.updated_at ?? "");
    if (byTime) return byTime;
    return a.source.source_id < b.source.source_id ? -1 : 1;
  };
}
function ownedRecord({ source, marker }, fullId, isLinked) {
  const record = { externalId: fullId(marker.storedId), remoteId: source.source_id, owned: true, state: isLinked ? "live" : "tombstoned" };
  if (marker.fingerprint) record.fingerprint = marker.fingerprint;
  if (marker.provenance && !isDigest(record.externalId)) record.provenance = marker.provenance;
  if (source.title !== void 0) record.title = source.title;
  if (source.updated_at !== void 0) record.updatedAt = source.updated_at;
  return record;
}
function foreignRecord(source, marker, fullId) {
  const record = { externalId: fullId(marker.storedId), remoteId: source.source_id, owned: false, state: "live" };
  if (source.title !== void 0) record.title = source.title;
  return record;
}
function resolver(input) {
  const digests = /* @__PURE__ */ new Map();
  for (const id of input.scope?.externalIds ?? []) {
    const stored = storedIdOf(id, input.valueLimit);
    if (stored !== id) digests.set(stored, id);
  }
  return (stored) => digests.get(stored) ?? stored;
}

// src/targets/totoy/body.ts
var FIELDS = ["text_content", "title", "backlink", "valid_from", "valid_until"];
var NULLABLE = /* @__PURE__ */ new Set(["valid_from", "valid_until"]);
function metadataWithMarker(ctx, item) {
  const own = item.payload.custom_metadata ?? {};
  const written3 = markerPairs(
    {
      owner: ctx.owner,
      knowledgeBaseId: ctx.knowledgeBaseId,
      externalId: item.doc.externalId,
      fingerprint: item.fingerprint,
      version: ctx.version,
      provenance: item.provenance
    },
    ctx.valueLimit
  );
  if (written3.provenanceDropped) ctx.session.provenanceDropped += 1;
  return { ...own, ...written3.pairs };
}
function createBody(ctx, item) {
  const { custom_metadata: _own, ...fields } = item.payload;
  return { ...fields, project_id: ctx.session.projectId, custom_metadata: metadataWithMarker(ctx, item) };
}
function patchBody(ctx, item, stored) {
  const known = stored && Object.keys(stored.parts).length > 0 ? stored.parts : void 0;
  const body = {};
  for (const field of FIELDS) {
    if (known && known[field] === item.fingerprint.parts[field]) continue;
    const value = item.payload[field];
    if (value !== void 0) body[field] = value;
    else if (NULLABLE.has(field)) body[field] = null;
    else if (field === "backlink" && known?.backlink !== void 0) ctx.session.backlinksKept.push(item.doc.externalId);
  }
  body.custom_metadata = metadataWithMarker(ctx, item);
  return body;
}

// src/targets/totoy/create.ts
var CREATE_ROUNDS = 4;
async function createSources(ctx, items) {
  const done = /* @__PURE__ */ new Map();
  let pending = items;
  for (let round = 1; pending.length > 0; round++) {
    const ambiguous = await createRound(ctx, pending, done);
    if (ambiguous.size === 0) break;
    const stillMissing = await adopt(ctx, pending.filter((item) => ambiguous.has(item.doc.externalId)), done);
    if (round === CREATE_ROUNDS) {
      for (const item of stillMissing) done.set(item.doc.externalId, { error: gaveUp(ambiguous.get(item.doc.externalId)) });
      break;
    }
    pending = stillMissing;
  }
  return done;
}
async function createRound(ctx, items, done) {
  const ambiguous = /* @__PURE__ */ new Map();
  await Promise.all(
    items.map(async (item) => {
      try {
        const source = await ctx.api.createSource(createBody(ctx, item));
        done.set(item.doc.externalId, { sourceId: source.source_id });
      } catch (error2) {
        if (mayHaveApplied(error2)) ambiguous.set(item.doc.externalId, messageOf4(error2));
        else done.set(item.doc.externalId, { error: messageOf4(error2) });
      }
    })
  );
  return ambiguous;
}
async function adopt(ctx, items, done) {
  let sources;
  try {
    sources = await ctx.api.listSources();
  } catch (error2) {
    for (const item of items) done.set(item.doc.externalId, { error: unverifiable(messageOf4(error2)) });
    return [];
  }
  const missing = [];
  await Promise.all(
    items.map(async (item) => {
      const found = sources.find((source) => carriesPageMarker(ctx, source, item));
      if (!found) return void missing.push(item);
      done.set(item.doc.externalId, await adoptOne(ctx, item, found));
    })
  );
  return missing;
}
function carriesPageMarker(ctx, source, item) {
  const marker = readMarker2(source.custom_metadata);
  return marker?.owner === ctx.owner && marker.knowledgeBaseId === ctx.knowledgeBaseId && marker.storedId === storedIdOf(item.doc.externalId, ctx.valueLimit) && (source.project_id === void 0 || source.project_id === ctx.session.projectId);
}
async function adoptOne(ctx, item, source) {
  const stored = readMarker2(source.custom_metadata)?.fingerprint;
  if (stored?.hash === item.fingerprint.hash) return { sourceId: source.source_id };
  try {
    await ctx.api.modifySource(source.source_id, patchBody(ctx, item, stored));
    return { sourceId: source.source_id };
  } catch (error2) {
    return { error: `found the Source ${source.source_id} an earlier attempt created, but could not update it: ${messageOf4(error2)}` };
  }
}
function unverifiable(reason) {
  return `the create's outcome is unknown and the Sources could not be listed to check it (${reason}); the next run adopts the Source if it was created`;
}
function gaveUp(lastError) {
  return `no Source after ${CREATE_ROUNDS} attempts, each with an unclear outcome (last: ${lastError ?? "unknown"}); the next run adopts any that was created`;
}

// src/targets/totoy/upsert.ts
async function upsertTotoyBatch(ctx, items) {
  const updates = items.filter((item) => item.remote?.remoteId !== void 0);
  const creates = items.filter((item) => item.remote?.remoteId === void 0);
  const [patched, created] = await Promise.all([patchSources(ctx, updates), createSources(ctx, creates)]);
  const written3 = new Map([...patched, ...created]);
  const toLink = items.flatMap((item) => {
    const outcome = written3.get(item.doc.externalId);
    return outcome && "sourceId" in outcome ? [{ externalId: item.doc.externalId, sourceId: outcome.sourceId }] : [];
  });
  const linked = await linkSources(ctx, toLink);
  return items.map((item) => resultOf(ctx, item, written3.get(item.doc.externalId), linked.get(item.doc.externalId)));
}
async function patchSources(ctx, items) {
  const done = /* @__PURE__ */ new Map();
  await Promise.all(
    items.map(async (item) => {
      const sourceId = item.remote.remoteId;
      const stored = item.remote?.fingerprint;
      try {
        if (stored?.hash !== item.fingerprint.hash) await ctx.api.modifySource(sourceId, patchBody(ctx, item, stored));
        done.set(item.doc.externalId, { sourceId });
      } catch (error2) {
        done.set(item.doc.externalId, { error: messageOf4(error2) });
      }
    })
  );
  return done;
}
function resultOf(ctx, item, written3, linked) {
  const externalId = item.doc.externalId;
  if (!written3) return { externalId, status: "failed", error: "no outcome for this page" };
  if ("error" in written3) return { externalId, status: "failed", error: written3.error };
  if (linked && !linked.ok) {
    const error2 = `its Source ${written3.sourceId} is stored but not linked to the knowledge base (${linked.error}); the next run links it`;
    return { externalId, status: "failed", error: error2, retryable: false };
  }
  ctx.session.written.set(externalId, written3.sourceId);
  return { externalId, status: item.remote ? "updated" : "created" };
}

// src/targets/totoy/wait.ts
async function waitForIndexing(ctx) {
  const pages = new Map([...ctx.written].map(([externalId, sourceId]) => [sourceId, externalId]));
  if (pages.size === 0) return [];
  ctx.log.info(`Waiting for Totoy to index ${pages.size} sources`);
  const started = ctx.now();
  for (let pause = ctx.firstPollMs ?? 500; ; pause = Math.min(pause * 2, ctx.maxPollMs ?? 5e3)) {
    const statuses = new Map((await ctx.api.listLinked()).map((source) => [source.source_id, source.status]));
    for (const sourceId of [...pages.keys()]) if (!statuses.has(sourceId)) pages.delete(sourceId);
    const busy = [...pages.keys()].filter((id) => statuses.get(id) === "in_progress");
    const waited = ctx.now() - started;
    if (busy.length === 0 || waited >= ctx.timeoutMs) return report(ctx, pages, statuses, busy);
    await ctx.sleep(Math.min(pause, ctx.timeoutMs - waited));
  }
}
function report(ctx, pages, statuses, busy) {
  const notes = [];
  const failed4 = [...pages].filter(([sourceId]) => statuses.get(sourceId) === "failed").map(([, id]) => id).sort();
  for (const id of failed4) {
    const file = ctx.sourcePaths.get(id);
    notes.push(`Totoy failed to index ${JSON.stringify(id)}${file ? ` (${file})` : ""}: the knowledge-base source's status is "failed"`);
  }
  if (busy.length > 0) {
    const ids = busy.map((sourceId) => pages.get(sourceId)).sort();
    const shown = ids.slice(0, 10).map((id) => JSON.stringify(id)).join(", ") + (ids.length > 10 ? ", \u2026" : "");
    notes.push(
      `${busy.length} of ${pages.size} sources were still being indexed by Totoy after ${Math.round(ctx.timeoutMs / 1e3)} s (--wait-timeout): ${shown}; they are stored and will finish on their own`
    );
  }
  const done = pages.size - failed4.length - busy.length;
  ctx.log.info(`Totoy indexed ${done} of ${pages.size} sources${notes.length ? "; see the notes" : ""}`);
  return notes;
}

// src/targets/totoy/totoy.ts
var realSleep4 = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var createTotoyTarget = (settings, context) => {
  const resolved = resolveTotoyConfig(settings);
  if (!resolved.ok && settings.baseline === void 0) throw new ConfigError(resolved.problems);
  let api;
  const connect = () => {
    if (!resolved.ok) throw new ConfigError(resolved.problems);
    return api ??= new TotoyApi(remoteHttpClient(resolved.config, context, { auth: "bearer", rateLimit: resolved.config.rateLimit, concurrency: TOTOY_CONCURRENCY }), resolved.config.knowledgeBaseId);
  };
  const valueLimit = resolved.ok ? resolved.config.valueLimit : settings.metadataValueLimit ?? TOTOY_METADATA_VALUE_CHARS;
  return totoyTarget({ settings, context, connect, valueLimit });
};
function totoyTarget({ settings, context, connect, valueLimit }) {
  const version = /^kb-publish\/([^\s(]+)/.exec(context.userAgent)?.[1];
  const knowledgeBaseId = settings.knowledgeBaseId ?? "";
  const learned = { form: "multiple" };
  const sourcePaths = /* @__PURE__ */ new Map();
  let session;
  let unscoped;
  const writes = () => {
    if (!session) throw new Error("the totoy target wrote before reading its snapshot: expected snapshot() first");
    return { api: connect(), session, owner: settings.owner, knowledgeBaseId, version, valueLimit, learned };
  };
  return {
    name: "totoy",
    // Long ids are stored as digests, named from the run's ids (SnapshotScope): see buildSnapshot.
    capabilities: { softDelete: true, returnsContent: false, nativeTranslations: false, scopedSnapshot: true },
    // One Source per request: a batch is the unit of linking (one link request per batch).
    limits: { upsert: { maxItems: 100 }, delete: { maxItems: 100 }, concurrency: 1 },
    payloadOf: (doc) => totoyPayloadOf(doc, valueLimit),
    validate: (doc, payload) => validateTotoyPayload(doc, payload, valueLimit),
    checkPlan: (plan) => capacityProblems(plan, session?.linked.size, knowledgeBaseId),
    snapshot: async (scope) => {
      const listings = scope && unscoped ? unscoped : await readListings(connect());
      unscoped = scope ? void 0 : listings;
      const read = buildSnapshot({ ...listings, owner: settings.owner, knowledgeBaseId, valueLimit, scope });
      session = read.session;
      if (session.duplicates.length > 0) context.log.warn(`Found ${session.duplicates.length} extra Source(s) of pages that already have one; a sync removes them`);
      return read.snapshot;
    },
    upsertBatch: (items) => {
      for (const item of items) sourcePaths.set(item.doc.externalId, item.doc.sourcePath);
      return upsertTotoyBatch(writes(), items);
    },
    deleteBatch: (records, mode) => deleteTotoyRecords(writes(), records, mode),
    finish: async () => {
      const notes = await finishTotoyRun(writes(), context.log);
      if (!settings.wait) return notes;
      const wait = { api: connect(), log: context.log, now: context.now ?? Date.now, sleep: context.sleep ?? realSleep4 };
      const timeoutMs = settings.waitTimeoutSeconds * 1e3;
      return [...notes, ...await waitForIndexing({ ...wait, timeoutMs, written: writes().session.written, sourcePaths })];
    }
  };
}

// src/targets/registry.ts
var targets = {
  local: createLocalTarget,
  heppu: createHeppuTarget,
  humind: createHumindTarget,
  chatbot: createChatbotTarget,
  totoy: createTotoyTarget
};
function targetNames() {
  return Object.keys(targets);
}

export {
  secretVariants,
  redact,
  redactUrlCredentials,
  secretsFromUrl,
  ConfigError,
  pLimit,
  ApiError,
  buildUserAgent,
  pageOfProvenance,
  targets,
  targetNames
};
