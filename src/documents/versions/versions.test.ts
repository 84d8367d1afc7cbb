import { describe, expect, it } from "vitest";
import { selectVersions, versionedPath, versionOf, versionPrefix, type SiteVersions } from "./index.js";

const site: SiteVersions = { site: "", released: ["2.x", "1.x"], folders: ["1.x", "2.x", "0.x"], current: true };

describe("selectVersions", () => {
  it("publishes the newest released version by default, skipping the other folders and the current docs", () => {
    const { plan, exclude, notes } = selectVersions(site, ["latest"]);
    expect(plan).toEqual({ site: "", published: ["2.x"], prefixed: false });
    expect(exclude).toEqual([
      "versioned_docs/version-1.x/**", "i18n/*/docusaurus-plugin-content-docs/version-1.x/**",
      "versioned_docs/version-0.x/**", "i18n/*/docusaurus-plugin-content-docs/version-0.x/**",
      "docs/**", "i18n/*/docusaurus-plugin-content-docs/current/**",
    ]);
    expect(notes).toEqual([]);
  });

  it("follows the config's lastVersion, and falls back to the current docs when its folder is missing", () => {
    expect(selectVersions({ ...site, lastVersion: "1.x" }, ["latest"]).plan.published).toEqual(["1.x"]);
    expect(selectVersions({ ...site, lastVersion: "3.x" }, ["latest"]).plan.published).toEqual(["current"]);
  });

  it("publishes every version under its own prefix with `all`, and a list with a note for missing ones", () => {
    expect(selectVersions(site, ["all"]).plan).toEqual({ site: "", published: ["current", "2.x", "1.x"], prefixed: true });
    const listed = selectVersions(site, ["current", "9.x"]);
    expect(listed.plan).toEqual({ site: "", published: ["current"], prefixed: false });
    expect(listed.notes).toEqual(['version "9.x" has no folder under the docs root (expected versioned_docs/version-9.x/); not published']);
  });
});

describe("versioned paths", () => {
  const one = { site: "website/", published: ["2.x"], prefixed: false };
  const all = { site: "website/", published: ["current", "2.x"], prefixed: true };
  it("give a versioned page the path it has in docs/, and its version as an id prefix when several are published", () => {
    expect(versionedPath("website/versioned_docs/version-2.x/guides/a.md", one)).toBe("website/docs/guides/a.md");
    expect(versionedPath("website/docs/a.md", all)).toBe("website/docs/a.md");
    expect(versionedPath("website/blog/post.md", all)).toBe("website/blog/post.md");
    expect(versionPrefix("website/versioned_docs/version-2.0/guides/a.md", all)).toBe("2.0/");
    expect(versionPrefix("website/docs/a.md", all)).toBe("current/");
    expect(versionPrefix("website/versioned_docs/version-2.x/a.md", one)).toBe("");
    expect(versionPrefix("website/blog/post.md", all)).toBe("");
  });
  it("name the version of docs pages and their translations", () => {
    expect(versionOf("website/i18n/fr/docusaurus-plugin-content-docs/version-2.x/a.md", all)).toBe("2.x");
    expect(versionOf("website/i18n/fr/docusaurus-plugin-content-docs/current/a.md", all)).toBe("current");
    expect(versionOf("website/blog/post.md", all)).toBeUndefined();
  });
});
