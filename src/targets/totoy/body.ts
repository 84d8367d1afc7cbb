import type { Fingerprint, Upsert } from "../target.js";
import type { SourceBody } from "./api.js";
import { markerPairs } from "./marker.js";
import type { TotoySession } from "./session.js";

/** What writing a Source needs to know beyond the item: who writes, for which knowledge base. */
export interface StampContext {
  owner: string;
  knowledgeBaseId: string;
  /** kb-publish version for the marker, when known. */
  version?: string;
  valueLimit: number;
  session: TotoySession;
}

/** Payload fields a PATCH may carry besides `custom_metadata` (which carries the marker, so always changes). */
const FIELDS = ["text_content", "title", "backlink", "valid_from", "valid_until"] as const;
/** Fields Totoy lets a PATCH clear with null (T-OAS `ModifyTextSourceRequest`: only these are nullable). */
const NULLABLE = new Set<string>(["valid_from", "valid_until"]);

/** The page's own metadata plus the marker holding this payload's fingerprint (and provenance, when it fits). */
export function metadataWithMarker(ctx: StampContext, item: Upsert): Record<string, string> {
  const own = (item.payload.custom_metadata ?? {}) as Record<string, string>;
  const written = markerPairs(
    {
      owner: ctx.owner,
      knowledgeBaseId: ctx.knowledgeBaseId,
      externalId: item.doc.externalId,
      fingerprint: item.fingerprint,
      version: ctx.version,
      provenance: item.provenance,
    },
    ctx.valueLimit,
  );
  if (written.provenanceDropped) ctx.session.provenanceDropped += 1;
  return { ...own, ...written.pairs };
}

/** `POST /sources` body: a text Source in the knowledge base's project. */
export function createBody(ctx: StampContext, item: Upsert): SourceBody {
  const { custom_metadata: _own, ...fields } = item.payload;
  return { ...fields, project_id: ctx.session.projectId, custom_metadata: metadataWithMarker(ctx, item) };
}

/**
 * `PATCH /sources/{id}` body: the fields whose digest differs from the stored fingerprint (all
 * of them when it has no parts), a removed period bound as null, and the metadata. A removed
 * backlink cannot be cleared (not nullable): it is noted and kept.
 */
export function patchBody(ctx: StampContext, item: Upsert, stored: Fingerprint | undefined): SourceBody {
  const known = stored && Object.keys(stored.parts).length > 0 ? stored.parts : undefined;
  const body: SourceBody = {};
  for (const field of FIELDS) {
    if (known && known[field] === item.fingerprint.parts[field]) continue;
    const value = item.payload[field];
    if (value !== undefined) body[field] = value;
    else if (NULLABLE.has(field)) body[field] = null;
    else if (field === "backlink" && known?.backlink !== undefined) ctx.session.backlinksKept.push(item.doc.externalId);
  }
  body.custom_metadata = metadataWithMarker(ctx, item);
  return body;
}
