// Test support only (imported by *.test.ts): a real node:http server on 127.0.0.1, port 0.
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server saw it. */
export interface Arrival {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** Date.now() when the request's body had fully arrived. */
  at: number;
}

/** Answers the n-th (0-based) request. */
export type Handler = (req: IncomingMessage, res: ServerResponse, n: number, arrival: Arrival) => void;

export interface TestServer {
  url: string;
  arrivals: Arrival[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const arrivals: Arrival[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const arrival = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: Date.now(),
      };
      arrivals.push(arrival);
      handler(req, res, arrivals.length - 1, arrival);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/**
 * A virtual clock: `sleep` returns at once but moves `now` forward to the sleeper's wake-up time,
 * so parallel sleeps overlap instead of adding up. Every sleep is recorded.
 */
export function virtualClock(start = Date.parse("2030-01-01T00:00:00Z")) {
  let t = start;
  const sleeps: number[] = [];
  return {
    start,
    sleeps,
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      const wake = t + ms;
      await Promise.resolve();
      t = Math.max(t, wake);
    },
  };
}
