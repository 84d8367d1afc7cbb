import { describe, expect, it } from "vitest";
import type { Document } from "../../documents/document.js";
import { chatbotPayloadOf, validateChatbotPayload, withoutNulls } from "./payload.js";

const doc = (extra: Partial<Document> = {}): Document => ({
  externalId: "guide/a",
  title: "A",
  content: "Some text.",
  tags: ["x"],
  lang: "en",
  sourcePath: "guide/a.md",
  metadata: { owner_team: "docs", empty: null, nested: { keep: 1, drop: null }, kbPublish: "spoofed" },
  ...extra,
});

describe("chatbotPayloadOf", () => {
  it("sends title, content, content type, source URL and flat metadata without nulls or a spoofed marker", () => {
    expect(chatbotPayloadOf(doc({ sourceUrl: "https://docs.example.com/guide/a", description: "About A" }))).toEqual({
      title: "A",
      content: "Some text.",
      contentType: "text/markdown",
      sourceUrl: "https://docs.example.com/guide/a",
      metadata: { owner_team: "docs", nested: { keep: 1 }, tags: ["x"], lang: "en", description: "About A", sourcePath: "guide/a.md" },
    });
    expect(chatbotPayloadOf(doc())).not.toHaveProperty("sourceUrl");
  });

  it("cuts a title over 2,048 characters with a warning", () => {
    const long = doc({ title: "t".repeat(3000) });
    expect(String(chatbotPayloadOf(long).title)).toHaveLength(2048);
    expect(validateChatbotPayload(long, chatbotPayloadOf(long))).toEqual([{ severity: "warning", message: expect.stringMatching(/title is 3000 characters long/) }]);
  });
});

describe("validateChatbotPayload", () => {
  it("refuses what the API would, naming the file: long ids, empty content or title, a page over a batch's 8 MB", () => {
    const cases: [Partial<Document>, RegExp][] = [
      [{ externalId: "x".repeat(1025) }, /external id is 1025 characters long: Chatbot accepts at most 1024.*\(guide\/a\.md\)/],
      [{ content: "  \n" }, /content is empty/],
      [{ title: " " }, /title is empty/],
      [{ content: "x".repeat(8_000_000) }, /makes a \d+-byte request: Chatbot accepts at most 8 MiB/],
    ];
    for (const [extra, message] of cases) {
      const d = doc(extra);
      const errors = validateChatbotPayload(d, chatbotPayloadOf(d)).filter((p) => p.severity === "error");
      expect(errors.map((p) => p.message)).toEqual([expect.stringMatching(message)]);
    }
    expect(validateChatbotPayload(doc(), chatbotPayloadOf(doc()))).toEqual([]);
  });
});

describe("withoutNulls", () => {
  it("drops null and undefined members at every depth, array elements included", () => {
    expect(withoutNulls({ a: null, b: [1, null, { c: null, d: 2 }], e: { f: undefined } })).toEqual({ b: [1, { d: 2 }], e: {} });
  });
});
