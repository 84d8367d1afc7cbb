export * from "./client.js";
export { TokenBucket, PauseGate, defaultBurst, type RateLimit } from "./rate-limit.js";
export { backoffDelay, parseRetryAfter } from "./retry.js";
