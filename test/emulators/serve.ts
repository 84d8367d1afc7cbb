/**
 * Runs an emulator by hand: `npm run emulator -- heppu [--port N] [--key K] [--collection UUID]`.
 * Prints what to point a client at, then serves until Ctrl-C.
 */
import { parseArgs } from "node:util";
import { EMULATORS, type ServeFlags } from "./registry.js";

function parseFlags(argv: string[]): { name: string | undefined; flags: ServeFlags } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      key: { type: "string" },
      collection: { type: "string" },
      seed: { type: "string" },
    },
  });
  const flags: ServeFlags = { key: values.key, collection: values.collection };
  if (values.port !== undefined) flags.port = integerFlag("--port", values.port);
  if (values.seed !== undefined) flags.seed = integerFlag("--seed", values.seed);
  return { name: positionals[0], flags };
}

function integerFlag(name: string, raw: string): number {
  if (!/^\d+$/.test(raw)) throw new Error(`Invalid ${name}: got "${raw}", expected a non-negative integer (test/emulators/serve.ts)`);
  return Number(raw);
}

async function main(): Promise<void> {
  const { name, flags } = parseFlags(process.argv.slice(2));
  const start = name === undefined ? undefined : EMULATORS[name];
  if (!start) {
    const known = Object.keys(EMULATORS).join(", ");
    console.error(`Unknown emulator: got "${name ?? ""}", expected one of: ${known}. Usage: npm run emulator -- <name> [--port N] [--key K] [--collection ID] [--seed N]`);
    process.exitCode = 2;
    return;
  }
  const served = await start(flags);
  for (const line of served.describe) console.log(line);
  console.log("Press Ctrl-C to stop.");
  const stop = () => {
    served.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

await main();
