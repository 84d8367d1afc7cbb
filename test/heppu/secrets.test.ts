import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import type { HeppuEmulator } from "../emulators/heppu.js";
import { docsFolder, manyPages, SECRET_KEY, startEmulator } from "./helpers.js";

/** Runs the CLI in-process with the key in the environment; returns everything it printed. */
async function cli(emu: HeppuEmulator, root: string, key = SECRET_KEY, extra: string[] = []) {
  let output = "";
  const code = await runCli(
    ["sync", root, "--target", "heppu", "--api-url", emu.url, "--collection-id", emu.collectionId, "--rate-limit", "60000", "-v", ...extra],
    {
      stdout: (text) => void (output += text),
      stderr: (text) => void (output += text),
      env: { KB_PUBLISH_API_KEY: key },
      cwd: root,
      interactive: false,
    },
  );
  return { code, output };
}

describe("heppu: the API key never appears in any output", () => {
  it("not in logs, reports or JSON through retries, a 207 and a 401; yet every request carried it", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(60));
    emu.faults.configure({ burstLength: 1 });
    emu.faults.once("status5xxBefore", { status: 502 });
    emu.faults.once("resetBeforeHeaders");
    emu.faults.once("rateLimitBurst", { when: (r) => r.method === "POST" });
    emu.faults.rejectSource("p007", `Validation error: echoing ${SECRET_KEY} back`);
    const partial = await cli(emu, root, SECRET_KEY, ["--json"]);
    expect(partial.code).toBe(4);
    expect(JSON.parse(partial.output.slice(partial.output.indexOf("{"))).result.counts.failed).toBe(1);
    expect(partial.output).toContain("echoing *** back");

    const wrong = "hk_live_WrongKey_0123456789";
    const rejected = await cli(emu, root, wrong);
    expect(rejected.code).toBe(1);
    expect(rejected.output).toMatch(/401 invalid_api_key/);

    for (const text of [partial.output, rejected.output]) {
      expect(text).not.toContain(SECRET_KEY);
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(encodeURIComponent(SECRET_KEY));
    }
    expect(emu.ledger.filter((e) => e.status === 401)).toHaveLength(1);
    expect(emu.ledger.every((e) => e.headers["x-api-key"] === "***")).toBe(true);
  });
});
