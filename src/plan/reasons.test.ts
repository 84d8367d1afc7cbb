import { describe, expect, it } from "vitest";
import type { RemoteRecord } from "../targets/target.js";
import { REASONS, updateReasons } from "./reasons.js";

function remote(parts: Record<string, string>, extra: Partial<RemoteRecord> = {}): RemoteRecord {
  return { externalId: "a", owned: true, state: "live", fingerprint: { hash: "old", parts }, ...extra };
}

describe("updateReasons", () => {
  it("names known fields in a fixed order, then any other field by name", () => {
    const local = { hash: "new", parts: { lang: "2", translations: "2", metadata: "2", content: "2", active: "1" } };
    const stored = remote({ lang: "1", translations: "1", metadata: "1", content: "1", active: "1" });
    expect(updateReasons(local, stored)).toEqual([
      "content changed",
      "metadata changed",
      "translations changed",
      "lang changed",
    ]);
  });

  it("counts added and removed fields as changed", () => {
    const local = { hash: "new", parts: { content: "1", sourceUrl: "1" } };
    expect(updateReasons(local, remote({ content: "1", tags: "1" }))).toEqual(["tags changed", "sourceUrl changed"]);
  });

  it("adds drift to the field reasons when the record was also edited outside", () => {
    const local = { hash: "new", parts: { title: "2" } };
    expect(updateReasons(local, remote({ title: "1" }, { drifted: true }))).toEqual(["title changed", REASONS.drift]);
  });

  it("is empty for an equal hash without drift", () => {
    expect(updateReasons({ hash: "old", parts: {} }, remote({}))).toEqual([]);
  });
});
