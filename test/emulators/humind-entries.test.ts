import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startHumindEmulator, type HumindEmulator } from "./humind.js";
import { article, call, entryPath, manualClock, snippet } from "./humind-test-helpers.js";

let emu: HumindEmulator;
const clock = manualClock();
beforeEach(async () => {
  emu = await startHumindEmulator({ rateLimits: false, now: clock.now });
});
afterEach(() => emu.close());

const post = (body: unknown) => call(emu, "POST", "/knowledge", { body });
const get = (externalId: string) => call(emu, "GET", entryPath(externalId));

describe("upsert and read", () => {
  it("creates (201) then updates (200) by external_id, returning the full entry", async () => {
    const created = await post(snippet("kb-faq", { tags: ["shipping", "faq"], default_language: "en" }));
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ external_id: "kb-faq", type: "snippet", status: "published", is_available_for_ai_agent: true });
    expect(created.json.humind_id).toMatch(/^[0-9a-f]{24}$/);
    clock.advance(1000);
    const updated = await post(snippet("kb-faq", { content: "New answer." }));
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ humind_id: created.json.humind_id, content: "New answer.", tags: [] });
    expect(updated.json.updated_at > created.json.updated_at).toBe(true);
    expect((await call(emu, "GET", `/knowledge/${created.json.humind_id}`)).json).toEqual(updated.json);
  });

  it("resolves percent-encoded api: ids and answers 404 for unknown or malformed ids", async () => {
    await post(snippet("docs/guide café"));
    expect((await get("docs/guide café")).json.external_id).toBe("docs/guide café");
    expect((await get("missing")).json.error.code).toBe("not_found");
    expect((await call(emu, "GET", "/knowledge/not-an-id")).status).toBe(404);
  });

  it("keeps updated_at on a no-op upsert and validates type-specific fields", async () => {
    const first = await post(article("a", "<p>x</p>"));
    clock.advance(1000);
    expect((await post(article("a", "<p>x</p>"))).json.updated_at).toBe(first.json.updated_at);
    const bad = await post(snippet("b", { content: undefined, content_html: "<p>x</p>" }));
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("validation_failed");
    expect(bad.json.error.details.issues.map((i: { path: string[] }) => i.path[0])).toEqual(["content_html", "content"]);
    expect((await post(snippet("a"))).json.error.details.issues[0].path).toEqual(["type"]);
  });

  it("PUT replaces fully (omitted fields reset) and PATCH changes only what is sent", async () => {
    await post(snippet("a", { tags: ["t"], active_until: "2026-12-02" }));
    const patched = await call(emu, "PATCH", entryPath("a"), { body: { title: "Patched" } });
    expect(patched.json).toMatchObject({ title: "Patched", tags: ["t"], active_until: "2026-12-02T00:00:00Z" });
    const replaced = await call(emu, "PUT", entryPath("a"), { body: { title: "Replaced", content: "c" } });
    expect(replaced.json).toMatchObject({ title: "Replaced", tags: [] });
    expect(replaced.json.active_until).toBeUndefined();
    const retype = await call(emu, "PATCH", entryPath("a"), { body: { type: "article" } });
    expect(retype.json.error.details.issues[0]).toMatchObject({ path: ["type"], code: "immutable_field" });
  });
});

describe("batch", () => {
  it("answers 207 per item, including duplicate_external_id_in_batch and failures", async () => {
    await post(snippet("old"));
    const res = await call(emu, "POST", "/knowledge/batch", {
      body: { items: [snippet("new"), snippet("old"), snippet("new", { title: "Again" }), { external_id: "bad", type: "snippet", title: "t" }] },
    });
    expect(res.status).toBe(207);
    expect(res.json.results.map((r: { status: string }) => r.status)).toEqual(["created", "updated", "failed", "failed"]);
    expect(res.json.results[0].humind_id).toMatch(/^[0-9a-f]{24}$/);
    expect(res.json.results[2].error.code).toBe("duplicate_external_id_in_batch");
    expect(res.json.results[3].error).toMatchObject({ code: "validation_failed", details: { issues: [{ path: ["content"] }] } });
    expect(emu.entries().find((e) => e.external_id === "new")?.title).toBe("Title new");
  });

  it("accepts a bare array and refuses more than 500 items", async () => {
    expect((await call(emu, "POST", "/knowledge/batch", { body: [snippet("a")] })).status).toBe(207);
    const tooMany = await call(emu, "POST", "/knowledge/batch", { body: Array.from({ length: 501 }, (_, i) => snippet(`x${i}`)) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.code).toBe("validation_failed");
    expect(emu.entries()).toHaveLength(1);
  });
});

describe("listing", () => {
  it("pages through more than 100 entries with cursors, summaries only", async () => {
    const items = Array.from({ length: 230 }, (_, i) => (i % 10 === 0 ? article(`a${i}`) : snippet(`s${i}`)));
    await call(emu, "POST", "/knowledge/batch", { body: items });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await call(emu, "GET", "/knowledge", { query: cursor ? { limit: 100, cursor } : { limit: 100 } });
      seen.push(...res.json.data.map((e: { external_id: string }) => e.external_id));
      expect(res.json.data[0].content).toBeUndefined();
      cursor = res.json.next_cursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen)).toEqual(new Set(items.map((i) => i.external_id)));
    expect((await call(emu, "GET", "/knowledge")).json.data).toHaveLength(50);
    expect((await call(emu, "GET", "/knowledge", { query: { type: "article", limit: 100 } })).json.data).toHaveLength(23);
    const invalid: Record<string, string | number>[] = [{ limit: 0 }, { limit: 101 }, { cursor: "bogus" }, { type: "pdf" }];
    for (const query of invalid) {
      expect((await call(emu, "GET", "/knowledge", { query })).status, JSON.stringify(query)).toBe(400);
    }
  });
});

