import { ConfigError } from "../../config/errors.js";
import type { TargetContext, TargetFactory } from "../context.js";
import type { Target } from "../target.js";
import { HeppuApi } from "./api.js";
import { isCleartextRemote, resolveHeppuConfig } from "./config.js";
import type { HeppuConfig } from "./config.js";
import { deleteHeppuBatch } from "./deletes.js";
import { versionFromUserAgent } from "./marker.js";
import { HEPPU_LIMITS, HEPPU_MAX_BATCH_BYTES, heppuPayloadOf, validateHeppuPayload } from "./payload.js";
import { heppuSnapshot } from "./snapshot.js";
import { upsertHeppuBatch } from "./upsert.js";
import type { UpsertContext } from "./upsert.js";
import { waitForProcessing } from "./wait.js";
import { remoteHttpClient } from "../remote-client.js";

/**
 * Requests in flight at once. Heppu advises processing batches sequentially, and with one request
 * at a time no request can be on the wire while another receives a 429: every Retry-After is
 * honoured by every request. Tests may override it through `context.http.concurrency`.
 */
export const HEPPU_CONCURRENCY = 1;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Heppu AI knowledge collections (https://docs.heppu.ai). One source per document, keyed by
 * externalId; kb-publish's state lives in each source's `metadata.kbPublish`. Needs `apiKey` and
 * `collectionId`; without them the factory throws a ConfigError, except for a baseline plan,
 * which never calls the API (then only a network call would fail, with the same message).
 */
export const createHeppuTarget: TargetFactory = (settings, context) => {
  const resolved = resolveHeppuConfig(settings);
  if (!resolved.ok && settings.baseline === undefined) throw new ConfigError(resolved.problems);
  let api: HeppuApi | undefined;
  const connect = (): HeppuApi => {
    if (!resolved.ok) throw new ConfigError(resolved.problems);
    return (api ??= connectApi(resolved.config, context));
  };
  const upserts: UpsertContext = {
    get api() {
      return connect();
    },
    owner: settings.owner,
    version: versionFromUserAgent(context.userAgent),
    learned: { metadataOnUnchanged: "unknown" },
    collectionSize: 0,
  };
  const sourcePaths = new Map<string, string>();
  const noticeGiven = { value: false };

  const target: Target = {
    name: "heppu",
    capabilities: { softDelete: false, returnsContent: false, nativeTranslations: false },
    // Heppu advises sequential batches (H-BATCH); see HEPPU_CONCURRENCY.
    limits: {
      upsert: { maxItems: HEPPU_LIMITS.batchItems, maxBytes: HEPPU_MAX_BATCH_BYTES },
      delete: { maxItems: HEPPU_LIMITS.deleteIds },
      concurrency: HEPPU_CONCURRENCY,
    },
    payloadOf: heppuPayloadOf,
    validate: validateHeppuPayload,
    snapshot: async () => {
      const snapshot = await heppuSnapshot(connect(), settings.owner, context.log);
      upserts.collectionSize = snapshot.records.length;
      return snapshot;
    },
    upsertBatch: async (items) => {
      for (const item of items) sourcePaths.set(item.doc.externalId, item.doc.sourcePath);
      const results = await upsertHeppuBatch(upserts, items);
      upserts.collectionSize += results.filter((r) => r.status === "created").length;
      return results;
    },
    deleteBatch: (records, mode) => deleteHeppuBatch({ api: connect(), log: context.log, noticeGiven }, records, mode),
    finish: async (results) => {
      if (!settings.wait) return [];
      const wait = {
        api: connect(),
        log: context.log,
        now: context.now ?? Date.now,
        sleep: context.sleep ?? realSleep,
        timeoutMs: settings.waitTimeoutSeconds * 1000,
        sourcePaths,
      };
      return waitForProcessing(wait, results);
    },
  };
  return target;
};

function connectApi(config: HeppuConfig, context: TargetContext): HeppuApi {
  if (isCleartextRemote(config.apiUrl)) {
    context.log.warn(`api-url ${config.apiUrl} is plain http to a remote host: the API key would travel unencrypted; use https`);
  }
  const client = remoteHttpClient(config, context, { auth: { header: "x-api-key" }, rateLimit: config.rateLimit, concurrency: HEPPU_CONCURRENCY });
  return new HeppuApi(client, config.collectionId, [config.apiKey]);
}
