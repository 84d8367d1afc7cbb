import { describe, expect, it } from "vitest";
import { linkResolver, pageUrlPath, siteBase, sourceUrlOf } from "./links.js";

const base = "https://example.com/docs/";

describe("pageUrlPath", () => {
  it.each([
    ["guides/install.md", "guides/install/"],
    ["02-guides/01-install.mdx", "guides/install/"],
    ["guides/index.md", "guides/"],
    ["guides/README.md", "guides/"],
    ["content/_index.md", "content/"],
    ["index.md", ""],
    ["release-notes/2-0.md", "release-notes/2-0/"],
  ])("%s → %j", (path, expected) => {
    expect(pageUrlPath(path)).toBe(expected);
  });
});

describe("siteBase", () => {
  it("adds the trailing slash and drops query and hash; refuses what is not a URL", () => {
    expect(siteBase("https://example.com/docs?x=1#y")?.href).toBe(base);
    expect(siteBase("not a url")).toBeUndefined();
    expect(siteBase(undefined)).toBeUndefined();
  });
});

describe("sourceUrlOf", () => {
  it("builds the URL from the path under the base URL", () => {
    expect(sourceUrlOf({ sourcePath: "02-guides/01-install.md", baseUrl: base })).toBe("https://example.com/docs/guides/install/");
    expect(sourceUrlOf({ sourcePath: "index.md", baseUrl: "https://example.com" })).toBe("https://example.com/");
    expect(sourceUrlOf({ sourcePath: "guides/café au lait.md", baseUrl: base })).toBe("https://example.com/docs/guides/caf%C3%A9%20au%20lait/");
  });

  it("uses a declared URL: absolute slugs and permalinks from the site root, relative slugs beside the file", () => {
    const at = (declared: Parameters<typeof sourceUrlOf>[0]["declared"]) => sourceUrlOf({ sourcePath: "guides/install.md", baseUrl: base, declared });
    expect(at({ key: "slug", value: "/setup" })).toBe("https://example.com/docs/setup");
    expect(at({ key: "slug", value: "setup" })).toBe("https://example.com/docs/guides/setup");
    expect(at({ key: "slug", value: "../setup/" })).toBe("https://example.com/docs/setup/");
    expect(at({ key: "permalink", value: "/docs/sync/" })).toBe("https://example.com/docs/docs/sync/");
    expect(at({ key: "url", value: "about/" })).toBe("https://example.com/docs/about/");
  });

  it("ignores permalink patterns with placeholders", () => {
    const declared = { key: "permalink" as const, value: "/:categories/:title/" };
    expect(sourceUrlOf({ sourcePath: "a.md", baseUrl: base, declared })).toBe("https://example.com/docs/a/");
  });

  it("without a base URL, gives only a declared absolute URL", () => {
    expect(sourceUrlOf({ sourcePath: "a.md" })).toBeUndefined();
    expect(sourceUrlOf({ sourcePath: "a.md", declared: { key: "slug", value: "/a" } })).toBeUndefined();
    expect(sourceUrlOf({ sourcePath: "a.md", declared: { key: "url", value: "https://other.example/a" } })).toBe("https://other.example/a");
  });
});

describe("linkResolver", () => {
  const resolve = linkResolver({ sourcePath: "02-guides/intro.md", baseUrl: base });

  it("maps Markdown files to their page URL, keeping query and anchor", () => {
    expect(resolve("./01-install.md")).toBe("https://example.com/docs/guides/install/");
    expect(resolve("install.mdx#options")).toBe("https://example.com/docs/guides/install/#options");
    expect(resolve("../index.md")).toBe("https://example.com/docs/");
    expect(resolve("sub/README.md?x=1")).toBe("https://example.com/docs/guides/sub/?x=1");
    expect(resolve("/reference/api.md")).toBe("https://example.com/docs/reference/api/");
    expect(resolve("my%20page.md")).toBe("https://example.com/docs/guides/my%20page/");
  });

  it("resolves other relative targets against the file's folder, and /paths against the origin", () => {
    expect(resolve("img/a.png")).toBe("https://example.com/docs/guides/img/a.png");
    expect(resolve("../assets/b.svg")).toBe("https://example.com/docs/assets/b.svg");
    expect(resolve("/img/c.png")).toBe("https://example.com/img/c.png");
  });

  it("leaves absolute URLs, anchors, other schemes and placeholders as written", () => {
    for (const destination of ["https://x.y/a.md", "//cdn.example/x.js", "#section", "mailto:a@b.c", "tel:+1", "", "{{ site.url }}/x"]) {
      expect(resolve(destination)).toBe(destination);
    }
  });

  it("changes nothing when the base URL is not usable", () => {
    expect(linkResolver({ sourcePath: "a.md", baseUrl: "nope" })("b.md")).toBe("b.md");
  });
});
