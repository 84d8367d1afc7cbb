import { describe, expect, it } from "vitest";
import { externalIdOf, folderScopedId, MAX_ID_LENGTH, pathIdOf, scopedIdWithin, validateId } from "./id.js";
import { stripNumberPrefix } from "./page-path.js";

describe("externalIdOf", () => {
  it("strips only the last extension and converts backslashes", () => {
    expect(externalIdOf({ sourcePath: "guides/install.fr.md", idPrefix: "" })).toBe("guides/install.fr");
    expect(externalIdOf({ sourcePath: "v1.2/notes", idPrefix: "" })).toBe("v1.2/notes");
    expect(externalIdOf({ sourcePath: "a\\b.md", idPrefix: "" })).toBe("a/b");
  });

  it("prefixes explicit ids and NFC-normalises the result", () => {
    expect(externalIdOf({ sourcePath: "x.md", explicitId: "caf\u0065\u0301", idPrefix: "kb/" })).toBe("kb/caf\u00e9");
  });
});

describe("folder-scoped explicit ids (Docusaurus)", () => {
  it("reads an id without a slash relative to the page's folder, folders without number prefixes", () => {
    expect(externalIdOf({ sourcePath: "docs/guides/x.md", explicitId: "overview", idPrefix: "kb:", idScope: "folder" })).toBe("kb:docs/guides/overview");
    expect(folderScopedId("docs/02-api/01-x.mdx", "overview")).toBe("docs/api/overview");
    expect(folderScopedId("intro.md", "welcome")).toBe("welcome");
  });

  it("keeps an id with a slash whole, and every id whole in global scope", () => {
    expect(folderScopedId("docs/guides/x.md", "reference/overview")).toBe("reference/overview");
    expect(externalIdOf({ sourcePath: "docs/guides/x.md", explicitId: "overview", idPrefix: "", idScope: "global" })).toBe("overview");
    expect(externalIdOf({ sourcePath: "docs/guides/x.md", explicitId: "overview", idPrefix: "" })).toBe("overview");
  });

  it("recovers the explicit id from a folder-scoped external id, and nothing from other ids", () => {
    expect(scopedIdWithin("kb:docs/guides/overview", "docs/02-guides/x.md", "kb:")).toBe("overview");
    expect(scopedIdWithin("docs/overview", "docs/guides/x.md", "")).toBeUndefined();
    expect(scopedIdWithin("docs/guides/a/b", "docs/guides/x.md", "")).toBeUndefined();
  });
});

describe("pathIdOf", () => {
  it.each([
    ["01-intro.md", "intro"],
    ["02-guides/01-install.mdx", "guides/install"],
    ["02 - guides/003 - install.md", "guides/install"],
    ["guides/install/index.md", "guides/install"],
    ["guides/install/index.html", "guides/install"],
    ["content/docs/_index.md", "content/docs"],
    ["index.md", "index"],
    ["_index.md", "index"],
    ["guides/README.md", "guides/README"],
    ["_posts/2024-01-01-post.md", "_posts/2024-01-01-post"],
    ["release-notes/2-0.md", "release-notes/2-0"],
    ["v1.2/notes.md", "v1.2/notes"],
  ])("%s → %s", (path, id) => {
    expect(pathIdOf(path)).toBe(id);
  });
});

describe("stripNumberPrefix (Docusaurus rule)", () => {
  it.each([
    ["01-intro", "intro"],
    ["1_intro", "intro"],
    ["001 - My Doc", "My Doc"],
    ["2.Intro", "Intro"],
    ["01", "01"],
    ["01-", "01-"],
    ["2021-01-31-post", "2021-01-31-post"],
    ["1.5-notes", "1.5-notes"],
    ["a1-doc", "a1-doc"],
    ["My Doc - 1", "My Doc - 1"],
  ])("%j → %j", (name, expected) => {
    expect(stripNumberPrefix(name)).toBe(expected);
  });
});

describe("validateId", () => {
  it("accepts ordinary ids", () => {
    for (const id of ["guides/install", "api-jobs", "caf\u00e9/d\u00e9but", "a..b", "x".repeat(MAX_ID_LENGTH)]) {
      expect(validateId(id)).toBeUndefined();
    }
  });

  it.each([
    ["", "empty"],
    ["x".repeat(MAX_ID_LENGTH + 1), "characters long"],
    ["a\u0000b", "control character"],
    ["tab\there", "control character"],
    ["a\u0085b", "control character"],
    [" lead", "whitespace"],
    ["trail\u00a0", "whitespace"],
    ["../etc/passwd", '".." path segment'],
    ["a/../b", '".." path segment'],
    ["a/..", '".." path segment'],
  ])("rejects %j", (id, problem) => {
    expect(validateId(id)).toContain(problem);
  });
});
