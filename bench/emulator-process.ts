import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { RemoteTarget } from "./targets.js";

/** A request as the benchmark counts it. */
export interface CountedRequest {
  method: string;
  status: number | null;
}

/** An emulator running in a child process (bench/emulator-child.ts). */
export interface EmulatorProcess {
  url: string;
  apiKey: string;
  /** CLI options naming where to publish (`--collection-id …`, `--source-id …`), if the target needs any. */
  args: string[];
  /** Requests received since ledger position `from`, and the ledger's new length. */
  requests(from: number): Promise<{ length: number; entries: CountedRequest[] }>;
  close(): Promise<void>;
}

export async function startEmulatorProcess(kind: RemoteTarget): Promise<EmulatorProcess> {
  const child = fork(path.join(import.meta.dirname, "emulator-child.ts"), [kind], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const ready = await nextMessage(child, "ready");
  return {
    url: ready.url as string,
    apiKey: ready.apiKey as string,
    args: ready.args as string[],
    requests: async (from) => {
      const reply = nextMessage(child, "requests");
      child.send({ type: "requests", from });
      const message = await reply;
      return { length: message.length as number, entries: message.entries as CountedRequest[] };
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ type: "close" });
      await exited;
    },
  };
}

function nextMessage(child: ChildProcess, type: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`benchmark emulator exited with code ${code} before sending "${type}"`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}
