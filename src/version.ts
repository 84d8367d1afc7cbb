import pkg from "../package.json" with { type: "json" };

/** The kb-publish version, from package.json (inlined into the bundles at build time). */
export const VERSION: string = pkg.version;
