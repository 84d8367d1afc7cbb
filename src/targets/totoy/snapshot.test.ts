import { describe, expect, it } from "vitest";
import { fingerprintOf } from "../../documents/hash.js";
import type { TotoySource } from "./api.js";
import { markerPairs, storedIdOf } from "./marker.js";
import { buildSnapshot } from "./snapshot.js";

const KB = "kb_aaaaaaaaaaaaaaaaaaaaaaaaa";
const OTHER_KB = "kb_bbbbbbbbbbbbbbbbbbbbbbbbb";
const PROJECT = "pj_ppppppppppppppppppppppppp";
const fingerprint = fingerprintOf({ text_content: "x" });

function source(id: string, page: string | undefined, extra: Partial<TotoySource> & { owner?: string; kb?: string } = {}): TotoySource {
  const { owner = "kb-publish", kb = KB, ...fields } = extra;
  const marker = page === undefined ? {} : markerPairs({ owner, knowledgeBaseId: kb, externalId: page, fingerprint }, 512).pairs;
  return { source_id: id, project_id: PROJECT, title: page ?? "by hand", updated_at: "2026-01-01T00:00:00Z", custom_metadata: { ...marker, team: "x" }, ...fields };
}

function snapshotOf(sources: TotoySource[], linked: TotoySource[], externalIds: string[] = []) {
  return buildSnapshot({ projectId: PROJECT, sources, linked, owner: "kb-publish", knowledgeBaseId: KB, valueLimit: 512, scope: { externalIds } });
}

describe("totoy snapshot", () => {
  it("owned Sources are live when linked and tombstones when not; unmarked ones are no records", () => {
    const live = source("src_1", "a");
    const unlinked = source("src_2", "b");
    const hand = source("src_3", undefined);
    const { snapshot, session } = snapshotOf([live, unlinked, hand], [live, hand]);
    expect(snapshot.records).toEqual([
      { externalId: "a", remoteId: "src_1", owned: true, state: "live", fingerprint, title: "a", updatedAt: "2026-01-01T00:00:00Z" },
      { externalId: "b", remoteId: "src_2", owned: true, state: "tombstoned", fingerprint, title: "b", updatedAt: "2026-01-01T00:00:00Z" },
    ]);
    expect([...session.linked].sort()).toEqual(["src_1", "src_3"]);
  });

  it("never counts another owner's, another knowledge base's or another project's Sources as its own", () => {
    const otherOwner = source("src_4", "a", { owner: "team-b" });
    const otherKb = source("src_5", "b", { kb: OTHER_KB });
    const otherProject = source("src_6", "c", { project_id: "pj_qqqqqqqqqqqqqqqqqqqqqqqqq" });
    const { snapshot, session } = snapshotOf([otherOwner, otherKb, otherProject], [otherOwner]);
    // Linked here with another owner's marker: a foreign record, so a page with its id is refused, never overwritten.
    expect(snapshot.records).toEqual([{ externalId: "a", remoteId: "src_4", owned: false, state: "live", title: "a" }]);
    expect(session.duplicates).toEqual([]);
  });

  it("keeps one Source per page — linked first, then the newest — and remembers the others as duplicates", () => {
    const older = source("src_7", "a", { updated_at: "2026-01-01T00:00:00Z" });
    const newer = source("src_8", "a", { updated_at: "2026-02-01T00:00:00Z" });
    const linked = source("src_9", "b", { updated_at: "2025-01-01T00:00:00Z" });
    const newerUnlinked = source("src_10", "b", { updated_at: "2026-03-01T00:00:00Z" });
    const { snapshot, session } = snapshotOf([older, newer, linked, newerUnlinked], [linked]);
    expect(snapshot.records.map((r) => [r.externalId, r.remoteId, r.state])).toEqual([
      ["a", "src_8", "tombstoned"],
      ["b", "src_9", "live"],
    ]);
    expect(session.duplicates.map((s) => s.source_id).sort()).toEqual(["src_10", "src_7"]);
  });

  it("reports a Source stored under a digest by the full id of this run's page", () => {
    const long = `guides/${"x".repeat(600)}`;
    const stored = source("src_11", long);
    expect(stored.custom_metadata?.kbp_id).toBe(storedIdOf(long, 512));
    expect(snapshotOf([stored], [stored], [long]).snapshot.records[0]?.externalId).toBe(long);
    // No page has that id any more: the record keeps the digest (and is deleted as a removed page).
    expect(snapshotOf([stored], [stored]).snapshot.records[0]?.externalId).toBe(storedIdOf(long, 512));
  });
});
