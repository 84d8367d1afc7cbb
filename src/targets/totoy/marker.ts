import { canonicalJson, sha256 } from "../../documents/hash.js";
import { readProvenance } from "../provenance.js";
import type { Fingerprint, Provenance } from "../target.js";

/**
 * kb-publish's state inside each Source's `custom_metadata`, one string per pair, because Totoy
 * has no external ids: the pairs say who wrote the Source, for which page, from which payload.
 * A Source without a readable marker is foreign and is never patched, unlinked or deleted.
 */
export const MARKER_KEYS = {
  owner: "kbp_owner",
  /** The knowledge base the Source was written for: two knowledge bases of one project never share Sources. */
  knowledgeBase: "kbp_kb",
  /** The page's external id, or `sha256:<hex>` of it when longer than the value limit. */
  id: "kbp_id",
  /** `{"hash":…,"parts":{…},"version":…}`; parts are left out when they do not fit. */
  fingerprint: "kbp_fingerprint",
  /** The provenance as canonical JSON, left out when it does not fit. */
  provenance: "kbp_provenance",
} as const;

/** Pairs kept for the marker whether or not each is written, so the room left for user metadata never varies. */
export const MARKER_PAIRS = Object.keys(MARKER_KEYS).length;

/** Keys with this prefix belong to kb-publish; frontmatter keys like it are never sent. */
export const MARKER_PREFIX = "kbp_";

const DIGEST_PREFIX = "sha256:";

/** What the marker says about one Source. */
export interface Marker {
  owner: string;
  knowledgeBaseId: string;
  /** `kbp_id` as stored: the external id, or its digest (see `storedIdOf`). */
  storedId: string;
  fingerprint?: Fingerprint;
  /** kb-publish version that wrote the Source. */
  version?: string;
  provenance?: Provenance;
}

/** True for an id as `storedIdOf` digests a long one. */
export function isDigest(storedId: string): boolean {
  return storedId.startsWith(DIGEST_PREFIX);
}

/** The id as it is stored in `kbp_id`: itself when it fits `limit`, else `sha256:<hex>` of it. */
export function storedIdOf(externalId: string, limit: number): string {
  return externalId.length <= limit ? externalId : `${DIGEST_PREFIX}${sha256(externalId)}`;
}

/** What was left out of a marker because a value would pass the limit. */
export interface MarkerWritten {
  pairs: Record<string, string>;
  partsDropped: boolean;
  provenanceDropped: boolean;
}

/** The marker's pairs for one page, every value at most `limit` characters. */
export function markerPairs(marker: Omit<Marker, "storedId"> & { externalId: string }, limit: number): MarkerWritten {
  const pairs: Record<string, string> = {
    [MARKER_KEYS.owner]: marker.owner,
    [MARKER_KEYS.knowledgeBase]: marker.knowledgeBaseId,
    [MARKER_KEYS.id]: storedIdOf(marker.externalId, limit),
  };
  let partsDropped = false;
  if (marker.fingerprint) {
    const { hash, parts } = marker.fingerprint;
    const full = canonicalJson({ hash, parts, version: marker.version });
    partsDropped = full.length > limit;
    pairs[MARKER_KEYS.fingerprint] = partsDropped ? canonicalJson({ hash, version: marker.version }) : full;
  }
  const provenance = marker.provenance === undefined ? undefined : canonicalJson(marker.provenance);
  const provenanceDropped = provenance !== undefined && provenance.length > limit;
  if (provenance !== undefined && !provenanceDropped) pairs[MARKER_KEYS.provenance] = provenance;
  return { pairs, partsDropped, provenanceDropped };
}

/** The marker in a Source's `custom_metadata`, or undefined when it has none (a foreign Source). */
export function readMarker(metadata: unknown): Marker | undefined {
  if (!isObject(metadata)) return undefined;
  const [owner, knowledgeBaseId, storedId] = [MARKER_KEYS.owner, MARKER_KEYS.knowledgeBase, MARKER_KEYS.id].map((key) => metadata[key]);
  if (!isText(owner) || !isText(knowledgeBaseId) || !isText(storedId)) return undefined;
  const marker: Marker = { owner, knowledgeBaseId, storedId };
  const stamp = parseJson(metadata[MARKER_KEYS.fingerprint]);
  const fingerprint = readFingerprint(stamp);
  if (fingerprint) marker.fingerprint = fingerprint;
  if (isObject(stamp) && typeof stamp.version === "string") marker.version = stamp.version;
  const provenance = readProvenance(parseJson(metadata[MARKER_KEYS.provenance]));
  if (provenance) marker.provenance = provenance;
  return marker;
}

/** A fingerprint read back; one without parts makes the plan say "format changed" and PATCH every field. */
function readFingerprint(parsed: unknown): Fingerprint | undefined {
  if (!isObject(parsed) || typeof parsed.hash !== "string") return undefined;
  const parts = isObject(parsed.parts) && Object.values(parsed.parts).every((v) => typeof v === "string") ? parsed.parts : {};
  return { hash: parsed.hash, parts: { ...(parts as Record<string, string>) } };
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
