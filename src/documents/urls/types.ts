/**
 * The URL rules of the generator that builds a site, read from its config at setup time (never
 * executed). With them, a Markdown page gets the id of the URL the generator publishes it at,
 * which is the id its built HTML page gets from its path: both inputs key the knowledge base
 * the same way. Absent (no generator detected): ids come from paths, as for any repository.
 */
export type SiteUrlRules =
  | DocusaurusRules
  | HugoRules
  | JekyllRules
  | (UrlRulesBase & { generator: "mkdocs"; /** `docs_dir`, relative to the site. Default `docs`. */ docsDir: string })
  | VitePressRules
  | (UrlRulesBase & { generator: "starlight"; /** The docs collection folder, relative to the site: `src/content/docs`. */ docsDir: string });

export type Generator = SiteUrlRules["generator"];

export interface UrlRulesBase {
  /** The generator's config file, relative to the docs root (for messages). */
  config: string;
  /**
   * The docs root's folder inside the generator's source tree, with a trailing `/` (`docs/` when
   * kb-publish reads `website/docs` of a Docusaurus site at `website/`); empty when they are the
   * same. Prepended to each page path before the rules apply.
   */
  within: string;
  /** Locale codes whose leading URL segment is taken off the id, as for built HTML paths. Default none. */
  locales: readonly string[];
}

/** One instance of a Docusaurus content plugin: where its files live and the URL they get. */
export interface DocusaurusPlugin {
  /** Folder of the plugin's files, relative to the site (`docs`, `blog`, `community`). */
  path: string;
  /** URL prefix (`docs`, `blog`, or empty for `routeBasePath: '/'`). */
  routeBasePath: string;
  /** Plugin id (`default` unless several instances): its translations live in `i18n/<l>/docusaurus-plugin-content-docs-<id>/`. */
  id: string;
}

export interface DocusaurusRules extends UrlRulesBase {
  generator: "docusaurus";
  docs: DocusaurusPlugin[];
  blog: DocusaurusPlugin[];
}

export interface HugoRules extends UrlRulesBase {
  generator: "hugo";
  /** Content folders relative to the site (`content`, or one per language: `content/en`, `content/fr`). */
  contentDirs: string[];
  /** Language codes of `[languages]`: a `page.<lang>.md` suffix is one of them. */
  languages: string[];
  /** `[permalinks]` patterns by section (top-level folder), e.g. `{ blog: "/:section/:year/:month/:day/:slug/" }`. */
  permalinks: Record<string, unknown>;
  /** `disablePathToLower`: URLs keep the case of file names. Default false. */
  keepCase: boolean;
}

export interface JekyllCollection {
  output: boolean;
  /** The collection's `permalink`, else `/:collection/:path:output_ext`. */
  permalink?: string;
}

export interface JekyllDefault {
  /** `scope.path`: pages under this path (a prefix; empty for all). */
  path: string;
  /** `scope.type`: `pages`, `posts`, or a collection name; undefined for all. */
  type?: string;
  permalink: string;
}

export interface JekyllRules extends UrlRulesBase {
  generator: "jekyll";
  /** The site's `permalink` (a style name such as `pretty`, or a pattern). Default `date`. */
  permalink: string;
  collections: Record<string, JekyllCollection>;
  /** `defaults` entries that set a `permalink`, in file order (later ones win). */
  defaults: JekyllDefault[];
}

export interface VitePressRules extends UrlRulesBase {
  generator: "vitepress";
  /** `srcDir`, relative to the site (the folder holding `.vitepress/`); empty for the site folder itself. */
  srcDir: string;
  /** `rewrites` as `[from, to]` patterns (`'en/:rest*': ':rest*'`), in config order. */
  rewrites: [string, string][];
}
