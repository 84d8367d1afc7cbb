/** Totoy objects as the emulator stores and returns them (T-OAS `Source`, `KnowledgeBaseSource`, `KnowledgeBase`). */

export type IndexingStatus = "in_progress" | "completed" | "failed";

/** A stored Source; times in ms of the emulator clock. */
export interface StoredSource {
  source_id: string;
  source_type: "text" | "document";
  /** The text of a text Source; empty for documents. */
  text_content: string;
  project_id: string;
  title: string | null;
  backlink: string | null;
  valid_from: string | null;
  valid_until: string | null;
  custom_metadata: Record<string, unknown>;
  created_at: number;
  updated_at: number;
}

/** A Source linked to a knowledge base, with the link's indexing state. */
export interface StoredLink {
  source_id: string;
  knowledge_base_id: string;
  status: IndexingStatus;
  /** When the current indexing began. */
  since: number;
}

export interface StoredKnowledgeBase {
  knowledge_base_id: string;
  name: string;
  instructions: string;
  project_id: string;
  created_at: number;
  updated_at: number;
}

/** A Source as tests see it: every field, the knowledge bases it is linked to, ISO times. */
export interface EmulatedSource extends Omit<StoredSource, "created_at" | "updated_at"> {
  created_at: string;
  updated_at: string;
  knowledge_base_ids: string[];
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Size in bytes: UTF-8 of the text (the spec's examples are off by one; clients must not rely on it). */
function bytesOf(source: StoredSource): number {
  return Buffer.byteLength(source.text_content, "utf8");
}

/** The `Source` shape: unset optional fields are omitted like in the spec examples; `status`/`pages` only for documents. */
export function toApiSource(source: StoredSource, knowledgeBaseIds: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    source_id: source.source_id,
    source_type: source.source_type,
    bytes: bytesOf(source),
    created_at: iso(source.created_at),
    updated_at: iso(source.updated_at),
    project_id: source.project_id,
    valid_from: source.valid_from,
    valid_until: source.valid_until,
    custom_metadata: structuredClone(source.custom_metadata),
    knowledge_base_ids: knowledgeBaseIds,
  };
  if (source.title !== null) out.title = source.title;
  if (source.backlink !== null) out.backlink = source.backlink;
  if (source.source_type === "document") Object.assign(out, { status: "completed", pages: 1, document_file_name: "document.pdf" });
  return out;
}

/** The `KnowledgeBaseSource` shape: the Source plus the knowledge base and the link's indexing `status`. */
export function toApiLink(source: StoredSource, link: StoredLink): Record<string, unknown> {
  const { knowledge_base_ids: _ids, status: _parsing, pages: _pages, ...fields } = toApiSource(source, []);
  return { ...fields, knowledge_base_id: link.knowledge_base_id, status: link.status };
}

export function toApiKnowledgeBase(kb: StoredKnowledgeBase): Record<string, unknown> {
  return { ...kb, created_at: iso(kb.created_at), updated_at: iso(kb.updated_at) };
}

export function toEmulated(source: StoredSource, knowledgeBaseIds: string[]): EmulatedSource {
  return { ...structuredClone(source), created_at: iso(source.created_at), updated_at: iso(source.updated_at), knowledge_base_ids: knowledgeBaseIds };
}
