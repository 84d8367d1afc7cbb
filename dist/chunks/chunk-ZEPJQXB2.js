import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);

// src/documents/page-path.ts
import { posix } from "node:path";
var IGNORED_PREFIX = /^\d+[-_.]\d+/;
var NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^-_.\s])/;
function stripNumberPrefix(name) {
  if (IGNORED_PREFIX.test(name)) return name;
  return name.replace(NUMBER_PREFIX, "");
}
var INDEX_NAMES = /* @__PURE__ */ new Set(["index", "_index"]);
function pageSegments(sourcePath) {
  const posixPath = sourcePath.replaceAll("\\", "/");
  const extension = posix.extname(posixPath);
  const withoutExtension = extension ? posixPath.slice(0, -extension.length) : posixPath;
  return withoutExtension.split("/").filter((segment) => segment !== "" && segment !== ".").map(stripNumberPrefix);
}

// src/documents/id.ts
var MAX_ID_LENGTH = 1024;
var ID_SCOPES = ["global", "folder"];
function externalIdOf(options) {
  const { sourcePath, explicitId } = options;
  const fromPath = () => options.route ?? pathIdOf(sourcePath);
  const base = explicitId === void 0 ? fromPath() : options.idScope === "folder" ? folderScopedId(sourcePath, explicitId) : explicitId;
  return `${options.idPrefix}${base}`.normalize("NFC");
}
function folderScopedId(sourcePath, explicitId) {
  if (explicitId.includes("/")) return explicitId;
  const folders = pageSegments(sourcePath).slice(0, -1);
  return [...folders, explicitId].join("/");
}
function scopedIdWithin(externalId, sourcePath, idPrefix) {
  const folders = pageSegments(sourcePath).slice(0, -1);
  const prefix = `${idPrefix}${folders.map((folder) => `${folder}/`).join("")}`.normalize("NFC");
  if (!externalId.startsWith(prefix)) return void 0;
  const rest = externalId.slice(prefix.length);
  return rest !== "" && !rest.includes("/") ? rest : void 0;
}
function pathIdOf(sourcePath) {
  const segments = pageSegments(sourcePath);
  if (segments.length > 1 && INDEX_NAMES.has(segments.at(-1))) segments.pop();
  if (segments.length === 1 && segments[0] === "_index") return "index";
  return segments.join("/");
}
function validateId(id) {
  const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}\u2026` : id);
  if (id.length === 0) return "id is empty; expected at least one character";
  if (id.length > MAX_ID_LENGTH) {
    return `id ${shown} is ${id.length} characters long; expected at most ${MAX_ID_LENGTH}`;
  }
  if (/[\u0000-\u001f\u007f-\u009f]/.test(id)) return `id ${shown} contains a control character; expected printable text`;
  if (id.trim() !== id) return `id ${shown} starts or ends with whitespace; expected none`;
  if (id.split("/").includes("..")) return `id ${shown} contains a ".." path segment; expected none`;
  return void 0;
}

// src/config/document-options.ts
var FRONTMATTER_FIELDS = [
  "id",
  "title",
  "description",
  "tags",
  "lang",
  "translationKey",
  "slug",
  "permalink",
  "draft",
  "published",
  "publishDate",
  "expiryDate",
  "type"
];
var MERGED_FRONTMATTER_FIELDS = /* @__PURE__ */ new Set(["tags"]);
var DEFAULT_FRONTMATTER_KEYS = {
  id: ["id"],
  title: ["title"],
  description: ["description", "summary", "excerpt"],
  tags: ["tags", "categories", "keywords"],
  lang: ["lang", "language", "locale"],
  translationKey: ["translationKey", "translation_key"],
  slug: ["slug"],
  permalink: ["permalink", "url"],
  draft: ["draft"],
  published: ["published"],
  publishDate: ["publishDate", "pubdate", "published"],
  expiryDate: ["expiryDate", "unpublishdate"],
  type: ["type"]
};

export {
  stripNumberPrefix,
  INDEX_NAMES,
  pageSegments,
  ID_SCOPES,
  externalIdOf,
  scopedIdWithin,
  validateId,
  FRONTMATTER_FIELDS,
  MERGED_FRONTMATTER_FIELDS,
  DEFAULT_FRONTMATTER_KEYS
};
