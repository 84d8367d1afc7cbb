import { describe, expect, it } from "vitest";
import { ExitCode, exitCodeFor } from "../../src/exit-codes.js";
import { silentLogger } from "../../src/log.js";
import { renderPlanText } from "../../src/report/text.js";
import { sync } from "../../src/sync.js";
import { docsFolder } from "../helpers/remote.js";
import { testSettings } from "../helpers/workspace.js";

const deps = { log: silentLogger, userAgent: "kb-publish/test" };

describe("one bad file name never blocks the site", () => {
  it("a name with a newline is an error for that file; every other page is published", async () => {
    const root = await docsFolder({ "good.md": "# Good\n\nText.\n", "also.md": "# Also\n\nText.\n", "bad\nname.md": "# Bad\n\nText.\n" });
    const settings = testSettings({ root, store: `${root}/.store` });
    const outcome = await sync(settings, deps);
    expect(outcome.plan.errors).toEqual([]);
    expect(outcome.result?.counts.created).toBe(2);
    const [error] = outcome.plan.diagnostics.filter((d) => d.severity === "error");
    expect(error).toMatchObject({ file: "bad\\u000aname.md" });
    expect(error!.message).toContain("the file name contains a control character (U+000A)");
    expect(exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: false })).toBe(ExitCode.partialFailure);
    // The report never prints the raw newline inside the name.
    expect(renderPlanText(outcome.plan)).not.toContain("bad\nname");
  });

  it("two names that differ only by Unicode normalisation are shown with their code points, and the rest publishes", async () => {
    const root = await docsFolder({ "caf\u00e9.md": "# One\n\nText.\n", "cafe\u0301.md": "# Two\n\nText.\n", "menu.md": "# Menu\n\nText.\n" });
    const outcome = await sync(testSettings({ root, store: `${root}/.store` }), deps);
    expect(outcome.plan.errors).toEqual([]);
    expect(outcome.result?.counts.created).toBe(1);
    const messages = outcome.plan.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages.join("\n")).toContain("caf\\u00e9.md");
    expect(messages.join("\n")).toContain("cafe\\u0301.md");
  });
});
