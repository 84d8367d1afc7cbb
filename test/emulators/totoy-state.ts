/**
 * The emulated organisation: projects, knowledge bases, Sources and links, with the contract's
 * rules (T-OAS descriptions; INF statuses from the contract notes): a Source belongs to one
 * project; only Sources of the knowledge base's project can be linked (409); a Source is linked
 * once (409); a knowledge base links at most 1,500 Sources and a project holds at most 10,000
 * (403, hard limits); a linked Source cannot be deleted or moved to another project (409).
 * Every committed change is written to the audit, whatever happens to the response afterwards.
 */
import type { EmulatorResponse } from "./http-util.js";
import type { Random } from "./prng.js";
import { advanceIndexing } from "./totoy-indexing.js";
import { newId } from "./totoy-ids.js";
import type { StoredKnowledgeBase, StoredLink, StoredSource } from "./totoy-model.js";
import { fail } from "./totoy-problem.js";

/** Limits the emulator enforces. */
export interface TotoyLimits {
  knowledgeBaseSources: number;
  projectSources: number;
  /** Organisation-wide text Sources (T-DOCS organization example: 50,000, `type: hard`). */
  textSources: number;
  /** Longest custom_metadata key and value (INF: UNK in the contract). */
  metadataValueChars: number;
}

export const DEFAULT_LIMITS: TotoyLimits = { knowledgeBaseSources: 1500, projectSources: 10_000, textSources: 50_000, metadataValueChars: 512 };

/** One committed change. `by: "test"` marks changes made without a request (seeds, edits by hand). */
export interface AuditEntry {
  action: "create" | "modify" | "delete" | "link" | "unlink";
  source_id: string;
  knowledge_base_id?: string;
  /** For `modify`: the fields the request set. */
  fields?: string[];
  by: "api" | "test";
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; response: EmulatorResponse };

export interface StoreOptions {
  random: Random;
  now: () => number;
  limits: TotoyLimits;
  indexingDelayMs: number;
  /** True when indexing this Source must end in `failed`. */
  failsIndexing: (source: StoredSource) => boolean;
}

export class TotoyStore {
  readonly projects = new Map<string, { project_id: string; is_default: boolean }>();
  readonly knowledgeBases = new Map<string, StoredKnowledgeBase>();
  readonly sources = new Map<string, StoredSource>();
  private readonly links = new Map<string, Map<string, StoredLink>>();
  readonly audit: AuditEntry[] = [];

  constructor(private readonly options: StoreOptions) {}

  get limits(): TotoyLimits {
    return this.options.limits;
  }

  addProject(isDefault: boolean): string {
    const project_id = newId("pj", this.options.random);
    this.projects.set(project_id, { project_id, is_default: isDefault });
    return project_id;
  }

  addKnowledgeBase(projectId: string, name = "Docs assistant"): string {
    const knowledge_base_id = newId("kb", this.options.random);
    const at = this.options.now();
    this.knowledgeBases.set(knowledge_base_id, { knowledge_base_id, name, instructions: "Answer from the docs.", project_id: projectId, created_at: at, updated_at: at });
    this.links.set(knowledge_base_id, new Map());
    return knowledge_base_id;
  }

  defaultProject(): string {
    return [...this.projects.values()].find((p) => p.is_default)!.project_id;
  }

  /** The links of a knowledge base, indexing advanced to now. */
  linksOf(knowledgeBaseId: string): StoredLink[] {
    const links = [...(this.links.get(knowledgeBaseId)?.values() ?? [])];
    for (const link of links) advanceIndexing(link, this.sources.get(link.source_id)!, this.indexing());
    return links;
  }

  knowledgeBasesOf(sourceId: string): string[] {
    return [...this.links].filter(([, links]) => links.has(sourceId)).map(([kb]) => kb);
  }

  createSource(fields: Omit<StoredSource, "source_id" | "created_at" | "updated_at">, by: AuditEntry["by"]): Outcome<StoredSource> {
    const inProject = [...this.sources.values()].filter((s) => s.project_id === fields.project_id).length;
    if (inProject >= this.limits.projectSources) return refused("limit-reached", 403, `project ${fields.project_id} holds ${inProject} Sources, the most it may hold`);
    const texts = [...this.sources.values()].filter((s) => s.source_type === "text").length;
    if (fields.source_type === "text" && texts >= this.limits.textSources) return refused("limit-reached", 403, `the organization holds ${texts} text Sources, its hard limit`);
    const at = this.options.now();
    const source: StoredSource = { ...structuredClone(fields), source_id: newId("src", this.options.random), created_at: at, updated_at: at };
    this.sources.set(source.source_id, source);
    this.audit.push({ action: "create", source_id: source.source_id, by });
    return { ok: true, value: source };
  }

