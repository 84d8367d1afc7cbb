import { describe, expect, it } from "vitest";
import type { TotoyEmulator } from "../emulators/totoy.js";
import { runCliCaptured } from "../helpers/remote.js";
import { docsFolder, manyPages, page, SECRET_KEY, startEmulator } from "./helpers.js";

/** `kb-publish sync` into the emulator's knowledge base, the key in the environment. */
function cli(emu: TotoyEmulator, root: string, key = SECRET_KEY, extra: string[] = []) {
  const argv = ["sync", root, "--target", "totoy", "--api-url", emu.url, "--knowledge-base-id", emu.knowledgeBaseId, "--rate-limit", "60000", "-v", ...extra];
  return runCliCaptured(argv, { env: { KB_PUBLISH_API_KEY: key }, cwd: root });
}

describe("totoy: the API key never appears in any output", () => {
  it("not in logs, reports or JSON through retries, an ambiguous create, a refused page and a 401; yet every request carried it", async () => {
    const emu = await startEmulator();
    // bad.md ends its active period before it starts: refused before sending, so the run is partial.
    const root = await docsFolder({ ...manyPages(30), "bad.md": page("Bad", "text", { publishDate: "2030-01-01", expiryDate: "2020-01-01" }) });
    emu.faults.configure({ burstLength: 1 });
    emu.faults.once("status5xxBefore", { status: 502 });
    emu.faults.once("resetBeforeHeaders");
    emu.faults.once("status5xxAfter", { when: (r) => r.method === "POST" });
    emu.faults.once("rateLimitBurst", { when: (r) => r.method === "POST" });
    const partial = await cli(emu, root, SECRET_KEY, ["--json"]);
    expect(partial.code).toBe(4);
    const report = JSON.parse(partial.output.slice(partial.output.indexOf("{")));
    expect(report.result.counts).toMatchObject({ created: 30, failed: 1 });

    const wrong = "totoy_live_WrongKey_0123456789";
    const rejected = await cli(emu, root, wrong);
    expect(rejected.code).toBe(1);
    expect(rejected.output).toMatch(/401: The request is not authenticated/);

    for (const text of [partial.output, rejected.output, JSON.stringify(emu.ledger)]) {
      expect(text).not.toContain(SECRET_KEY);
      expect(text).not.toContain(wrong);
    }
    expect(emu.ledger.filter((e) => e.status === 401)).toHaveLength(1);
    expect(emu.ledger.every((e) => e.headers.authorization === "Bearer ***")).toBe(true);
  });
});
