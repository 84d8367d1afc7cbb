/**
 * One emulator in its own process (its name as the first argument), so the benchmark's figures
 * are kb-publish's alone. Started by bench/emulator-process.ts over IPC: it sends `{ url, apiKey,
 * args }` once listening (`args`: the CLI options that name where to publish), and answers
 * `{ type: "requests", from }` with the requests received since ledger position `from`.
 */
import { startChatbotEmulator } from "../test/emulators/chatbot.js";
import { startHeppuEmulator } from "../test/emulators/heppu.js";
import { startHumindEmulator } from "../test/emulators/humind.js";
import type { LedgerEntry } from "../test/emulators/ledger.js";
import { startTotoyEmulator } from "../test/emulators/totoy.js";
import type { RemoteTarget } from "./targets.js";

interface Started {
  url: string;
  apiKey: string;
  ledger: LedgerEntry[];
  close(): Promise<void>;
}

/** Each emulator without rate limits or faults, and the options that point kb-publish at it. */
const EMULATORS: Record<RemoteTarget, () => Promise<{ emulator: Started; args: string[] }>> = {
  heppu: async () => {
    const emulator = await startHeppuEmulator({ apiKeys: ["bench-key"], processingDelayMs: 20 });
    return { emulator, args: ["--collection-id", emulator.collectionId] };
  },
  humind: async () => ({ emulator: await startHumindEmulator({ rateLimits: false }), args: [] }),
  chatbot: async () => {
    const emulator = await startChatbotEmulator({ rateLimit: false });
    return { emulator, args: ["--source-id", emulator.sourceId] };
  },
  totoy: async () => {
    const emulator = await startTotoyEmulator();
    return { emulator, args: ["--knowledge-base-id", emulator.knowledgeBaseId] };
  },
};

const kind = process.argv[2] as RemoteTarget;
const { emulator, args } = await EMULATORS[kind]();
const ledger = emulator.ledger;

process.on("message", (message: { type: string; from?: number }) => {
  if (message.type === "requests") {
    const entries = ledger.slice(message.from ?? 0).map((e) => ({ method: e.method, status: e.status }));
    // Bodies are not needed after counting; dropping them keeps the emulator's memory flat.
    for (const entry of ledger) entry.body = undefined;
    process.send?.({ type: "requests", length: ledger.length, entries });
  }
  if (message.type === "close") void emulator.close().then(() => process.exit(0));
});

process.send?.({ type: "ready", url: emulator.url, apiKey: emulator.apiKey, args });
