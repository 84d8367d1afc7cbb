import { describe, expect, it } from "vitest";
import { parseConfigText } from "./file.js";

const parse = (text: string) => parseConfigText(text, "kb-publish.yml", { targetNames: ["local", "heppu"] });

describe("parseConfigText", () => {
  it("reads every kind of setting into RawOptions", () => {
    const text = [
      "path: docs",
      "include: '**/*.md'",
      "exclude: [drafts/**]",
      "rate-limit: 60",
      "wait: true",
      "max-deletes: 10%",
      "collection-id: 12345",
      "locales: [en, fr]",
      "default-locale: en",
      "frontmatter:",
      "  title: heading",
      "  tags: [tags, categories]",
      "overrides:",
      "  - files: snippets/**",
      "    type: snippet",
      "    tags: [short]",
      "    metadata: { audience: admins, level: 2 }",
      "  - files: [internal/**, '**/_*.md']",
      "    exclude: true",
      "targets:",
      "  heppu:",
      "    api-url: https://api.heppu.example",
      "    rate-limit: 30",
    ].join("\n");
    expect(parse(text)).toEqual({
      problems: [],
      options: {
        path: "docs",
        include: ["**/*.md"],
        exclude: ["drafts/**"],
        rateLimit: "60",
        wait: true,
        maxDeletes: "10%",
        collectionId: "12345",
        locales: ["en", "fr"],
        defaultLocale: "en",
        frontmatter: { title: ["heading"], tags: ["tags", "categories"] },
        overrides: [
          { files: ["snippets/**"], type: "snippet", tags: ["short"], metadata: { audience: "admins", level: 2 } },
          { files: ["internal/**", "**/_*.md"], exclude: true },
        ],
        targets: { heppu: { apiUrl: "https://api.heppu.example", rateLimit: "30" } },
      },
    });
  });

  it("reports every problem at once, each with its line", () => {
    const text = [
      "path: docs", //                    1
      "rate-limit: fast", //              2
      "colour: blue", //                  3
      "deletions: maybe", //              4
      "frontmatter:", //                  5
      "  heading: title", //              6
      "overrides:", //                    7
      "  - tags: [x]", //                 8
      "  - files: a/**", //               9
      "    exclude: 'yes please'", //     10
      "targets:", //                      11
      "  nowhere: {}", //                 12
      "  local:", //                      13
      "    wait-timeout: 0", //           14
      "max-deletes: lots", //             15
    ].join("\n");
    const { problems } = parse(text);
    expect(problems.map((p) => p.split(":")[1])).toEqual(["2", "3", "4", "6", "8", "10", "12", "14", "15"]);
    expect(problems[0]).toBe('kb-publish.yml:2: "rate-limit" is "fast"; expected a whole number of at least 1');
    expect(problems[1]).toMatch(/unknown key "colour"; expected one of path, include/);
    expect(problems[3]).toContain('unknown key "frontmatter.heading"');
    expect(problems[4]).toContain('"overrides[0]" has no "files"');
    expect(problems[5]).toContain('"overrides[1].exclude" is "yes please"; expected true or false');
    expect(problems[6]).toBe('kb-publish.yml:12: unknown target "targets.nowhere"; expected one of local, heppu');
  });

  it("says where the API key goes when the file holds one, without printing it", () => {
    const { problems } = parse("api-key: hk_live_committed_secret\ntargets:\n  heppu:\n    api_key: hk_live_other_secret\n");
    expect(problems).toEqual([
      'kb-publish.yml:1: "api-key" is never read from the config file, which is committed with the repository; expected the KB_PUBLISH_API_KEY environment variable or the api-key input (remove it from the file, and rotate the key if it was pushed)',
      'kb-publish.yml:4: "targets.heppu.api_key" is never read from the config file, which is committed with the repository; expected the KB_PUBLISH_API_KEY environment variable or the api-key input (remove it from the file, and rotate the key if it was pushed)',
    ]);
  });

  it("reports YAML errors with their line and an empty file as no settings", () => {
    expect(parse("path: a\npath: b\n").problems).toEqual(["kb-publish.yml:2: Map keys must be unique"]);
    expect(parse("# nothing yet\n")).toEqual({ options: {}, problems: [] });
    expect(parse("- a\n").problems).toEqual(["kb-publish.yml:1: the config file is a list; expected a mapping of keys to values"]);
  });

  it("treats a key without a value as unset and resolves aliases", () => {
    expect(parse("include:\nexclude: &ex [a/**]\noverrides:\n  - files: *ex\n    exclude: true\n").options).toEqual({
      exclude: ["a/**"],
      overrides: [{ files: ["a/**"], exclude: true }],
    });
  });
});
