import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { README, readmeExamples, withExamples } from "../../scripts/readme-examples.js";

describe("the README's examples", () => {
  it("are what the tool prints today (npm run readme rewrites them)", async () => {
    const readme = await readFile(README, "utf8");
    const examples = await readmeExamples();
    for (const name of Object.keys(examples)) expect(readme).toMatch(new RegExp(`<!-- (example|generated): ${name} `));
    expect(withExamples(readme, examples)).toBe(readme);
  });

  it("would catch a stale example", async () => {
    const readme = await readFile(README, "utf8");
    const stale = readme.replace("delete  reference/old-endpoint  file removed", "delete  reference/old-endpoint  gone");
    expect(stale).not.toBe(readme);
    expect(withExamples(stale, await readmeExamples())).toBe(readme);
  });
});
