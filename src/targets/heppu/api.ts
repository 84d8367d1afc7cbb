import { ApiError, parseVendorError, redact } from "../../http/index.js";
import type { HttpClient } from "../../http/index.js";
import { explainApiError } from "./errors.js";

/** One source as `GET /kb/sources` lists it (no content, no hash: DOC H-SRC). */
export interface ListedSource {
  id?: string;
  externalId: string;
  title?: string;
  status?: string;
  error?: string | null;
  updatedAt?: string;
  metadata?: unknown;
}

export interface ListPage {
  sources: ListedSource[];
  total: number;
  hasMore: boolean;
}

export interface ListQuery {
  offset: number;
  limit: number;
  status?: string;
  externalId?: string;
}

/** One source in a batch request. */
export interface SourceBody {
  externalId: string;
  title: string;
  content: string;
  metadata: Record<string, unknown>;
}

/** One entry of `data.results` of a batch (DOC H-BATCH). */
export interface BatchItemResult {
  index?: number;
  externalId?: string | null;
  status: string;
  error?: string | null;
}

export interface DeleteOutcome {
  deleted: string[];
  notFound: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The three Heppu endpoints kb-publish uses, with response shapes checked and errors explained. */
export class HeppuApi {
  constructor(
    private readonly client: HttpClient,
    private readonly collectionId: string,
    private readonly secrets: string[],
  ) {}

  /** `GET /kb/sources` with filters; one page. */
  async listPage(query: ListQuery): Promise<ListPage> {
    const response = await this.call(() =>
      this.client.request({ method: "GET", path: "/kb/sources", query: { collectionId: this.collectionId, ...query } }),
    );
    const data = isObject(response.body) ? response.body.data : undefined;
    const pagination = isObject(data) ? data.pagination : undefined;
    if (!isObject(data) || !Array.isArray(data.sources) || !isObject(pagination)) {
      throw unexpected("GET /kb/sources", "data.sources and data.pagination");
    }
    const sources = data.sources.filter((s): s is ListedSource => isObject(s) && typeof s.externalId === "string");
    const total = typeof pagination.total === "number" ? pagination.total : sources.length;
    return { sources, total, hasMore: pagination.hasMore === true };
  }

  /** `POST /kb/sources/batch`. A 400 with per-item results (all failed) is data; any other 400 throws. */
  async upsertBatch(sources: SourceBody[]): Promise<BatchItemResult[]> {
    const path = "/kb/sources/batch";
    const response = await this.call(() =>
      this.client.request({ method: "POST", path, body: { collectionId: this.collectionId, sources }, accept: [400] }),
    );
    const data = isObject(response.body) ? response.body.data : undefined;
    const results = isObject(data) ? data.results : undefined;
    if (!Array.isArray(results)) {
      if (response.status === 400) throw this.rejected(path, response.body);
      throw unexpected(`POST ${path}`, "data.results");
    }
    return results.filter(isObject).map((r) => ({
      index: typeof r.index === "number" ? r.index : undefined,
      externalId: typeof r.externalId === "string" ? r.externalId : undefined,
      status: typeof r.status === "string" ? r.status : "missing",
      error: typeof r.error === "string" ? redact(r.error, this.secrets) : undefined,
    }));
  }

  /** `DELETE /kb/sources` (at most 100 ids). */
  async deleteIds(externalIds: string[]): Promise<DeleteOutcome> {
    const response = await this.call(() =>
      this.client.request({ method: "DELETE", path: "/kb/sources", body: { collectionId: this.collectionId, externalIds } }),
    );
    // The success status is undocumented (H-ERR says 204 for deletions): an empty 2xx means all deleted.
    if (response.body === undefined) return { deleted: externalIds, notFound: [] };
    const data = isObject(response.body) ? response.body.data : undefined;
    if (!isObject(data)) throw unexpected("DELETE /kb/sources", "data.deletedExternalIds and data.notFound");
    const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
    return { deleted: strings(data.deletedExternalIds), notFound: strings(data.notFound) };
  }

  private async call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw explainApiError(error, this.collectionId);
    }
  }

  /** A 400 that is a request-level validation error (e.g. "Maximum 50 sources per batch"). */
  private rejected(path: string, body: unknown): ApiError {
    const vendor = parseVendorError(400, body);
    const detail = vendor?.message ?? "the request was rejected without a reason";
    const message = redact(`POST ${path} failed: 400${vendor?.code ? ` ${vendor.code}` : ""}: ${detail}`, this.secrets);
    return new ApiError({ kind: "http", status: 400, code: vendor?.code, message, retryable: false });
  }
}

function unexpected(request: string, expected: string): Error {
  return new Error(`${request} returned an unexpected response: expected a JSON body with ${expected} (is --api-url a Heppu API?)`);
}
