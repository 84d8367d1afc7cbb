import { describe, expect, it } from "vitest";
import type { ItemResult, Provenance } from "../target.js";
import type { SentItem } from "./writes.js";
import { nextEntries, stateUnchanged } from "./finish.js";
import type { ListedEntry } from "./listing.js";
import type { LoadedState } from "./state-io.js";

const listed = (...ids: string[]): ListedEntry[] => ids.map((id) => ({ external_id: id, type: "article", status: "published" }));
const state = (entries: LoadedState["entries"]): LoadedState => ({ entries, trusted: true, stored: new Map(), listedShards: [0] });
const fp = (hash: string, provenance?: Provenance): SentItem => ({ fingerprint: { hash, parts: { content: hash.slice(0, 3) } }, provenance });
const PROVENANCE: Provenance = { sources: { "c.md": "ab12" }, derivation: "k1", commit: { sha: "f00d", time: 1700000000 } };
const T1 = "2026-01-01T00:00:00.000Z";
const T2 = "2026-01-02T00:00:00.000Z";

describe("stateUnchanged", () => {
  it("is true only when nothing was sent or recorded and the whole state names existing entries", () => {
    const session = { listed: listed("a"), state: state({ a: { hash: "h" } }) };
    expect(stateUnchanged(session, [])).toBe(true);
    expect(stateUnchanged(session, [{ externalId: "a", status: "updated" }])).toBe(false);
    expect(stateUnchanged({ ...session, recorded: new Map([["a", PROVENANCE]]) }, [])).toBe(false);
    expect(stateUnchanged({ ...session, state: { ...session.state, trusted: false } }, [])).toBe(false);
    expect(stateUnchanged({ ...session, listed: listed() }, [])).toBe(false);
  });
});

describe("nextEntries", () => {
  it("records what was written (with its provenance) and the server's updated_at, and keeps unchanged entries as they were", () => {
    const session = {
      listed: listed("kept", "changed"),
      state: state({ kept: { hash: "k", parts: {}, updatedAt: T1 }, changed: { hash: "old", parts: {}, updatedAt: T1 } }),
      sent: new Map([["changed", fp("new")], ["created", fp("c", PROVENANCE)]]),
    };
    const results: ItemResult[] = [
      { externalId: "changed", status: "updated" },
      { externalId: "created", status: "created" },
    ];
    const fresh = new Map([["changed", T2], ["created", T2]]);
    expect(nextEntries(session, results, fresh)).toEqual({
      kept: { hash: "k", parts: {}, updatedAt: T1 },
      changed: { hash: "new", parts: { content: "new" }, updatedAt: T2 },
      created: { hash: "c", parts: { content: "c" }, updatedAt: T2, provenance: PROVENANCE },
    });
  });

  it("records the provenance of unchanged entries it owns, without touching their hash or updated_at", () => {
    const session = {
      listed: listed("kept", "other"),
      state: state({ kept: { hash: "k", parts: {}, updatedAt: T1 } }),
      sent: new Map<string, SentItem>(),
      recorded: new Map([["kept", PROVENANCE], ["unknown", PROVENANCE]]),
    };
    expect(nextEntries(session, [], new Map())).toEqual({ kept: { hash: "k", parts: {}, updatedAt: T1, provenance: PROVENANCE } });
  });

  it("keeps tombstones, drops entries that are gone (hard deletes, hand deletes)", () => {
    const session = {
      listed: listed("soft", "hard"),
      state: state({ soft: { hash: "s", updatedAt: T1 }, hard: { hash: "h", updatedAt: T1 }, vanished: { hash: "v" } }),
      sent: new Map<string, SentItem>(),
    };
    const results: ItemResult[] = [
      { externalId: "soft", status: "deleted" },
      { externalId: "hard", status: "deleted" },
    ];
    const fresh = new Map<string, string | null>([["soft", T2], ["hard", null]]);
    expect(nextEntries(session, results, fresh)).toEqual({ soft: { hash: "s", updatedAt: T2 } });
  });

  it("after a failed write keeps the old hash without a timestamp, and claims a failed create that exists", () => {
    const session = {
      listed: listed("a"),
      state: state({ a: { hash: "old", parts: { content: "o" }, updatedAt: T1 } }),
      sent: new Map([["a", fp("new")], ["maybe", fp("m")], ["never", fp("n")]]),
    };
    const results: ItemResult[] = [
      { externalId: "a", status: "failed", error: "500" },
      { externalId: "maybe", status: "failed", error: "reset" },
      { externalId: "never", status: "failed", error: "422" },
    ];
    const fresh = new Map<string, string | null>([["a", T2], ["maybe", T2], ["never", null]]);
    expect(nextEntries(session, results, fresh)).toEqual({ a: { hash: "old", parts: { content: "o" } }, maybe: {} });
  });
});
