import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { buildProgram, type Invocation } from "../../src/cli/program.js";
import { resolveSettings } from "../../src/config/resolve.js";
import { tempDir } from "../helpers/workspace.js";

describe("chatbot: source-id from every place settings come from", () => {
  it("reads source-id from kb-publish.yml (top level or the chatbot block), --source-id and the Action input, explicit winning", async () => {
    const cwd = await tempDir("kbp-chatbot-settings-");
    await writeFile(path.join(cwd, "kb-publish.yml"), "target: chatbot\napi-url: https://chat.example.com/api\ntargets:\n  chatbot:\n    source-id: src_from_block\n");
    const fromFile = await resolveSettings({ raw: {}, env: {}, cwd, runner: "cli" });
    expect(fromFile).toMatchObject({ target: "chatbot", sourceId: "src_from_block", apiUrl: "https://chat.example.com/api" });

    let invocation: Invocation | undefined;
    await buildProgram(async (parsed) => void (invocation = parsed)).parseAsync(["node", "kb-publish", "sync", ".", "--source-id", "src_flag"]);
    const fromFlag = await resolveSettings({ raw: invocation!.raw, env: {}, cwd, runner: "cli" });
    expect(fromFlag.sourceId).toBe("src_flag");

    const raw = readInputs((name) => ({ target: "chatbot", "source-id": " src_input " })[name] ?? "", "push");
    expect((await resolveSettings({ raw, env: {}, cwd, runner: "action" })).sourceId).toBe("src_input");
  });

  it("reports an unknown key in the chatbot block with the file and line", async () => {
    const cwd = await tempDir("kbp-chatbot-settings-");
    await writeFile(path.join(cwd, "kb-publish.yml"), "targets:\n  chatbot:\n    source: src_1\n");
    const error = await resolveSettings({ raw: {}, env: {}, cwd, runner: "cli" }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/kb-publish\.yml:3.*source/);
  });
});
