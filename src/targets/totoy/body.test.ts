import { describe, expect, it } from "vitest";
import type { Document } from "../../documents/document.js";
import { fingerprintOf } from "../../documents/hash.js";
import type { Upsert } from "../target.js";
import { patchBody, type StampContext } from "./body.js";
import { totoyPayloadOf } from "./payload.js";
import { newSession } from "./session.js";

const doc = (extra: Partial<Document> = {}): Document => ({ externalId: "a", title: "A", content: "text", tags: [], sourcePath: "a.md", metadata: {}, ...extra });
const upsert = (d: Document): Upsert => {
  const payload = totoyPayloadOf(d, 512);
  return { doc: d, payload, fingerprint: fingerprintOf(payload) };
};
const context = (): StampContext => ({ owner: "kb-publish", knowledgeBaseId: "kb_aaaaaaaaaaaaaaaaaaaaaaaaa", valueLimit: 512, session: newSession("pj_x", [], []) });

describe("totoy PATCH body", () => {
  it("holds only the fields whose digest changed, plus the metadata (it carries the new fingerprint)", () => {
    const before = upsert(doc({ activeFrom: "2024-01-01" }));
    const after = upsert(doc({ title: "B", activeFrom: "2024-01-01" }));
    const body = patchBody(context(), after, before.fingerprint);
    expect(Object.keys(body).sort()).toEqual(["custom_metadata", "title"]);
    expect(body.custom_metadata).toMatchObject({ kbp_id: "a", kbp_fingerprint: expect.stringContaining(after.fingerprint.hash) });
  });

  it("clears a removed validity bound with null, and notes a removed backlink Totoy cannot clear", () => {
    const ctx = context();
    const before = upsert(doc({ activeUntil: "2030-01-01", sourceUrl: "https://x.example/a" }));
    const body = patchBody(ctx, upsert(doc()), before.fingerprint);
    expect(body).toMatchObject({ valid_until: null });
    expect(body).not.toHaveProperty("backlink");
    expect(ctx.session.backlinksKept).toEqual(["a"]);
  });

  it("sends every field when the stored fingerprint has no parts", () => {
    const after = upsert(doc({ sourceUrl: "https://x.example/a" }));
    const body = patchBody(context(), after, { hash: "old", parts: {} });
    expect(Object.keys(body).sort()).toEqual(["backlink", "custom_metadata", "text_content", "title", "valid_from", "valid_until"]);
  });
});
