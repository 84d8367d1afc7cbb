/** `/knowledge-bases/{id}` routes: read the knowledge base; list, add, read and remove its sources. */
import type { EmulatorResponse } from "./http-util.js";
import { knowledgeBaseOf, type RouteContext } from "./totoy-context.js";
import { toApiKnowledgeBase, toApiLink } from "./totoy-model.js";
import { fail } from "./totoy-problem.js";
import { checkLinkBody } from "./totoy-validate.js";

function readKnowledgeBase(context: RouteContext): EmulatorResponse {
  const kb = knowledgeBaseOf(context);
  return "response" in kb ? kb.response : { status: 200, body: toApiKnowledgeBase(kb.found) };
}

function listLinks(context: RouteContext): EmulatorResponse {
  const kb = knowledgeBaseOf(context);
  if ("response" in kb) return kb.response;
  const { store } = context.deps;
  const data = store.linksOf(kb.found.knowledge_base_id).map((link) => toApiLink(store.sources.get(link.source_id)!, link));
  return { status: 200, body: { data } };
}

/** `{source_id}` answers one KnowledgeBaseSource, `{source_ids}` a `{data}` list (T-OAS oneOf). */
function addLinks(context: RouteContext): EmulatorResponse {
  const { request, deps } = context;
  const kb = knowledgeBaseOf(context);
  if ("response" in kb) return kb.response;
  const checked = checkLinkBody(request.body.json);
  if (!checked.ok) return fail("validation-error", 400, checked.detail, request.path);
  if (deps.singleLinkOnly && !checked.single) return fail("validation-error", 400, 'unknown field "source_ids": send {"source_id": …}', request.path);
  const linked = deps.store.link(kb.found, checked.ids, "api");
  if (!linked.ok) return linked.response;
  const shown = linked.value.map((link) => toApiLink(deps.store.sources.get(link.source_id)!, link));
  return { status: 200, body: checked.single ? shown[0] : { data: shown } };
}

function readLink(context: RouteContext): EmulatorResponse {
  const kb = knowledgeBaseOf(context);
  if ("response" in kb) return kb.response;
  const { store } = context.deps;
  const link = store.linksOf(kb.found.knowledge_base_id).find((l) => l.source_id === context.params.source_id);
  if (!link) return fail("not-found", 404, `Source ${context.params.source_id} is not a source of this knowledge base`, context.request.path);
  return { status: 200, body: toApiLink(store.sources.get(link.source_id)!, link) };
}

function removeLink(context: RouteContext): EmulatorResponse {
  const kb = knowledgeBaseOf(context);
  if ("response" in kb) return kb.response;
  const sourceId = context.params.source_id!;
  const removed = context.deps.store.unlink(kb.found, sourceId);
  if (!removed.ok) return removed.response;
  return { status: 200, body: { knowledge_base_id: kb.found.knowledge_base_id, source_id: sourceId, deleted: true } };
}

export const KNOWLEDGE_BASE_ROUTES = [
  { pattern: ["knowledge-bases", ":knowledge_base_id"], methods: { GET: readKnowledgeBase } },
  { pattern: ["knowledge-bases", ":knowledge_base_id", "sources"], methods: { GET: listLinks, POST: addLinks } },
  { pattern: ["knowledge-bases", ":knowledge_base_id", "sources", ":source_id"], methods: { GET: readLink, DELETE: removeLink } },
];
