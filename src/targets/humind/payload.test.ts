import { describe, expect, it } from "vitest";
import type { Document } from "../../documents/document.js";
import { humindPayloadOf, humindSlug } from "./payload.js";
import { validateHumindPayload } from "./validate.js";

function page(overrides: Partial<Document> = {}): Document {
  return {
    externalId: "guide/setup",
    title: "Setup",
    content: "Install it.\n\n- one\n- two\n",
    tags: ["install"],
    lang: "en",
    sourcePath: "guide/setup.md",
    metadata: {},
    ...overrides,
  };
}

describe("humindPayloadOf", () => {
  it("maps a Markdown page to a published article with sanitized HTML", () => {
    expect(humindPayloadOf(page(), "en")).toEqual({
      external_id: "guide/setup",
      type: "article",
      title: "Setup",
      content_html: "<p>Install it.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
      tags: ["install"],
      default_language: "en",
      translations: [],
      is_available_for_ai_agent: true,
      status: "published",
    });
  });

  it("sends plain text for type: snippet, with translations as plain text too", () => {
    const doc = page({
      metadata: { type: "snippet" },
      translations: [{ lang: "fr", title: "Installation", content: "Installez *le*.", sourcePath: "fr/guide/setup.md" }],
    });
    const payload = humindPayloadOf(doc, "en");
    expect(payload).toMatchObject({ type: "snippet", content: "Install it.\n\n- one\n- two" });
    expect(payload).not.toHaveProperty("content_html");
    expect(payload.translations).toEqual([{ language: "fr", title: "Installation", content: "Installez le." }]);
  });

  it("embeds translations sorted by normalised language, with their own HTML", () => {
    const doc = page({
      translations: [
        { lang: "pt_br", title: "Instalação", content: "Instale.", sourcePath: "pt-br/setup.md" },
        { lang: "fr", title: "Installation", content: "Installez.", sourcePath: "fr/setup.md" },
      ],
    });
    expect(humindPayloadOf(doc, "en").translations).toEqual([
      { language: "fr", title: "Installation", content_html: "<p>Installez.</p>" },
      { language: "pt-BR", title: "Instalação", content_html: "<p>Instale.</p>" },
    ]);
  });

  it("adds the active period, excerpt and a Humind-form slug when given; the default language otherwise", () => {
    const doc = page({
      lang: undefined,
      activeFrom: "2026-11-25T00:00:00Z",
      activeUntil: "2026-12-02T23:59:59Z",
      description: "Not this.",
      metadata: { excerpt: " Short. ", slug: "/Guides/Set Up/" },
    });
    expect(humindPayloadOf(doc, "de")).toMatchObject({
      default_language: "de",
      active_from: "2026-11-25T00:00:00Z",
      active_until: "2026-12-02T23:59:59Z",
      excerpt: "Short.",
      slug: "guides-set-up",
    });
  });

  it("takes the excerpt from the description, cut to Humind's 500 characters", () => {
    expect(humindPayloadOf(page({ description: "About setup." }), "en").excerpt).toBe("About setup.");
    const long = humindPayloadOf(page({ description: `${"word ".repeat(150)}` }), "en").excerpt as string;
    expect(long.length).toBeLessThanOrEqual(500);
    expect(long.endsWith("…")).toBe(true);
  });

  it("never sends excerpt or slug on a snippet", () => {
    const payload = humindPayloadOf(page({ metadata: { type: "snippet", excerpt: "x", slug: "y" } }), "en");
    expect(payload).not.toHaveProperty("excerpt");
    expect(payload).not.toHaveProperty("slug");
  });

  it("humindSlug keeps at most 255 characters and no edge hyphens", () => {
    expect(humindSlug(`${"a".repeat(254)}-b`)).toBe("a".repeat(254));
    expect(humindSlug("Ça va?")).toBe("c-a-va");
  });
});

describe("validateHumindPayload", () => {
  const problems = (doc: Document) => validateHumindPayload(doc, humindPayloadOf(doc, "en")).map((p) => p.message);

  it("accepts a normal page", () => {
    expect(problems(page())).toEqual([]);
  });

  it("refuses a language Humind would refuse, naming the translation's file", () => {
    const doc = page({ translations: [{ lang: "zh-Hans", title: "T", content: "x", sourcePath: "zh/setup.md" }] });
    const [message] = problems(doc);
    expect(message).toContain('"zh-Hans"');
    expect(message).toContain("zh/setup.md");
  });

  it("refuses two versions in one language", () => {
    const doc = page({ translations: [{ lang: "en", title: "T", content: "x", sourcePath: "en2.md" }] });
    expect(problems(doc)).toEqual(["guide/setup.md has two versions in language en: expected one file per language"]);
  });

  it("refuses unreadable or reversed active periods, long excerpts and the reserved state id", () => {
    expect(problems(page({ activeFrom: "soon" }))[0]).toContain("active_from \"soon\"");
    expect(problems(page({ activeFrom: "2026-02-01", activeUntil: "2026-01-01" }))[0]).toContain("ends (2026-01-01) before it starts");
    const long = validateHumindPayload(page(), { ...humindPayloadOf(page(), "en"), excerpt: "x".repeat(501) });
    expect(long[0]?.message).toContain("excerpt in guide/setup.md has 501 characters");
    expect(problems(page({ externalId: "kb-publish-state--me" }))[0]).toContain("reserved for kb-publish's state entry");
  });

  it("refuses a page whose request would exceed 5 MB", () => {
    const doc = page();
    const payload = { ...humindPayloadOf(doc, "en"), content_html: "<p>word</p>".repeat(450_000) };
    const [message] = validateHumindPayload(doc, payload).map((p) => p.message);
    expect(message).toContain("Humind accepts at most 5 MB per request");
  });
});
