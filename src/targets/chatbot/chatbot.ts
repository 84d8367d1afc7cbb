import { ConfigError } from "../../config/errors.js";
import { redact } from "../../http/index.js";
import type { TargetContext, TargetFactory } from "../context.js";
import { versionFromUserAgent } from "../heppu/marker.js";
import type { FinishReport, ItemResult, Target } from "../target.js";
import { createChatbotApi, type ChatbotApi } from "./api.js";
import { resolveChatbotConfig } from "./config.js";
import { publishedNotes } from "./notes.js";
import { pausesFor, type Pauses } from "./pauses.js";
import { chatbotPayloadOf, CHATBOT_LIMITS, validateChatbotPayload } from "./payload.js";
import { publish } from "./publish.js";
import { readSnapshot, type SourceState } from "./snapshot.js";
import { stageItems } from "./stage.js";
import { unstageItems } from "./unstage.js";

/**
 * Payload bytes per engine batch. The engine estimates payloads only; the marker, the id and the
 * version add up to about 1 KB per item, so this leaves room for them, and staging measures every
 * request exactly (splitting one that would pass 8,000,000 bytes) anyway.
 */
const ENGINE_BATCH_BYTES = 7_000_000;

/**
 * A Chatbot Developer API source (see the README's "Chatbot Developer API" section): pages are
 * staged as items (owner marker and fingerprint in `metadata`, the hash in `externalVersion`),
 * then one run is started and applied, which publishes a new generation. Needs an API URL, a key
 * and a source id; a baseline plan needs none of them.
 */
export const createChatbotTarget: TargetFactory = (settings, context) => {
  const resolved = resolveChatbotConfig(settings);
  if (!resolved.ok && settings.baseline === undefined) throw new ConfigError(resolved.problems);
  const pauses = pausesFor(context);
  let api: ChatbotApi | undefined;
  const connect = (): ChatbotApi => {
    if (!resolved.ok) throw new ConfigError(resolved.problems);
    return (api ??= createChatbotApi(resolved.config, context, pauses));
  };
  const timeoutMs = resolved.ok ? resolved.config.publishTimeoutMs : settings.waitTimeoutSeconds * 1000;
  const secrets = settings.apiKey ? [settings.apiKey] : [];
  return chatbotTarget({ owner: settings.owner, context, pauses, timeoutMs, secrets }, connect);
};

interface TargetOptions {
  owner: string;
  context: TargetContext;
  pauses: Pauses;
  /** How long an apply job is followed. */
  timeoutMs: number;
  /** The API key, kept out of every note. */
  secrets: string[];
}

function chatbotTarget({ owner, context, pauses, timeoutMs, secrets }: TargetOptions, connect: () => ChatbotApi): Target {
  const version = versionFromUserAgent(context.userAgent);
  const noticeGiven = { value: false };
  let state: SourceState | undefined;
  return {
    name: "chatbot",
    capabilities: { softDelete: true, returnsContent: false, nativeTranslations: false },
    limits: {
      upsert: { maxItems: CHATBOT_LIMITS.batchItems, maxBytes: ENGINE_BATCH_BYTES },
      delete: { maxItems: 50 },
      concurrency: 1,
    },
    payloadOf: chatbotPayloadOf,
    validate: validateChatbotPayload,
    snapshot: async () => {
      const read = await readSnapshot(connect(), owner, context.log, pauses.now());
      state = read.state;
      return read.snapshot;
    },
    upsertBatch: (items) => stageItems({ api: connect(), owner, version }, items),
    deleteBatch: (records, mode) => unstageItems({ api: connect(), log: context.log, noticeGiven }, records, mode),
    finish: async (results) => {
      if (!state) throw new Error("the chatbot target finished before reading its snapshot: expected snapshot() first");
      return publishStaged({ api: connect(), pauses, log: context.log, timeoutMs, secrets }, state, results);
    },
  };
}

/**
 * Runs and applies when this run staged anything or an earlier run left changes unpublished;
 * otherwise sends nothing at all.
 */
async function publishStaged(ctx: Parameters<typeof publish>[0], state: SourceState, results: ItemResult[]): Promise<FinishReport> {
  const staged = results.some((r) => r.status === "created" || r.status === "updated" || r.status === "deleted");
  if (!staged && state.unpublished === undefined) return { notes: [] };
  ctx.log.info(`Publishing: starting a run${staged ? "" : ` for changes an earlier run staged (${state.unpublished})`}`);
  const outcome = await publish(ctx, state.generation);
  if (!outcome.ok) return { notes: [], failure: outcome.failure };
  const { generation, run } = outcome;
  ctx.log.info(`Published generation ${generation.id}`);
  const report = { generationId: generation.id, number: generation.number, run, graceDays: state.source?.graceDays, now: ctx.pauses.now() };
  const notes = publishedNotes(staged ? report : { ...report, recovered: state.unpublished });
  return { notes: notes.map((note) => redact(note, ctx.secrets)) };
}
