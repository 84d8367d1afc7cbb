/** `/sources` routes: create (JSON text Sources only), list, read, modify, delete. */
import type { EmulatorResponse } from "./http-util.js";
import { sourceOf, type RouteContext } from "./totoy-context.js";
import { toApiSource } from "./totoy-model.js";
import { fail } from "./totoy-problem.js";
import { checkBody, CREATE_TEXT, MODIFY_TEXT } from "./totoy-validate.js";

function create({ request, deps }: RouteContext): EmulatorResponse {
  const { store } = deps;
  const checked = checkBody(request.body.json, CREATE_TEXT, store.limits);
  if (!checked.ok) return fail("validation-error", 400, checked.detail, request.path);
  const body = checked.body;
  const projectId = (body.project_id as string | null | undefined) ?? store.defaultProject();
  if (!store.projects.has(projectId)) return fail("not-found", 404, `project ${projectId} was not found`, request.path);
  const created = store.createSource(
    {
      source_type: "text",
      text_content: body.text_content as string,
      project_id: projectId,
      title: (body.title as string | null | undefined) ?? null,
      backlink: (body.backlink as string | undefined) ?? null,
      valid_from: (body.valid_from as string | null | undefined) ?? null,
      valid_until: (body.valid_until as string | null | undefined) ?? null,
      custom_metadata: (body.custom_metadata as Record<string, unknown> | undefined) ?? {},
    },
    "api",
  );
  if (!created.ok) return created.response;
  return { status: 200, body: toApiSource(created.value, []) };
}

function list({ deps }: RouteContext): EmulatorResponse {
  const { store } = deps;
  return { status: 200, body: { data: [...store.sources.values()].map((s) => toApiSource(s, store.knowledgeBasesOf(s.source_id))) } };
}

function read(context: RouteContext): EmulatorResponse {
  const found = sourceOf(context);
  if ("response" in found) return found.response;
  return { status: 200, body: toApiSource(found.found, context.deps.store.knowledgeBasesOf(found.found.source_id)) };
}

function modify(context: RouteContext): EmulatorResponse {
  const { request, deps } = context;
  const found = sourceOf(context);
  if ("response" in found) return found.response;
  if (found.found.source_type !== "text") return fail("unsupported-media-type", 415, "a document Source is modified with multipart/form-data", request.path);
  const checked = checkBody(request.body.json, MODIFY_TEXT, deps.store.limits);
  if (!checked.ok) return fail("validation-error", 400, checked.detail, request.path);
  const modified = deps.store.modifySource(found.found, checked.body, "api");
  if (!modified.ok) return modified.response;
  return { status: 200, body: toApiSource(modified.value, deps.store.knowledgeBasesOf(modified.value.source_id)) };
}

function remove(context: RouteContext): EmulatorResponse {
  const found = sourceOf(context);
  if ("response" in found) return found.response;
  const deleted = context.deps.store.deleteSource(found.found);
  if (!deleted.ok) return deleted.response;
  return { status: 200, body: { source_id: found.found.source_id, deleted: true } };
}

export const SOURCE_ROUTES = [
  { pattern: ["sources"], methods: { POST: create, GET: list } },
  { pattern: ["sources", ":source_id"], methods: { GET: read, PATCH: modify, DELETE: remove } },
];
