/**
 * The Heppu emulator in its own process, so the benchmark's memory figures are kb-publish's alone.
 * Started by bench/emulator-process.ts over IPC: it sends `{ url, apiKey, collectionId }` once
 * listening, and answers `{ type: "requests", from }` with the requests received since `from`.
 */
import { startHeppuEmulator } from "../test/emulators/heppu.js";

const emulator = await startHeppuEmulator({ apiKeys: ["bench-key"], processingDelayMs: 20 });

process.on("message", (message: { type: string; from?: number }) => {
  if (message.type === "requests") {
    const entries = emulator.ledger.slice(message.from ?? 0).map((e) => ({ method: e.method, status: e.status }));
    // Bodies are not needed after counting; dropping them keeps the emulator's memory flat.
    for (const entry of emulator.ledger) entry.body = undefined;
    process.send?.({ type: "requests", length: emulator.ledger.length, entries });
  }
  if (message.type === "close") void emulator.close().then(() => process.exit(0));
});

process.send?.({ type: "ready", url: emulator.url, apiKey: emulator.apiKey, collectionId: emulator.collectionId });
