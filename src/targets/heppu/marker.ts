import { readProvenance } from "../provenance.js";
import type { Fingerprint, Provenance } from "../target.js";

/** The metadata key that holds kb-publish's marker on every source it writes. */
export const MARKER_KEY = "kbPublish";

/**
 * kb-publish's state, stored inside each source's metadata: who wrote it, the fingerprint of the
 * payload it wrote, and the tool version. A source without a valid marker is foreign.
 */
export interface Marker {
  owner: string;
  /** sha256 of the canonical payload (see `fingerprintOf`). */
  hash: string;
  /** Short digest per payload field (`title`, `content`, `metadata`), so plans say what changed. */
  parts: Record<string, string>;
  /** kb-publish version that wrote the source, when known. */
  version?: string;
  /** What the source was derived from (see `Provenance`), when known. */
  provenance?: Provenance;
}

/** Marker hash of a source whose content was temporarily rewritten to refresh its metadata (see refresh.ts). */
export const REFRESH_PENDING = "refresh-pending";

export function markerOf(owner: string, fingerprint: Fingerprint, version: string | undefined, provenance?: Provenance): Marker {
  const marker: Marker = { owner, hash: fingerprint.hash, parts: fingerprint.parts };
  if (version !== undefined) marker.version = version;
  if (provenance !== undefined) marker.provenance = provenance;
  return marker;
}

/** The metadata sent for a payload: its own fields plus the marker. */
export function withMarker(metadata: unknown, marker: Marker): Record<string, unknown> {
  const own = isObject(metadata) ? metadata : {};
  return { ...own, [MARKER_KEY]: marker };
}

/** The marker in a listed source's metadata, or undefined when it is missing or malformed. */
export function readMarker(metadata: unknown): Marker | undefined {
  if (!isObject(metadata)) return undefined;
  const marker = metadata[MARKER_KEY];
  if (!isObject(marker)) return undefined;
  const { owner, hash, parts, version, provenance } = marker;
  if (typeof owner !== "string" || typeof hash !== "string" || !isObject(parts)) return undefined;
  if (!Object.values(parts).every((v) => typeof v === "string")) return undefined;
  const read: Marker = { owner, hash, parts: parts as Record<string, string> };
  if (typeof version === "string") read.version = version;
  const derivedFrom = readProvenance(provenance);
  if (derivedFrom) read.provenance = derivedFrom;
  return read;
}

/** The kb-publish version from a User-Agent like `kb-publish/0.1.0 (cli; node v20)`. */
export function versionFromUserAgent(userAgent: string): string | undefined {
  return /^kb-publish\/([^\s(]+)/.exec(userAgent)?.[1];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
