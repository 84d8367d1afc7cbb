import { describe, expect, it } from "vitest";
import { pageIdentity } from "./index.js";
import { idOfRoute, routeIdOf } from "./route.js";
import type { SiteUrlRules } from "./types.js";

const base = { config: "x", within: "", locales: [] as string[] };
const id = (rules: SiteUrlRules, path: string, data: Record<string, unknown> = {}) => routeIdOf(rules, path, data);

describe("idOfRoute", () => {
  it.each([
    ["/docs/intro/", "docs/intro"],
    ["docs/intro.html", "docs/intro"],
    ["/2024/01/02/hello.html", "2024/01/02/hello"],
    ["/", "index"],
    ["guide/index.html", "guide"],
    ["/release-1.0/", "release-1.0"],
    ["/fr/docs/intro/", "docs/intro"],
    ["/fr/", "index"],
  ])("%s → %s (the form built HTML paths take, locale fr taken off)", (route, expected) => {
    expect(idOfRoute(route, ["en", "fr"])).toBe(expected);
  });

  it("keeps a leading segment that is not one of the locales", () => {
    expect(idOfRoute("/fr/docs/intro/", [])).toBe("fr/docs/intro");
  });
});

describe("Docusaurus", () => {
  const rules: SiteUrlRules = {
    ...base, generator: "docusaurus", locales: ["en", "fr"],
    docs: [{ id: "default", path: "docs", routeBasePath: "docs" }, { id: "community", path: "community", routeBasePath: "community" }],
    blog: [{ id: "default", path: "blog", routeBasePath: "blog" }],
  };
  it.each([
    ["docs/intro.mdx", {}, "docs/intro"],
    ["docs/02-guides/01-install.md", {}, "docs/guides/install"],
    ["docs/guides/index.md", {}, "docs/guides"],
    ["docs/guides/README.md", {}, "docs/guides"],
    ["docs/guides/guides.md", {}, "docs/guides"],
    ["docs/guides/explicit.md", { id: "renamed-page" }, "docs/guides/renamed-page"],
    ["docs/guides/code-and-tables.md", { slug: "/moved/code-tables" }, "docs/moved/code-tables"],
    ["docs/guides/x.md", { slug: "relative" }, "docs/guides/relative"],
    ["community/support.md", {}, "community/support"],
    ["blog/2019-05-28-first-blog-post.mdx", { slug: "first-blog-post" }, "blog/first-blog-post"],
    ["blog/2024-03-04-no-slug-post.md", {}, "blog/2024/03/04/no-slug-post"],
    ["blog/2021-08-26-welcome/index.mdx", {}, "blog/2021/08/26/welcome"],
    ["blog/2021/08/26/nested.md", {}, "blog/2021/08/26/nested"],
    ["blog/undated.md", {}, "blog/undated"],
    ["src/pages/markdown-page.md", {}, "markdown-page"],
    ["i18n/fr/docusaurus-plugin-content-docs/current/intro.mdx", {}, "docs/intro"],
    ["i18n/fr/docusaurus-plugin-content-docs-community/current/support.md", {}, "community/support"],
    ["i18n/fr/docusaurus-plugin-content-blog/2019-05-28-first-blog-post.mdx", { slug: "first-blog-post" }, "blog/first-blog-post"],
  ])("%s %j → %s", (path, data, expected) => {
    expect(id(rules, path, data)).toBe(expected);
  });

  it("gives no route to files no plugin publishes, and to older doc versions", () => {
    expect(id(rules, "README.md")).toBeUndefined();
    expect(id(rules, "i18n/fr/docusaurus-plugin-content-docs/version-1.0/intro.md")).toBeUndefined();
  });

  it("serves docs from the site root in docs-only mode, and reads paths below the site when pointed at docs/", () => {
    const docsOnly: SiteUrlRules = { ...rules, docs: [{ id: "default", path: "docs", routeBasePath: "" }] };
    expect(id(docsOnly, "docs/intro.md")).toBe("intro");
    expect(id({ ...rules, within: "docs/" }, "intro.mdx")).toBe("docs/intro");
  });
});

describe("Hugo", () => {
  const rules: SiteUrlRules = {
    ...base, generator: "hugo", contentDirs: ["content/en"], languages: ["en", "fr"], keepCase: false,
    permalinks: { blog: "/:section/:year/:month/:day/:slug/" }, within: "content/en/",
  };
  it.each([
    ["docs/Tutorials and Demo Videos/_index.md", {}, "docs/tutorials-and-demo-videos"],
    ["docs/Tutorials and Demo Videos/EnergySavingApp.md", {}, "docs/tutorials-and-demo-videos/energysavingapp"],
    ["docs/tutorials/NetworkTrafficGenerator(NTG).md", {}, "docs/tutorials/networktrafficgeneratorntg"],
    ["docs/tutorials/Mininet/Native-Linux Excution Environment.md", {}, "docs/tutorials/mininet/native-linux-excution-environment"],
    ["docs/bundle/index.md", {}, "docs/bundle"],
    ["docs/page.fr.md", {}, "docs/page"],
    ["docs/x.md", { slug: "My Slug" }, "docs/my-slug"],
    ["docs/x.md", { url: "/elsewhere/" }, "elsewhere"],
    ["blog/news/second-post.md", { title: "Second blog post", date: "2018-10-06" }, "blog/2018/10/06/second-blog-post"],
    ["blog/news/first-post/index.md", { title: "Easy documentation with Docsy", date: "2018-10-06T00:00:00Z" }, "blog/2018/10/06/easy-documentation-with-docsy"],
    ["blog/_index.md", { title: "Blog" }, "blog"],
    ["_index.md", {}, "index"],
  ])("%s %j → %s", (path, data, expected) => {
    expect(id(rules, path, data)).toBe(expected);
  });

  it("keeps the case with disablePathToLower", () => {
    expect(id({ ...rules, keepCase: true }, "docs/Best Practices.md")).toBe("docs/Best-Practices");
  });
});

