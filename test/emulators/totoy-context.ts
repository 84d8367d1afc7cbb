import type { EmulatorRequest } from "./emulator-server.js";
import type { EmulatorResponse } from "./http-util.js";
import type { StoredKnowledgeBase, StoredSource } from "./totoy-model.js";
import { fail } from "./totoy-problem.js";
import type { TotoyStore } from "./totoy-state.js";

/** Long-lived pieces of one emulator. */
export interface TotoyDeps {
  store: TotoyStore;
  apiKeys: ReadonlySet<string>;
  /** Only `{source_id}` links are accepted, as on the rendered docs page of API 1.1.5. Default false. */
  singleLinkOnly: boolean;
}

/** One request after routing; path parameters are decoded and well-formed. */
export interface RouteContext {
  request: EmulatorRequest;
  deps: TotoyDeps;
  params: Record<string, string>;
}

export type Found<T> = { found: T } | { response: EmulatorResponse };

export function sourceOf(context: RouteContext): Found<StoredSource> {
  const id = context.params.source_id!;
  const source = context.deps.store.sources.get(id);
  return source ? { found: source } : { response: fail("not-found", 404, `Source ${id} was not found`, context.request.path) };
}

export function knowledgeBaseOf(context: RouteContext): Found<StoredKnowledgeBase> {
  const id = context.params.knowledge_base_id!;
  const kb = context.deps.store.knowledgeBases.get(id);
  return kb ? { found: kb } : { response: fail("not-found", 404, `knowledge base ${id} was not found`, context.request.path) };
}
