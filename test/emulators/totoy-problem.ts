import type { EmulatorResponse } from "./http-util.js";

/** RFC 9457 problem details, Totoy's only error body (T-OAS `Problem`, additionalProperties: false). */
export interface TotoyProblem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

/** Every Totoy error is sent as this media type (T-OAS `general4XXResponse` / `general5XXResponse`). */
export const PROBLEM_HEADERS = { "content-type": "application/problem+json" };

/** Titles per problem slug; the slug becomes `type` (`https://docs.totoy.ai/probs/<slug>`), as in the spec's example. */
const TITLES: Record<string, string> = {
  "unauthorized": "The request is not authenticated.",
  "validation-error": "The request is invalid.",
  "not-found": "The resource was not found.",
  "method-not-allowed": "The method is not allowed.",
  "unsupported-media-type": "The content type is not supported.",
  "conflict": "The request conflicts with the current state.",
  "limit-reached": "A hard limit was reached.",
  "rate-limited": "Too many requests.",
  "server-error": "An internal error occurred.",
  "unavailable": "The service is temporarily unavailable.",
};

export function problem(slug: string, status: number, detail: string, instance?: string): TotoyProblem {
  const body: TotoyProblem = { type: `https://docs.totoy.ai/probs/${slug}`, title: TITLES[slug] ?? slug, status, detail: detail.slice(0, 4096) };
  if (instance !== undefined) body.instance = instance.slice(0, 512);
  return body;
}

/** An error response: the problem, with its media type. */
export function fail(slug: string, status: number, detail: string, instance?: string): EmulatorResponse {
  return { status, body: problem(slug, status, detail, instance), headers: PROBLEM_HEADERS };
}

/** The shared server's injected faults, as Totoy problems. */
export function injectedProblem(status: number, message: string): TotoyProblem {
  const slug = status === 429 ? "rate-limited" : status === 503 || status === 502 ? "unavailable" : "server-error";
  return problem(slug, status, message);
}
