import { ConfigError } from "../../config/errors.js";
import type { Settings } from "../../config/settings.js";
import type { TargetContext, TargetFactory } from "../context.js";
import type { Target } from "../target.js";
import { TotoyApi } from "./api.js";
import { capacityProblems } from "./capacity.js";
import { resolveTotoyConfig } from "./config.js";
import { deleteTotoyRecords } from "./deletes.js";
import { finishTotoyRun } from "./finish.js";
import { TOTOY_CONCURRENCY, TOTOY_METADATA_VALUE_CHARS } from "./limits.js";
import type { LinkContext } from "./link.js";
import { totoyPayloadOf, validateTotoyPayload } from "./payload.js";
import type { TotoySession } from "./session.js";
import { buildSnapshot, readListings, type Listings } from "./snapshot.js";
import { upsertTotoyBatch } from "./upsert.js";
import { waitForIndexing } from "./wait.js";
import { remoteHttpClient } from "../remote-client.js";

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Totoy knowledge bases (see the README's Totoy section): one text Source per page in the
 * knowledge base's project, linked to the knowledge base; kb-publish's state in each Source's
 * `custom_metadata`; a removed page is unlinked (its tombstone) and linked again when it returns.
 * Needs an API key and `knowledgeBaseId`; without them only a baseline plan (which never calls
 * the API) runs.
 */
export const createTotoyTarget: TargetFactory = (settings, context) => {
  const resolved = resolveTotoyConfig(settings);
  if (!resolved.ok && settings.baseline === undefined) throw new ConfigError(resolved.problems);
  let api: TotoyApi | undefined;
  const connect = (): TotoyApi => {
    if (!resolved.ok) throw new ConfigError(resolved.problems);
    return (api ??= new TotoyApi(remoteHttpClient(resolved.config, context, { auth: "bearer", rateLimit: resolved.config.rateLimit, concurrency: TOTOY_CONCURRENCY }), resolved.config.knowledgeBaseId));
  };
  const valueLimit = resolved.ok ? resolved.config.valueLimit : (settings.metadataValueLimit ?? TOTOY_METADATA_VALUE_CHARS);
  return totoyTarget({ settings, context, connect, valueLimit });
};

interface TargetParts {
  settings: Settings;
  context: TargetContext;
  connect: () => TotoyApi;
  valueLimit: number;
}

function totoyTarget({ settings, context, connect, valueLimit }: TargetParts): Target {
  const version = /^kb-publish\/([^\s(]+)/.exec(context.userAgent)?.[1];
  const knowledgeBaseId = settings.knowledgeBaseId ?? "";
  const learned: LinkContext["learned"] = { form: "multiple" };
  const sourcePaths = new Map<string, string>();
  let session: TotoySession | undefined;
  let unscoped: Listings | undefined;
  const writes = (): LinkContext => {
    if (!session) throw new Error("the totoy target wrote before reading its snapshot: expected snapshot() first");
    return { api: connect(), session, owner: settings.owner, knowledgeBaseId, version, valueLimit, learned };
  };
  return {
    name: "totoy",
    // Long ids are stored as digests, named from the run's ids (SnapshotScope): see buildSnapshot.
    capabilities: { softDelete: true, returnsContent: false, nativeTranslations: false, scopedSnapshot: true },
    // One Source per request: a batch is the unit of linking (one link request per batch).
    limits: { upsert: { maxItems: 100 }, delete: { maxItems: 100 }, concurrency: 1 },
    payloadOf: (doc) => totoyPayloadOf(doc, valueLimit),
    validate: (doc, payload) => validateTotoyPayload(doc, payload, valueLimit),
    checkPlan: (plan) => capacityProblems(plan, session?.linked.size, knowledgeBaseId),
    snapshot: async (scope) => {
      // The engine reads once without the run's ids (for the incremental planner), then once
      // with them: the second read names the same listing, so it is not fetched again.
      const listings = scope && unscoped ? unscoped : await readListings(connect());
      unscoped = scope ? undefined : listings;
      const read = buildSnapshot({ ...listings, owner: settings.owner, knowledgeBaseId, valueLimit, scope });
      session = read.session;
      if (session.duplicates.length > 0) context.log.warn(`Found ${session.duplicates.length} extra Source(s) of pages that already have one; a sync removes them`);
      return read.snapshot;
    },
    upsertBatch: (items) => {
      for (const item of items) sourcePaths.set(item.doc.externalId, item.doc.sourcePath);
      return upsertTotoyBatch(writes(), items);
    },
    deleteBatch: (records, mode) => deleteTotoyRecords(writes(), records, mode),
    finish: async () => {
      const notes = await finishTotoyRun(writes(), context.log);
      if (!settings.wait) return notes;
      const wait = { api: connect(), log: context.log, now: context.now ?? Date.now, sleep: context.sleep ?? realSleep };
      const timeoutMs = settings.waitTimeoutSeconds * 1000;
      return [...notes, ...(await waitForIndexing({ ...wait, timeoutMs, written: writes().session.written, sourcePaths }))];
    },
  };
}