describe("delete and restore", () => {
  it("soft-deletes to archived (GET and list), restores with PATCH status published", async () => {
    await post(snippet("a"));
    expect((await call(emu, "DELETE", entryPath("a"))).status).toBe(204);
    expect((await get("a")).json.status).toBe("archived");
    expect((await call(emu, "GET", "/knowledge")).json.data[0].status).toBe("archived");
    expect((await call(emu, "DELETE", entryPath("a"), { query: { force: "OFF" } })).status).toBe(204);
    expect((await post(snippet("a", { content: "upserted" }))).json).toMatchObject({ status: "archived", content: "upserted" });
    expect((await call(emu, "PATCH", entryPath("a"), { body: { status: "published" } })).json.status).toBe("published");
    await call(emu, "DELETE", entryPath("a"));
    expect((await post(snippet("a", { status: "published" }))).json.status).toBe("published");
  });

  it.each(["true", "On", "YES", "1"])("hard-deletes with force=%s", async (force) => {
    await post(snippet("a"));
    expect((await call(emu, "DELETE", entryPath("a"), { query: { force } })).status).toBe(204);
    expect((await get("a")).status).toBe(404);
    expect(emu.entries()).toHaveLength(0);
  });

  it.each(["nah", "", "2"])("refuses force=%j with 400 validation_failed and deletes nothing", async (force) => {
    await post(snippet("a"));
    const res = await call(emu, "DELETE", entryPath("a"), { query: { force } });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("validation_failed");
    expect(emu.entries()[0]?.status).toBe("published");
  });
});

describe("translations", () => {
  it("puts, updates and deletes one locale; an upsert without translations removes them", async () => {
    await post(article("a", "<p>en</p>", { translations: [{ language: "de", title: "DE" }] }));
    const put = await call(emu, "PUT", entryPath("a", "/translations/fr"), { body: { title: "FR", content_html: "<p onclick='x'>fr</p>" } });
    expect(put.status).toBe(200);
    expect(put.json.translations).toEqual([{ language: "de", title: "DE" }, { language: "fr", title: "FR", content_html: "<p>fr</p>" }]);
    const again = await call(emu, "PUT", entryPath("a", "/translations/fr"), { body: { title: "FR 2" } });
    expect(again.json.translations[1]).toEqual({ language: "fr", title: "FR 2", content_html: "<p>fr</p>" });
    expect((await call(emu, "DELETE", entryPath("a", "/translations/fr"))).status).toBe(204);
    expect((await call(emu, "DELETE", entryPath("a", "/translations/fr"))).status).toBe(204);
    expect(emu.entries()[0]?.translations).toEqual([{ language: "de", title: "DE" }]);
    await post(article("a", "<p>en</p>"));
    expect(emu.entries()[0]?.translations).toEqual([]);
  });

  it("checks the language, the body and the field for the type", async () => {
    await post(snippet("s"));
    for (const lang of ["FR", "fr_FR", "fra", "pt-br"]) {
      const res = await call(emu, "PUT", entryPath("s", `/translations/${lang}`), { body: { title: "x" } });
      expect(res.status, lang).toBe(422);
      expect(res.json.error.code).toBe("invalid_lang_format");
    }
    expect((await call(emu, "DELETE", entryPath("s", "/translations/xx-xx"))).json.error.code).toBe("invalid_lang_format");
    expect((await call(emu, "PUT", entryPath("s", "/translations/pt-BR"), { body: { content_html: "<p>x</p>" } })).status).toBe(422);
    expect((await call(emu, "PUT", entryPath("s", "/translations/pt-BR"), { body: {} })).status).toBe(400);
    expect((await call(emu, "PUT", entryPath("s", "/translations/pt-BR"), { body: { content: "olá" } })).status).toBe(200);
  });
});

describe("HTML sanitizing and hand edits", () => {
  it("strips scripts, iframes, styles and on* handlers but keeps allowed tags", async () => {
    const html = '<h2 style="x">T</h2><p onclick="evil()">Hi <strong>b</strong> <a href="javascript:x()">j</a> <a href="https://e.com">ok</a></p>'
      + '<script>alert(1)</script><iframe src="https://e.com"></iframe><pre><code class="language-ts">x</code></pre>';
    const res = await post(article("a", html));
    expect(res.json.content_html).toBe(
      '<h2>T</h2><p>Hi <strong>b</strong> <a>j</a> <a href="https://e.com">ok</a></p><pre><code class="language-ts">x</code></pre>',
    );
    expect(res.json.excerpt).toBe("THi b j okx");
    expect(res.json.slug).toBe("article-a");
  });

  it("editByHand changes the entry and bumps updated_at", async () => {
    const created = await post(snippet("a"));
    emu.editByHand("a", { title: "Edited in the dashboard", tags: ["manual"] });
    const after = (await get("a")).json;
    expect(after).toMatchObject({ title: "Edited in the dashboard", tags: ["manual"] });
    expect(after.updated_at > created.json.updated_at).toBe(true);
    expect(() => emu.editByHand("missing", { title: "x" })).toThrow(/no entry with external_id "missing"/);
    expect(emu.seedEntry(snippet("foreign")).humind_id).toMatch(/^[0-9a-f]{24}$/);
  });
});
