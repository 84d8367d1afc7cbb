import { ApiError } from "../../http/index.js";
import type { ChatbotApi } from "./api.js";

/** What kb-publish reads of the source (INF shape `{ source: {...} }`); every field optional. */
export interface SourceInfo {
  /** Days a removed item stays a restorable tombstone after the publish that removes it. */
  graceDays?: number;
  /** The source's most recent run, when the source reports one (`lastRunId` or `lastRun.id`, INF). */
  lastRunId?: string;
}

/** The active generation (INF shape `{ generation: {...} | null }`). */
export interface Generation {
  id: string;
  number?: number;
  runId?: string;
  publishedAt?: string;
  counts?: Record<string, unknown>;
}

/** One run, as `POST …/runs` and `GET …/runs/{id}` return it. */
export interface RunInfo {
  id: string;
  status?: string;
  discoveryComplete?: boolean;
  changeCounts?: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * `GET /v1/sources/{id}` (INF path), read only for the grace window and the last run, which a sync
 * can do without: a 403 (no `sources:read`), 404 or 405 (an API without this path) gives the
 * reason instead. A wrong source id still stops the run, at the items listing.
 */
export async function readSourceInfo(api: ChatbotApi): Promise<SourceInfo | { unreadable: string }> {
  try {
    const { body } = await api.read<{ source?: unknown }>(api.paths.source);
    const source = isObject(body?.source) ? body.source : {};
    const info: SourceInfo = {};
    if (typeof source.graceDays === "number" && source.graceDays >= 0) info.graceDays = source.graceDays;
    const lastRun = text(source.lastRunId) ?? (isObject(source.lastRun) ? text(source.lastRun.id) : undefined);
    if (lastRun !== undefined) info.lastRunId = lastRun;
    return info;
  } catch (error) {
    if (error instanceof ApiError && [403, 404, 405].includes(error.status ?? 0)) return { unreadable: `${error.status} ${error.code ?? ""}`.trim() };
    throw error;
  }
}

/** `GET …/generation`: the generation serving now, or null before the first publish. */
export async function readGeneration(api: ChatbotApi): Promise<Generation | null> {
  const { body } = await api.read<{ generation?: unknown }>(api.paths.generation);
  return generationOf(body?.generation);
}

export function generationOf(value: unknown): Generation | null {
  if (!isObject(value)) return null;
  const id = text(value.id) ?? text(value.generationId);
  if (id === undefined) return null;
  const generation: Generation = { id };
  if (typeof value.number === "number") generation.number = value.number;
  if (text(value.runId)) generation.runId = text(value.runId);
  if (text(value.publishedAt)) generation.publishedAt = text(value.publishedAt);
  if (isObject(value.counts)) generation.counts = value.counts;
  return generation;
}

/** `GET …/runs/{id}`, or undefined when the run cannot be read (gone, or no access). */
export async function readRun(api: ChatbotApi, runId: string): Promise<RunInfo | undefined> {
  try {
    const { body } = await api.read<{ run?: unknown }>(api.paths.run(runId));
    return runOf(body?.run);
  } catch (error) {
    if (error instanceof ApiError && error.kind === "http" && error.status !== undefined && error.status < 500) return undefined;
    throw error;
  }
}

export function runOf(value: unknown): RunInfo | undefined {
  if (!isObject(value) || text(value.id) === undefined) return undefined;
  const run: RunInfo = { id: text(value.id) as string };
  if (text(value.status)) run.status = text(value.status);
  if (typeof value.discoveryComplete === "boolean") run.discoveryComplete = value.discoveryComplete;
  if (isObject(value.changeCounts)) run.changeCounts = value.changeCounts;
  return run;
}
