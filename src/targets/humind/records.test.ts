import { describe, expect, it } from "vitest";
import type { ListedEntry } from "./listing.js";
import { recordsOf } from "./records.js";
import type { LoadedState } from "./state-io.js";

const listed = (id: string, overrides: Partial<ListedEntry> = {}): ListedEntry => ({
  external_id: id,
  humind_id: `h-${id}`,
  type: "article",
  title: `T ${id}`,
  status: "published",
  updated_at: "2026-01-01T00:00:00.000Z",
  ...overrides,
});

const state = (entries: LoadedState["entries"], trusted = true): LoadedState => ({ entries, trusted, stored: new Map(), listedShards: [0] });
const hash = "a".repeat(64);

describe("recordsOf", () => {
  it("marks entries in the state as owned with their fingerprint, others as foreign, and hides state entries", () => {
    const records = recordsOf(
      [listed("mine"), listed("theirs"), listed("kb-publish-state--kb-publish", { type: "snippet", status: "draft" })],
      state({ mine: { hash, parts: { title: "x" }, updatedAt: "2026-01-01T00:00:00Z" } }),
    );
    expect(records).toEqual([
      {
        externalId: "mine",
        remoteId: "h-mine",
        owned: true,
        state: "live",
        title: "T mine",
        updatedAt: "2026-01-01T00:00:00.000Z",
        fingerprint: { hash, parts: { title: "x" } },
      },
      { externalId: "theirs", remoteId: "h-theirs", owned: false, state: "live", title: "T theirs", updatedAt: "2026-01-01T00:00:00.000Z" },
    ]);
  });

  it("flags drift when updated_at moved since kb-publish wrote the entry", () => {
    const [record] = recordsOf([listed("a", { updated_at: "2026-02-01T00:00:00.000Z" })], state({ a: { hash, updatedAt: "2026-01-01T00:00:00.000Z" } }));
    expect(record?.drifted).toBe(true);
    const [same] = recordsOf([listed("a")], state({ a: { hash, updatedAt: "2026-01-01T00:00:00.000Z" } }));
    expect(same?.drifted).toBeUndefined();
  });

  it("makes archived entries tombstones", () => {
    expect(recordsOf([listed("a", { status: "archived" })], state({ a: { hash } }))[0]?.state).toBe("tombstoned");
  });

  it("makes unknown entries adoptable, not foreign, when the state is lost; known ones stay owned", () => {
    const records = recordsOf([listed("a"), listed("b")], state({ b: { hash } }, false));
    expect(records.map((r) => [r.externalId, r.owned, r.adoptable])).toEqual([
      ["a", false, true],
      ["b", true, undefined],
    ]);
  });

  it("an entry the state names without a hash is owned with no fingerprint (re-sent next time)", () => {
    const [record] = recordsOf([listed("a")], state({ a: {} }));
    expect(record).toMatchObject({ owned: true });
    expect(record?.fingerprint).toBeUndefined();
    expect(record?.drifted).toBeUndefined();
  });
});
