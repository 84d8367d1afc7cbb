import { DEFAULT_MAX_FILE_BYTES } from "../../src/config/settings.js";
import type { ReadSettings } from "../../src/sources/prepare.js";

/** Settings for reading the docs under `root` with every default (Markdown and MDX pages), for tests. */
export function readSettings(root: string, extra: Partial<ReadSettings> = {}): ReadSettings {
  return { root, include: ["**/*.{md,mdx}"], exclude: [], idPrefix: "", idKey: "id", maxFileBytes: DEFAULT_MAX_FILE_BYTES, locales: [], defaultLocale: "en", ...extra };
}
