/** What every Chatbot route handler receives. */
import type { EmulatorRequest } from "./emulator-server.js";
import type { ChatbotKey } from "./chatbot-auth.js";
import type { ApplyControls } from "./chatbot-controls.js";
import type { GuardDeps } from "./chatbot-guard.js";
import type { Source } from "./chatbot-model.js";
import type { SlidingWindow } from "./chatbot-rate.js";
import type { ChatbotStore } from "./chatbot-state.js";
import type { EmulatorResponse } from "./http-util.js";

/** Long-lived pieces of one emulator. */
export interface ChatbotDeps extends GuardDeps {
  store: ChatbotStore;
  keys: ReadonlyMap<string, ChatbotKey>;
  controls: ApplyControls;
  /** Undefined when rate limiting is off. */
  limiter: SlidingWindow | undefined;
  /** `async`: apply answers 202 and a job; `sync`: 200 `{status: "published"}` (both DOC). */
  applyMode: "async" | "sync";
  /** Whether a source reports `lastRunId` (INF). */
  reportLastRun: boolean;
  /** The message a batch holding this id must be refused with, when a test asked (faults.rejectSource). */
  rejectionFor: (externalItemId: string) => string | undefined;
  /** Snapshot calls made while a seeded foreign item was staged. */
  audit: { snapshotsOverForeign: number; foreignIds: Set<string> };
}

export interface RouteContext {
  request: EmulatorRequest;
  deps: ChatbotDeps;
  /** The source named by the path (routes under /v1/sources/{id}). */
  source: Source;
  /** Decoded path parameters. */
  params: { itemId?: string; runId?: string };
}

export type RouteHandler = (context: RouteContext) => EmulatorResponse;
