import { describe, expect, it } from "vitest";
import { CHATBOT_LIMITS } from "../../src/targets/chatbot/index.js";
import { chatbotSettings, docsFolder, livePages, manyPages, page, virtualSetup, writeFiles } from "./helpers.js";

const batchSizes = (emu: { ledger: { path: string; status: number | null; body: unknown }[] }) =>
  emu.ledger.filter((e) => e.path.endsWith("/items/batch") && e.status === 200).map((e) => (e.body as { items: unknown[] }).items.length);

describe("chatbot: 120 requests per minute per key", () => {
  it("the default client limit never lets 60 seconds hold more than 120 requests: no 429 while deleting 150 pages one by one", { timeout: 60_000 }, async () => {
    const { emu, sync, clock } = await virtualSetup();
    const root = await docsFolder(manyPages(160));
    const settings = chatbotSettings(emu, root, { rateLimit: undefined, allowMassDelete: true });
    await sync(settings);
    // The limiter lives in one run; the next push comes a while later (runs back to back share the key's minute).
    await clock.sleep(60_000);
    await writeFiles(root, Object.fromEntries(Object.keys(manyPages(150)).map((file) => [file, null])));
    const outcome = await sync(settings);
    expect(outcome.result?.counts).toMatchObject({ deleted: 150, failed: 0 });
    expect(outcome.result?.failure).toBeUndefined();
    const audit = emu.audit();
    expect(audit.rateLimited).toBe(0);
    expect(audit.busiestMinute).toBeLessThanOrEqual(120);
    expect(audit.busiestMinute).toBeGreaterThanOrEqual(115);
    expect(livePages(emu)).toHaveLength(10);
  });

  it("a too-high --rate-limit meets 429 with Retry-After: 60, which every later request honours, and the run still converges", { timeout: 60_000 }, async () => {
    const { emu, sync, clock } = await virtualSetup();
    const root = await docsFolder(manyPages(130));
    const settings = chatbotSettings(emu, root, { rateLimit: 100_000, allowMassDelete: true });
    await sync(settings);
    await writeFiles(root, Object.fromEntries(Object.keys(manyPages(125)).map((file) => [file, null])));
    const started = clock.now();
    const outcome = await sync(settings);
    expect(outcome.result?.counts).toMatchObject({ deleted: 125, failed: 0 });
    const limited = emu.ledger.filter((e) => e.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.body).toBeUndefined();
    expect(emu.retryAfterViolations()).toEqual([]);
    expect(clock.now() - started).toBeGreaterThanOrEqual(60_000);
    expect(livePages(emu)).toHaveLength(5);
  });
});

describe("chatbot: batch limits", () => {
  it("a 10,000-page first sync fits in one minute's budget: ten batches of 1,000, one run, one apply", { timeout: 120_000 }, async () => {
    const { emu, sync, clock } = await virtualSetup();
    const files = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`s${Math.floor(i / 1000)}/q${i}.md`, page(`Q${i}`)]));
    const root = await docsFolder(files);
    const started = clock.now();
    const outcome = await sync(chatbotSettings(emu, root, { rateLimit: undefined }));
    expect(outcome.result?.counts.created).toBe(10_000);
    expect(batchSizes(emu)).toEqual(Array(10).fill(1000));
    expect(emu.runs()).toHaveLength(1);
    expect(emu.ledger.length).toBeLessThanOrEqual(20);
    expect(emu.audit().rateLimited).toBe(0);
    console.log(`chatbot: a 10,000-page first sync took ${emu.ledger.length} requests and ${Math.round((clock.now() - started) / 1000)} s of (virtual) rate-limited time`);
  });

  it("keeps every batch request under 8,000,000 bytes", { timeout: 60_000 }, async () => {
    const { emu, sync } = await virtualSetup();
    const body = "Lorem ipsum dolor sit amet. ".repeat(1400);
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`big${i}.md`, page(`Big ${i}`, body)]));
    const root = await docsFolder(files);
    const outcome = await sync(chatbotSettings(emu, root));
    expect(outcome.result?.counts.created).toBe(300);
    const sizes = emu.ledger.filter((e) => e.path.endsWith("/items/batch")).map((e) => Buffer.byteLength(JSON.stringify(e.body)));
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(CHATBOT_LIMITS.batchBytes);
    expect(emu.ledger.filter((e) => e.status === 413)).toEqual([]);
  });
});
