import { ConfigError } from "../../config/errors.js";
import type { Settings } from "../../config/settings.js";
import type { TargetContext, TargetFactory } from "../context.js";
import type { ItemResult, RemoteRecord, Snapshot, Target } from "../target.js";
import { createHumindApi, type HumindApi } from "./client.js";
import {
  HUMIND_MAX_BATCH_ITEMS,
  HUMIND_MAX_BODY_BYTES,
  HUMIND_READ_RATE,
  HUMIND_WRITE_RATE,
  resolveHumindConfig,
  type HumindConfig,
} from "./config.js";
import { finishState, type FinishSession } from "./finish.js";
import type * as PayloadModule from "./payload.js";
import { listEntries } from "./listing.js";
import { runNotes } from "./notes.js";
import { recordsOf } from "./records.js";
import { readState } from "./state-io.js";
import { validateHumindPayload } from "./validate.js";
import { deleteEntries, upsertEntries, type WriteSession } from "./writes.js";

/** What one run learnt from the snapshot and its writes. */
interface Session extends FinishSession {
  records: RemoteRecord[];
  /** Entry type by external id, built for the first write (a run that writes nothing never needs it). */
  types?: Map<string, string>;
}

/**
 * Humind knowledge entries (see the README's Humind section): one entry per page group with its
 * translations embedded, soft deletes as tombstones, and kb-publish's own state (hashes, owner,
 * last `updated_at`) kept in a hidden entry because Humind has no metadata field.
 */
export const createHumindTarget: TargetFactory = (settings, context) => {
  const resolved = resolveHumindConfig(settings);
  // A baseline plan never calls the API, so it needs no key; anything else fails fast.
  if (!resolved.ok && settings.baseline === undefined) throw new ConfigError(resolved.problems);
  const config = resolved.ok ? resolved.config : unconfigured(settings);
  let api: HumindApi | undefined;
  const connect = (): HumindApi => {
    if (!resolved.ok) throw new ConfigError(resolved.problems);
    return (api ??= createHumindApi(config, context));
  };
  return humindTarget(config, context, connect);
};

/** Enough config for a baseline plan, which only builds payloads. */
function unconfigured(settings: Settings): HumindConfig {
  const limits = { readRate: HUMIND_READ_RATE, writeRate: HUMIND_WRITE_RATE };
  return { apiUrl: "", apiKey: "", owner: settings.owner, defaultLanguage: settings.defaultLocale, timeoutMs: settings.requestTimeoutMs, ...limits };
}

/** Knobs for tests. */
export interface HumindTargetOptions {
  /** Bytes per state shard. Default STATE_SHARD_BYTES (4 MB). */
  stateShardBytes?: number;
}

/** The target over an API connection made on first use (tests pass their own). */
export function humindTarget(
  config: HumindConfig,
  context: TargetContext,
  connect: () => HumindApi,
  options: HumindTargetOptions = {},
): Target {
  const tool = /^(kb-publish\/[^\s(]+)/.exec(context.userAgent)?.[1] ?? "kb-publish";
  const payloads = lazyPayloads();
  let session: Session | undefined;
  const started = (): Session => {
    if (!session) throw new Error("the humind target wrote before reading its snapshot: expected snapshot() first");
    return session;
  };
  const writing = (): WriteSession => {
    const run = started();
    run.types ??= new Map(run.listed.map((entry) => [entry.external_id, entry.type]));
    return { types: run.types, sent: run.sent };
  };
  return {
    name: "humind",
    capabilities: { softDelete: true, returnsContent: false, nativeTranslations: true, takesHtml: true },
    limits: {
      upsert: { maxItems: HUMIND_MAX_BATCH_ITEMS, maxBytes: HUMIND_MAX_BODY_BYTES },
      // One DELETE per entry; a "batch" is only how many are in flight together.
      delete: { maxItems: 25 },
      concurrency: 2,
    },
    payloadOf: (doc) => payloads.loaded().humindPayloadOf(doc, config.defaultLanguage),
    prepare: async () => void (await payloads.load()),
    validate: validateHumindPayload,
    snapshot: async (): Promise<Snapshot> => {
      const api = connect();
      const { entries: listed, pages } = await listEntries(api);
      const state = await readState(api, config.owner, listed);
      const records = recordsOf(listed, state);
      const sent: FinishSession["sent"] = new Map();
      const shardBytes = options.stateShardBytes;
      session = { owner: config.owner, tool, listed, pages, state, sent, records, shardBytes };
      return { records, complete: true };
    },
    upsertBatch: (items) => upsertEntries(connect(), writing(), items),
    // Kept in the state entry written by finish: no page is sent again for it.
    recordProvenance: async (updates) => {
      const run = started();
      run.recorded ??= new Map();
      for (const { record, provenance } of updates) run.recorded.set(record.externalId, provenance);
    },
    deleteBatch: (records, mode) => deleteEntries(connect(), records, mode),
    finish: async (results: ItemResult[]) => {
      const run = started();
      let stateError: string | undefined;
      try {
        await finishState(connect(), run, results);
      } catch (error) {
        stateError = error instanceof Error ? error.message : String(error);
      }
      return runNotes({ records: run.records, state: run.state, results, stateError });
    },
  };
}

/**
 * The payload module renders Markdown to HTML with remark and rehype: it is loaded by `prepare`,
 * which the engine calls only when a run has pages to build payloads for — a no-op run and runs
 * of other targets never compile it.
 */
function lazyPayloads() {
  let module: typeof PayloadModule | undefined;
  return {
    load: async () => (module ??= await import("./payload.js")),
    loaded: () => {
      if (!module) throw new Error("the humind target built a payload before loading its renderer: expected prepare() first");
      return module;
    },
  };
}
