/**
 * A Heppu or Humind emulator in its own process (`heppu` or `humind` as the first argument), so
 * the benchmark's figures are kb-publish's alone. Started by bench/emulator-process.ts over IPC:
 * it sends `{ url, apiKey, collectionId? }` once listening, and answers `{ type: "requests", from }`
 * with the requests received since ledger position `from`.
 */
import { startHeppuEmulator } from "../test/emulators/heppu.js";
import { startHumindEmulator } from "../test/emulators/humind.js";
import type { LedgerEntry } from "../test/emulators/ledger.js";

const kind = process.argv[2] ?? "heppu";
const emulator =
  kind === "humind"
    ? await startHumindEmulator({ rateLimits: false })
    : await startHeppuEmulator({ apiKeys: ["bench-key"], processingDelayMs: 20 });
const ledger: LedgerEntry[] = emulator.ledger;

process.on("message", (message: { type: string; from?: number }) => {
  if (message.type === "requests") {
    const entries = ledger.slice(message.from ?? 0).map((e) => ({ method: e.method, status: e.status }));
    // Bodies are not needed after counting; dropping them keeps the emulator's memory flat.
    for (const entry of ledger) entry.body = undefined;
    process.send?.({ type: "requests", length: ledger.length, entries });
  }
  if (message.type === "close") void emulator.close().then(() => process.exit(0));
});

const collectionId = "collectionId" in emulator ? emulator.collectionId : undefined;
process.send?.({ type: "ready", url: emulator.url, apiKey: emulator.apiKey, collectionId });