  /** Applies a checked PATCH body; moving a linked Source to another project is a conflict. */
  modifySource(source: StoredSource, body: Record<string, unknown>, by: AuditEntry["by"]): Outcome<StoredSource> {
    const target = body.project_id === null ? this.defaultProject() : (body.project_id as string | undefined);
    if (target !== undefined && target !== source.project_id) {
      if (!this.projects.has(target)) return refused("not-found", 404, `project ${target} was not found`);
      const used = this.knowledgeBasesOf(source.source_id);
      if (used.length > 0) return refused("conflict", 409, `Source ${source.source_id} is used by ${used.join(", ")}; only a Source no knowledge base uses can move to another project`);
    }
    const next = { ...source, ...structuredClone(body), project_id: target ?? source.project_id } as StoredSource;
    if (next.valid_from && next.valid_until && Date.parse(next.valid_until) <= Date.parse(next.valid_from)) {
      return refused("validation-error", 400, `"valid_until" (${next.valid_until}) must be later than "valid_from" (${next.valid_from})`);
    }
    const fields = Object.keys(body).sort();
    if (fields.length === 0) return { ok: true, value: source };
    Object.assign(source, next, { updated_at: Math.max(this.options.now(), source.updated_at + 1) });
    for (const kb of this.knowledgeBasesOf(source.source_id)) this.reindex(this.links.get(kb)!.get(source.source_id)!);
    this.audit.push({ action: "modify", source_id: source.source_id, fields, by });
    return { ok: true, value: source };
  }

  deleteSource(source: StoredSource): Outcome<void> {
    const used = this.knowledgeBasesOf(source.source_id);
    if (used.length > 0) return refused("conflict", 409, `Source ${source.source_id} is used by ${used.join(", ")}; remove it from every knowledge base first`);
    this.sources.delete(source.source_id);
    this.audit.push({ action: "delete", source_id: source.source_id, by: "api" });
    return { ok: true, value: undefined };
  }

  /** Links every id or none (INF): unknown ids 404, another project or already linked 409, over the limit 403. */
  link(kb: StoredKnowledgeBase, ids: string[], by: AuditEntry["by"]): Outcome<StoredLink[]> {
    const links = this.links.get(kb.knowledge_base_id)!;
    for (const id of ids) {
      const source = this.sources.get(id);
      if (!source) return refused("not-found", 404, `Source ${id} was not found`);
      if (source.project_id !== kb.project_id) {
        return refused("conflict", 409, `Source ${id} belongs to project ${source.project_id}; only Sources of the knowledge base's project ${kb.project_id} can be added`);
      }
      if (links.has(id)) return refused("conflict", 409, `Source ${id} is already a source of knowledge base ${kb.knowledge_base_id}`);
    }
    if (links.size + ids.length > this.limits.knowledgeBaseSources) {
      return refused("limit-reached", 403, `knowledge base ${kb.knowledge_base_id} has ${links.size} sources; adding ${ids.length} would pass its limit of ${this.limits.knowledgeBaseSources}`);
    }
    const added = ids.map((source_id) => {
      const link: StoredLink = { source_id, knowledge_base_id: kb.knowledge_base_id, status: "in_progress", since: this.options.now() };
      links.set(source_id, link);
      this.audit.push({ action: "link", source_id, knowledge_base_id: kb.knowledge_base_id, by });
      return link;
    });
    return { ok: true, value: added };
  }

  unlink(kb: StoredKnowledgeBase, sourceId: string): Outcome<void> {
    const links = this.links.get(kb.knowledge_base_id)!;
    if (!links.delete(sourceId)) return refused("not-found", 404, `Source ${sourceId} is not a source of knowledge base ${kb.knowledge_base_id}`);
    this.audit.push({ action: "unlink", source_id: sourceId, knowledge_base_id: kb.knowledge_base_id, by: "api" });
    return { ok: true, value: undefined };
  }

  private reindex(link: StoredLink): void {
    link.status = "in_progress";
    link.since = this.options.now();
  }

  private indexing() {
    return { now: this.options.now(), delayMs: this.options.indexingDelayMs, fails: this.options.failsIndexing };
  }
}

function refused(slug: string, status: number, detail: string): { ok: false; response: EmulatorResponse } {
  return { ok: false, response: fail(slug, status, detail) };
}
