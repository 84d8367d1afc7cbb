import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { EmulatedEntry, HumindEmulator } from "../emulators/humind.js";
import { fixtureWorkspace } from "../helpers/workspace.js";
import { docsFolder, entryOf, humindSettings, page, runSync, SECRET_KEY, startEmulator, writeFiles, writesSince } from "./helpers.js";

const EN = page("Setup", "Install it.");
const FR = page("Installation", "Installez-le.");
const FR_V2 = page("Installation", "Installez-le vite.");

const reasonsOf = (outcome: Awaited<ReturnType<typeof runSync>>, id: string) => {
  const op = outcome.plan.operations.find((o) => o.kind !== "delete" && o.doc.externalId === id);
  return op?.kind === "update" ? op.reasons : op?.kind;
};

describe("humind: translations embedded in one entry", () => {
  it("add fr → change fr → remove fr: each is one update of the one entry; removing the French file removes only that translation", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({ "guide/setup.md": EN, "faq.md": page("FAQ", "Ask.") });
    const settings = humindSettings(emu, root, { locales: ["en", "fr"], defaultLocale: "en" });
    await runSync(settings);
    expect(entryOf(emu, "guide/setup")).toMatchObject({ default_language: "en", translations: [] });
    const steps: { step: string; writes: number }[] = [];

    const step = async (name: string, files: Record<string, string | null>) => {
      await writeFiles(root, files);
      const from = emu.ledger.length;
      const outcome = await runSync(settings);
      steps.push({ step: name, writes: writesSince(emu, from).length });
      expect(outcome.plan.summary).toEqual({ create: 0, update: 1, unchanged: 1, delete: 0 });
      expect(reasonsOf(outcome, "guide/setup")).toEqual(["translations changed"]);
      return outcome;
    };

    await step("add fr", { "fr/guide/setup.md": FR });
    expect(entryOf(emu, "guide/setup")?.translations).toEqual([{ language: "fr", title: "Installation", content_html: "<p>Installez-le.</p>" }]);
    expect(emu.entries().filter((e) => e.external_id.includes("setup"))).toHaveLength(1);

    await step("change fr", { "fr/guide/setup.md": FR_V2 });
    expect(entryOf(emu, "guide/setup")?.translations).toEqual([{ language: "fr", title: "Installation", content_html: "<p>Installez-le vite.</p>" }]);

    await step("remove fr", { "fr/guide/setup.md": null });
    expect(entryOf(emu, "guide/setup")).toMatchObject({ status: "published", title: "Setup", content_html: "<p>Install it.</p>", translations: [] });

    // Full upsert: one batch POST plus one state write per step, however many entries change.
    expect(steps).toEqual([
      { step: "add fr", writes: 2 },
      { step: "change fr", writes: 2 },
      { step: "remove fr", writes: 2 },
    ]);
    expect((await runSync(settings)).plan.summary).toEqual({ create: 0, update: 0, unchanged: 2, delete: 0 });
  });

  it("measured: full upserts need far fewer writes than the translations sub-resource for the same end state", async () => {
    const pages = 10;
    const en = Object.fromEntries(Array.from({ length: pages }, (_, i) => [`p${i}.md`, page(`Page ${i}`, `English ${i}.`)]));
    const fr = (v: string) => Object.fromEntries(Array.from({ length: pages }, (_, i) => [`fr/p${i}.md`, page(`Page ${i} FR`, `Français ${i} ${v}.`)]));
    const upserts = await startEmulator();
    const subResource = await startEmulator({ rateLimits: false }); // 30 writes in a burst is already the documented limit
    const root = await docsFolder(en);
    const settings = humindSettings(upserts, root, { locales: ["en", "fr"], defaultLocale: "en" });
    await runSync(settings);
    await runSync({ ...settings, apiUrl: subResource.url });

    const lifecycle: [string, Record<string, string | null>][] = [
      ["add fr", fr("v1")],
      ["change fr", fr("v2")],
      ["remove fr", Object.fromEntries(Object.keys(fr("")).map((file) => [file, null]))],
    ];
    const counts: Record<string, [number, number]> = {};
    for (const [step, files] of lifecycle) {
      await writeFiles(root, files);
      const fromA = upserts.ledger.length;
      await runSync(settings);
      const fromB = subResource.ledger.length;
      // The alternative: one PUT or DELETE /knowledge/{id}/translations/fr per changed entry.
      for (const entry of upserts.entries().filter((e) => e.external_id.startsWith("p"))) {
        const translation = entry.translations.find((t) => t.language === "fr");
        const method = translation ? "PUT" : "DELETE";
        const body = translation ? JSON.stringify({ title: translation.title, content_html: translation.content_html }) : undefined;
        const headers = { authorization: `Bearer ${SECRET_KEY}`, "idempotency-key": randomUUID(), "content-type": "application/json" };
        const response = await fetch(`${subResource.url}/knowledge/api:${entry.external_id}/translations/fr`, { method, headers, body });
        expect(response.ok, `${method} ${response.status} ${await response.text()}`).toBe(true);
      }
      counts[step] = [writesSince(upserts, fromA).length, writesSince(subResource, fromB).length];
      const strip = (e: EmulatedEntry) => ({ id: e.external_id, translations: e.translations, title: e.title });
      const content = (emu: HumindEmulator) => emu.entries().filter((e) => e.external_id.startsWith("p")).map(strip);
      expect(content(subResource)).toEqual(content(upserts));
    }
    // Full upsert: 1 batch + 1 state write per step for any number of entries (up to 500 per batch);
    // the sub-resource needs one request per entry and step (and kb-publish's state write on top).
    expect(counts).toEqual({ "add fr": [2, pages], "change fr": [2, pages], "remove fr": [2, pages] });
  });

  it("snippets carry plain-text translations; region codes are sent in Humind's form", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({
      "faq.md": page("Shipping", "Three *days*.", { type: "snippet" }),
      "pt-br/faq.md": page("Envio", "Três *dias*.", { type: "snippet" }),
    });
    const outcome = await runSync(humindSettings(emu, root, { locales: ["en", "pt-BR"], defaultLocale: "en" }));
    expect(outcome.result?.counts).toMatchObject({ created: 1, failed: 0 });
    expect(entryOf(emu, "faq")).toMatchObject({
      type: "snippet",
      content: "Three days.",
      translations: [{ language: "pt-BR", title: "Envio", content: "Três dias." }],
    });
  });

  it("a language Humind cannot take fails that page only, naming the file, before anything is sent", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({ "a.md": page("A"), "b.md": page("B", "x", { lang: "zh-Hans" }) });
    const outcome = await runSync(humindSettings(emu, root));
    expect(outcome.plan.rejected).toHaveLength(1);
    expect(outcome.plan.rejected[0]?.message).toMatch(/language "zh-Hans" in b\.md is not a Humind language tag/);
    expect(entryOf(emu, "a")?.status).toBe("published");
    expect(entryOf(emu, "b")).toBeUndefined();
    for (const write of writesSince(emu, 0)) expect(JSON.stringify(write.body)).not.toContain("zh-Hans");
  });
});

describe("humind: the example docs site", () => {
  it("publishes with its French pages embedded in their English entries, and a re-run writes nothing", async () => {
    const emu = await startEmulator();
    const { docs } = await fixtureWorkspace();
    const settings = humindSettings(emu, docs, { locales: ["en", "fr"], defaultLocale: "en" });
    const first = await runSync(settings);
    expect(first.result?.counts.failed).toBe(0);
    expect(first.plan.rejected).toEqual([]);
    const withFrench = emu.entries().filter((e) => e.translations.some((t) => t.language === "fr"));
    expect(withFrench.map((e) => e.external_id).sort()).toEqual(["getting-started/quickstart", "guides/install"]);
    expect(emu.entries().some((e) => e.external_id.startsWith("fr/") || e.external_id.endsWith(".fr"))).toBe(false);
    const from = emu.ledger.length;
    expect((await runSync(settings)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
    expect(writesSince(emu, from)).toEqual([]);
  });
});
