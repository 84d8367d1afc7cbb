import { describe, expect, it } from "vitest";
import type { Document } from "../../documents/document.js";
import { fingerprintOf } from "../../documents/hash.js";
import { ApiError } from "../../http/index.js";
import type { Upsert } from "../target.js";
import type { HumindApi, HumindWrite } from "./client.js";
import { deleteEntries, upsertEntries } from "./writes.js";

/** A scripted API: records writes, answers from `respond`. */
function fakeApi(respond: (request: HumindWrite) => { status: number; body?: unknown } | Error) {
  const writes: HumindWrite[] = [];
  const api: HumindApi = {
    read: () => Promise.reject(new Error("no reads expected")),
    write: <T>(request: HumindWrite) => {
      writes.push(request);
      const answer = respond(request);
      if (answer instanceof Error) return Promise.reject(answer);
      return Promise.resolve({ status: answer.status, body: answer.body as T, headers: new Headers(), attempts: 1 });
    },
  };
  return { api, writes };
}

function upsert(id: string, type = "article"): Upsert {
  const doc: Document = { externalId: id, title: id, content: "x", tags: [], sourcePath: `${id}.md`, metadata: {} };
  const payload = { external_id: id, type, title: id };
  return { doc, payload, fingerprint: fingerprintOf(payload) };
}

const session = () => ({ types: new Map<string, string>(), sent: new Map() });

describe("upsertEntries", () => {
  it("sends one batch, maps 207 rows (failures with Humind's code and issues), records what was sent", async () => {
    const { api, writes } = fakeApi(() => ({
      status: 207,
      body: {
        results: [
          { external_id: "a", status: "created", humind_id: "1" },
          { external_id: "b", status: "updated" },
          {
            external_id: "c",
            status: "failed",
            error: { code: "validation_failed", message: "Invalid knowledge payload.", details: { issues: [{ path: ["content_html"], message: "Required" }] } },
          },
        ],
      },
    }));
    const run = session();
    const results = await upsertEntries(api, run, [upsert("a"), upsert("b"), upsert("c")]);
    expect(writes).toEqual([{ method: "POST", path: "/knowledge/batch", body: { items: [upsert("a").payload, upsert("b").payload, upsert("c").payload] } }]);
    expect(results).toEqual([
      { externalId: "a", status: "created" },
      { externalId: "b", status: "updated" },
      { externalId: "c", status: "failed", error: "Humind refused the entry: validation_failed: Invalid knowledge payload. (content_html: Required)" },
    ]);
    expect([...run.sent.keys()]).toEqual(["a", "b", "c"]);
  });

  it("never puts one id twice in a batch", async () => {
    const { api, writes } = fakeApi(() => ({ status: 207, body: { results: [{ external_id: "a", status: "updated" }] } }));
    const results = await upsertEntries(api, session(), [upsert("a"), upsert("a")]);
    expect((writes[0]?.body as { items: unknown[] }).items).toHaveLength(1);
    expect(results).toContainEqual({ externalId: "a", status: "failed", error: 'id "a" appears twice in one batch' });
  });

  it("hard-deletes an entry whose type changed before re-creating it; a failed delete fails only that item", async () => {
    const { api, writes } = fakeApi((request) => {
      if (request.method === "DELETE" && request.path.endsWith("api:broken")) return new Error("DELETE failed: 503");
      if (request.method === "DELETE") return { status: 204 };
      return { status: 207, body: { results: [{ external_id: "t", status: "created" }] } };
    });
    const run = session();
    run.types.set("t", "article").set("broken", "article");
    const results = await upsertEntries(api, run, [upsert("t", "snippet"), upsert("broken", "snippet")]);
    expect(writes.map((w) => `${w.method} ${w.path} ${JSON.stringify(w.query ?? {})}`)).toEqual([
      'DELETE /knowledge/api:t {"force":"true"}',
      'DELETE /knowledge/api:broken {"force":"true"}',
      "POST /knowledge/batch {}",
    ]);
    expect(results).toEqual([
      { externalId: "broken", status: "failed", error: "type change article → snippet needs a delete first, which failed: DELETE failed: 503" },
      { externalId: "t", status: "updated" },
    ]);
  });

  it("a batch without results is an error for the whole batch", async () => {
    const { api } = fakeApi(() => ({ status: 207, body: {} }));
    await expect(upsertEntries(api, session(), [upsert("a")])).rejects.toThrow(/without a results array/);
  });
});

describe("deleteEntries", () => {
  it("soft-deletes by default, hard with force=true, counts 404 as deleted and keeps failures per entry", async () => {
    const { api, writes } = fakeApi((request) =>
      request.path.endsWith("api:bad") ? new ApiError({ kind: "http", status: 500, retryable: true, message: "DELETE failed: 500" }) : { status: 204 },
    );
    const records = ["a", "bad"].map((externalId) => ({ externalId, owned: true, state: "live" as const }));
    expect(await deleteEntries(api, records, "tombstone")).toEqual([
      { externalId: "a", status: "deleted" },
      { externalId: "bad", status: "failed", error: "DELETE failed: 500" },
    ]);
    await deleteEntries(api, records.slice(0, 1), "hard");
    expect(writes.map((w) => w.query)).toEqual([undefined, undefined, { force: "true" }]);
  });
});
