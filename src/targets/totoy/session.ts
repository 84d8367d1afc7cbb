import type { TotoySource } from "./api.js";

/** A page's Source whose link waits for room in the knowledge base (see link.ts). */
export interface PendingLink {
  externalId: string;
  sourceId: string;
}

/** What one run knows about the knowledge base, read by the snapshot and kept current by the writes. */
export interface TotoySession {
  /** The knowledge base's project: every Source kb-publish creates or adopts belongs to it. */
  projectId: string;
  /** Sources linked to the knowledge base now, of every owner. */
  linked: Set<string>;
  /** Extra Sources of one page (left by a create whose answer was lost), removed at the end of a sync. */
  duplicates: TotoySource[];
  /** The Source of each page written this run, for `--wait`. */
  written: Map<string, string>;
  /** Links postponed until unlinks make room (at most 1,500 per knowledge base). */
  deferred: PendingLink[];
  /** Pages whose provenance did not fit `metadata-value-limit` (left out, so planned by full derivation). */
  provenanceDropped: number;
  /** Pages that lost their backlink, which Totoy cannot clear (`backlink` is not nullable in a PATCH). */
  backlinksKept: string[];
}

export function newSession(projectId: string, linked: Iterable<string>, duplicates: TotoySource[]): TotoySession {
  return {
    projectId,
    linked: new Set(linked),
    duplicates,
    written: new Map(),
    deferred: [],
    provenanceDropped: 0,
    backlinksKept: [],
  };
}
