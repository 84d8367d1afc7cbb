/** The emulators `npm run emulator -- <name>` can start, registered by name. */
import { ALL_SCOPES, startChatbotEmulator } from "./chatbot.js";
import { startHeppuEmulator } from "./heppu.js";
import { startHumindEmulator } from "./humind.js";
import { KNOWLEDGE_READ, KNOWLEDGE_WRITE } from "./humind-auth.js";
import { startTotoyEmulator } from "./totoy.js";

/** Flags every emulator understands; each may ignore the ones that mean nothing to its API. */
export interface ServeFlags {
  port?: number;
  key?: string;
  collection?: string;
  seed?: number;
}

/** A started emulator, as the runner needs it. */
export interface Served {
  /** Lines telling a human what to configure (URL, key, ids). */
  describe: string[];
  close(): Promise<void>;
}

export type EmulatorStarter = (flags: ServeFlags) => Promise<Served>;

/** One entry per API; add Humind and others here. */
export const EMULATORS: Record<string, EmulatorStarter> = {
  heppu: async (flags) => {
    const emulator = await startHeppuEmulator({
      port: flags.port,
      seed: flags.seed,
      apiKeys: flags.key ? [flags.key] : undefined,
      collections: flags.collection ? [flags.collection] : undefined,
    });
    return {
      describe: [
        `Heppu emulator listening on ${emulator.url}`,
        `  api key:       ${emulator.apiKey}`,
        `  collection id: ${emulator.collectionId}`,
      ],
      close: () => emulator.close(),
    };
  },
  humind: async (flags) => {
    const emulator = await startHumindEmulator({
      port: flags.port,
      seed: flags.seed,
      keys: flags.key ? [{ key: flags.key, scopes: [KNOWLEDGE_READ, KNOWLEDGE_WRITE] }] : undefined,
    });
    return {
      describe: [
        `Humind emulator listening on ${emulator.url}`,
        `  api key (knowledge:read + knowledge:write): ${emulator.apiKey}`,
      ],
      close: () => emulator.close(),
    };
  },
  /** `--collection` names the source id; `--key` must look like sk_live_<16 hex>_<48 hex>. */
  chatbot: async (flags) => {
    const emulator = await startChatbotEmulator({
      port: flags.port,
      seed: flags.seed,
      keys: flags.key ? [{ key: flags.key, scopes: ALL_SCOPES }] : undefined,
      sources: [{ id: flags.collection, name: "Docs", graceDays: 7 }],
    });
    return {
      describe: [
        `Chatbot Developer API emulator listening on ${emulator.url}`,
        `  api key (every scope): ${emulator.apiKey}`,
        `  source id:             ${emulator.sourceId} (developer_api, graceDays 7)`,
      ],
      close: () => emulator.close(),
    };
  },
  totoy: async (flags) => {
    const emulator = await startTotoyEmulator({ port: flags.port, seed: flags.seed, apiKeys: flags.key ? [flags.key] : undefined });
    return {
      describe: [
        `Totoy emulator listening on ${emulator.url}`,
        `  api key:           ${emulator.apiKey}`,
        `  knowledge base id: ${emulator.knowledgeBaseId} (project ${emulator.projectId})`,
      ],
      close: () => emulator.close(),
    };
  },
};
