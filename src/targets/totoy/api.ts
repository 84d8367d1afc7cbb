import { ApiError } from "../../http/index.js";
import type { HttpClient, HttpRequest } from "../../http/index.js";

/** A Source as Totoy lists it (`Source`, or `KnowledgeBaseSource` with the link's indexing `status`). */
export interface TotoySource {
  source_id: string;
  source_type?: string;
  project_id?: string;
  title?: string;
  backlink?: string;
  valid_from?: string | null;
  valid_until?: string | null;
  custom_metadata?: Record<string, unknown>;
  updated_at?: string;
  /** On knowledge-base sources: `in_progress`, `completed` or `failed` (indexing). */
  status?: string;
}

/** The body of `POST /sources` (JSON: a text Source) or `PATCH /sources/{id}`. */
export type SourceBody = Record<string, unknown>;

/**
 * The Totoy endpoints kb-publish uses, for one knowledge base, with response shapes checked.
 * Errors are the client's ApiErrors (RFC 9457 `title: detail` already in the message, secrets
 * redacted) plus a hint for the ones a user can fix.
 */
export class TotoyApi {
  constructor(
    private readonly client: HttpClient,
    readonly knowledgeBaseId: string,
  ) {}

  private get kbPath(): string {
    return `/knowledge-bases/${encodeURIComponent(this.knowledgeBaseId)}`;
  }

  /** `GET /knowledge-bases/{id}`: the knowledge base's project, which every Source must share. */
  async projectId(): Promise<string> {
    const body = await this.send<unknown>({ method: "GET", path: this.kbPath });
    if (!isObject(body) || typeof body.project_id !== "string") throw unexpected(`GET ${this.kbPath}`, "a KnowledgeBase with project_id");
    return body.project_id;
  }

  /** `GET /sources`: every Source of the organisation, all projects (no pagination, no filters). */
  listSources(): Promise<TotoySource[]> {
    return this.list("/sources");
  }

  /** `GET /knowledge-bases/{id}/sources`: the Sources linked to the knowledge base, with indexing status. */
  listLinked(): Promise<TotoySource[]> {
    return this.list(`${this.kbPath}/sources`);
  }

  /** `POST /sources` (JSON). Not idempotent: an ambiguous failure is for the caller to resolve. */
  async createSource(body: SourceBody): Promise<TotoySource> {
    const created = await this.send<unknown>({ method: "POST", path: "/sources", body, idempotent: false });
    if (!isSource(created)) throw unexpected("POST /sources", "the created Source with a source_id");
    return created;
  }

  /** `PATCH /sources/{id}` with only the fields that change; the same body twice gives the same Source. */
  async modifySource(sourceId: string, body: SourceBody): Promise<void> {
    await this.send({ method: "PATCH", path: sourcePath(sourceId), body });
  }

  /** `DELETE /sources/{id}`; a 404 means it is already gone. */
  async deleteSource(sourceId: string): Promise<void> {
    await this.send({ method: "DELETE", path: sourcePath(sourceId), accept: [404] });
  }

  /** `POST /knowledge-bases/{id}/sources` with `source_ids`, or `source_id` for the single form. Not idempotent (a repeat is a conflict). */
  async link(sourceIds: string[], form: "multiple" | "single"): Promise<void> {
    const body = form === "single" ? { source_id: sourceIds[0] } : { source_ids: sourceIds };
    await this.send({ method: "POST", path: `${this.kbPath}/sources`, body, idempotent: false });
  }

  /** `DELETE /knowledge-bases/{id}/sources/{source}`: unlinks, keeps the Source; a 404 means it is not linked. */
  async unlink(sourceId: string): Promise<void> {
    await this.send({ method: "DELETE", path: `${this.kbPath}/sources/${encodeURIComponent(sourceId)}`, accept: [404] });
  }

  private async list(path: string): Promise<TotoySource[]> {
    const body = await this.send<unknown>({ method: "GET", path });
    if (!isObject(body) || !Array.isArray(body.data)) throw unexpected(`GET ${path}`, '{"data": [...]}');
    return body.data.filter(isSource);
  }

  private async send<T>(request: HttpRequest): Promise<T> {
    try {
      return (await this.client.request<T>(request)).body;
    } catch (error) {
      throw explained(error, request, this.knowledgeBaseId);
    }
  }
}

function sourcePath(sourceId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}`;
}

/** Adds what to do to the errors a user can fix. The message is already redacted; nothing here adds the key. */
function explained(error: unknown, request: HttpRequest, knowledgeBaseId: string): unknown {
  if (!(error instanceof ApiError) || error.kind !== "http") return error;
  const hint = hintFor(error, request, knowledgeBaseId);
  if (hint && !error.message.includes(hint)) error.message += ` — ${hint}`;
  return error;
}

function hintFor(error: ApiError, request: HttpRequest, knowledgeBaseId: string): string | undefined {
  if (error.status === 401) return "Totoy rejected the API key: check KB_PUBLISH_API_KEY (or --api-key) and that the key is still active";
  const readsKnowledgeBase = request.method === "GET" && request.path.startsWith("/knowledge-bases/");
  if (error.status === 404 && readsKnowledgeBase) {
    return `knowledge base ${knowledgeBaseId} was not found for this key's organization: check --knowledge-base-id and --api-url`;
  }
  return undefined;
}

function unexpected(request: string, expected: string): Error {
  return new Error(`${request} returned an unexpected response: expected ${expected} (is --api-url a Totoy API?)`);
}

function isSource(value: unknown): value is TotoySource {
  return isObject(value) && typeof value.source_id === "string" && value.source_id !== "";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
