import { describe, expect, it } from "vitest";
import type { ChatbotEmulator } from "../emulators/chatbot.js";
import { runCliCapturing } from "../helpers/remote.js";
import { docsFolder, manyPages, SECRET_KEY, startEmulator } from "./helpers.js";

/** A Chatbot sync through the CLI, in-process, with the key in the environment. */
function cli(emu: ChatbotEmulator, root: string, key = SECRET_KEY, extra: string[] = []) {
  const args = ["sync", root, "--target", "chatbot", "--api-url", emu.url, "--source-id", emu.sourceId, "--rate-limit", "60000", "-v", ...extra];
  return runCliCapturing(args, key, root);
}

describe("chatbot: the API key never appears in any output", () => {
  it("not in logs, reports or JSON through retries, a rejected batch, a failed build and a 401; yet every request carried it", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(40));
    emu.faults.configure({ burstLength: 1 });
    emu.faults.once("status5xxBefore", { status: 502 });
    emu.faults.once("resetBeforeHeaders");
    emu.faults.once("rateLimitBurst", { when: (r) => r.method === "POST" });
    emu.faults.rejectSource("p007", `bad title: echoing ${SECRET_KEY} back`);
    emu.controls.failNextJob("build_failed", `build log mentions ${SECRET_KEY}`);
    const partial = await cli(emu, root, SECRET_KEY, ["--json"]);
    expect(partial.code).toBe(4);
    const report = JSON.parse(partial.output.slice(partial.output.indexOf("{")));
    expect(report.result.counts).toMatchObject({ created: 39, failed: 1 });
    expect(partial.output).toContain("echoing *** back");
    expect(partial.output).toContain("build log mentions ***");

    const wrong = "sk_live_fedcba9876543210_111111111111111111111111111111111111111111111111";
    const rejected = await cli(emu, root, wrong);
    expect(rejected.code).toBe(1);
    expect(rejected.output).toMatch(/401 invalid_key/);

    for (const text of [partial.output, rejected.output]) {
      expect(text).not.toContain(SECRET_KEY);
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(SECRET_KEY.slice(8));
    }
    expect(emu.ledger.filter((e) => e.status === 401)).toHaveLength(1);
    expect(emu.ledger.every((e) => e.headers.authorization === "Bearer ***")).toBe(true);
  });
});
