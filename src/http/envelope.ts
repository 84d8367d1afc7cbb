/** What a vendor error body says, as extracted by `parseError`. */
export interface VendorError {
  code?: string;
  message?: string;
  requestId?: string;
}

/** Signature of `HttpClientOptions.parseError`. Return undefined when the body is not a known envelope. */
export type ParseError = (status: number, body: unknown) => VendorError | undefined;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;

/**
 * Reads the envelopes of every supported vendor, so adapters rarely need their own `parseError`:
 * - Heppu `{error: {message, status, code?}}`, Humind `{error: {code, message, request_id}}`
 * - Chatbot `{error: "<message>", code}`
 * - Totoy RFC 9457 problem+json `{type, title, detail}`
 * - plain `{message, code?}`
 */
export const parseVendorError: ParseError = (_status, body) => {
  if (!isObject(body)) return undefined;
  const inner = body.error;
  if (isObject(inner)) {
    return {
      code: text(inner.code),
      message: text(inner.message) ?? text(inner.detail),
      requestId: text(inner.request_id) ?? text(inner.requestId),
    };
  }
  if (typeof inner === "string") return { code: text(body.code), message: inner };
  if (text(body.title) !== undefined || text(body.detail) !== undefined) {
    const title = text(body.title);
    const detail = text(body.detail);
    // "You do not have enough credit." + detail reads "…credit: detail", not "…credit.: detail".
    return { code: text(body.code), message: title && detail ? `${title.replace(/[.:]\s*$/, "")}: ${detail}` : (detail ?? title) };
  }
  if (text(body.message) !== undefined) return { code: text(body.code), message: text(body.message) };
  return undefined;
};
