import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What an emulator's route code answers with. */
export interface EmulatorResponse {
  status: number;
  /** Serialised as JSON; omitted when undefined. */
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * For a 429 an API's own rate limiter sends: the instant its Retry-After expires. Recorded in
   * the ledger (like injected bursts) so `retryAfterViolations` sees it; never sent on the wire.
   */
  retryAfterUntil?: number;
}

/** A request body: the raw text, and the JSON value when it parsed. */
export interface RequestBody {
  raw: string;
  /** undefined when the body was empty or not JSON (see `invalidJson`). */
  json: unknown;
  invalidJson: boolean;
}

export async function readBody(req: IncomingMessage): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw.trim() === "") return { raw, json: undefined, invalidJson: false };
  try {
    return { raw, json: JSON.parse(raw), invalidJson: false };
  } catch {
    return { raw, json: undefined, invalidJson: true };
  }
}

/** Splits `req.url` into a path and a flat query record (last value wins). */
export function parseUrl(url: string | undefined): { path: string; query: Record<string, string> } {
  const parsed = new URL(url ?? "/", "http://emulator.invalid");
  return { path: parsed.pathname, query: Object.fromEntries(parsed.searchParams.entries()) };
}

function encode(response: EmulatorResponse): { bytes: Buffer; headers: Record<string, string | number> } {
  const bytes = response.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(response.body));
  const headers: Record<string, string | number> = { "content-length": bytes.length, ...response.headers };
  // A route may name its own JSON type (e.g. application/problem+json); JSON otherwise.
  const named = Object.keys(headers).some((name) => name.toLowerCase() === "content-type");
  if (response.body !== undefined && !named) headers["content-type"] = "application/json; charset=utf-8";
  return { bytes, headers };
}

export function sendResponse(res: ServerResponse, response: EmulatorResponse): void {
  if (res.destroyed) return;
  const { bytes, headers } = encode(response);
  res.writeHead(response.status, headers);
  res.end(bytes);
}

/**
 * Sends the status line, headers (with the full Content-Length) and half the body, then resets the
 * connection, so the client sees a success status whose body never completes.
 */
export function sendHalfThenReset(res: ServerResponse, response: EmulatorResponse): void {
  if (res.destroyed) return;
  const { bytes, headers } = encode(response);
  res.writeHead(response.status, headers);
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** A listening server and how to stop it. */
export interface Listening {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0 = ephemeral); `close` also drops keep-alive connections. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port = 0,
): Promise<Listening> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return { server, origin: `http://127.0.0.1:${address.port}`, close };
}