describe("Jekyll", () => {
  const rules: SiteUrlRules = {
    ...base, generator: "jekyll", permalink: "date",
    collections: { posts: { output: true }, docs: { output: true }, recipes: { output: false }, guides: { output: true, permalink: "/guides/:name/" } },
    defaults: [{ path: "_docs/api", type: "docs", permalink: "/reference/:path/" }],
  };
  it.each([
    ["about.md", {}, "about"],
    ["docs/index.md", {}, "docs"],
    ["docs/configuration-parameters.md", {}, "docs/configuration-parameters"],
    ["about.md", { permalink: "/about-us/" }, "about-us"],
    ["_posts/2024-01-02-Hello-World.md", {}, "2024/01/02/Hello-World"],
    ["blog/_posts/2024-01-02-hello.md", { categories: ["News", "Release"] }, "blog/news/release/2024/01/02/hello"],
    ["_posts/2024-01-02-hello.md", { date: "2024-02-03 10:00:00 +0000", slug: "Other Slug" }, "2024/02/03/Other-Slug"],
    ["_docs/install.md", {}, "docs/install"],
    ["_docs/api/client.md", {}, "reference/api/client"],
    ["_guides/Getting Started.md", {}, "guides/getting-started"],
  ])("%s %j → %s", (path, data, expected) => {
    expect(id(rules, path, data)).toBe(expected);
  });

  it("follows the site's permalink style, and gives no route to what Jekyll does not publish", () => {
    const pretty: SiteUrlRules = { ...rules, permalink: "pretty" };
    expect(id(pretty, "_posts/2024-01-02-hello.md")).toBe("2024/01/02/hello");
    expect(id({ ...rules, permalink: "/:categories/:title:output_ext" }, "_posts/2024-01-02-hello.md")).toBe("hello");
    expect(id(rules, "_recipes/soup.md")).toBeUndefined();
    expect(id(rules, "_includes/note.md")).toBeUndefined();
  });
});

describe("MkDocs, Starlight and VitePress", () => {
  it("MkDocs: README.md (that case only) and index.md are their folder", () => {
    const rules: SiteUrlRules = { ...base, generator: "mkdocs", docsDir: "docs", within: "docs/" };
    expect(["dev-guide/README.md", "dev-guide/index.md", "dev-guide/api.md", "readme.md", "index.md"].map((p) => id(rules, p))).toEqual(["dev-guide", "dev-guide", "dev-guide/api", "readme", "index"]);
  });

  it("Starlight: github-slugger per segment, frontmatter slug wins, locale folder taken off", () => {
    const rules: SiteUrlRules = { ...base, generator: "starlight", docsDir: "src/content/docs", within: "src/content/docs/", locales: ["en", "fr", "pt-br"] };
    expect(id(rules, "guides/Best Practices.md")).toBe("guides/best-practices");
    expect(id(rules, "pt-br/guides/Project Structure.mdx")).toBe("guides/project-structure");
    expect(id(rules, "fr/index.mdx")).toBe("index");
    expect(id(rules, "reference/x.md", { slug: "api/x" })).toBe("api/x");
  });

  it("VitePress: rewrites (path-to-regexp patterns and regex keys) before the locale comes off", () => {
    const rules: SiteUrlRules = {
      ...base, generator: "vitepress", srcDir: "", locales: ["en-US", "fa", "zh"],
      rewrites: [["en/:rest*", ":rest*"], ["packages/:pkg/src/(.*)", ":pkg/index.md"], ["^legacy/(?<name>.+)\\.md$", "old/:name.md"]],
    };
    expect(id(rules, "en/guide/getting-started.md")).toBe("guide/getting-started");
    expect(id(rules, "en/index.md")).toBe("index");
    expect(id(rules, "fa/guide/getting-started.md")).toBe("guide/getting-started");
    expect(id(rules, "packages/pkg-a/src/pkg-a-docs.md")).toBe("pkg-a");
    expect(id(rules, "legacy/notes.md")).toBe("old/notes");
    expect(id(rules, "README.md")).toBe("README");
    expect(id({ ...rules, srcDir: "src", within: "" }, "guide.md")).toBeUndefined();
  });
});

describe("pageIdentity", () => {
  const docusaurus: SiteUrlRules = { ...base, generator: "docusaurus", docs: [{ id: "default", path: "docs", routeBasePath: "docs" }], blog: [] };
  const mkdocs: SiteUrlRules = { ...base, generator: "mkdocs", docsDir: "" };
  it("lets an explicit id win over the route, except Docusaurus's own `id`, which the route already holds", () => {
    const page = { sourcePath: "docs/guides/x.md", data: { id: "renamed", slug: "/moved" }, idKey: "id", explicitId: "renamed" };
    expect(pageIdentity(docusaurus, page)).toEqual({ route: "docs/moved" });
    expect(pageIdentity(docusaurus, { ...page, idKey: "kb_id", explicitId: "kb-1" })).toEqual({ route: "docs/moved", explicitId: "kb-1" });
    expect(pageIdentity(mkdocs, { sourcePath: "a/README.md", data: {}, idKey: "id", explicitId: "keep" })).toEqual({ route: "a", explicitId: "keep" });
    expect(pageIdentity(undefined, { sourcePath: "a.md", data: {}, idKey: "id" })).toEqual({});
  });
});
