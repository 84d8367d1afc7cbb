import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  require_out
} from "./chunk-TDM6W3DQ.js";
import "./chunk-5FHZ3ESA.js";
import {
  normalizeText,
  parseFrontmatter
} from "./chunk-AYROW645.js";
import "./chunk-PCYCVKMJ.js";
import "./chunk-22XZLT6N.js";
import "./chunk-R2HWPTEX.js";
import {
  __toESM
} from "./chunk-IAQ7UJBM.js";

// src/sources/hugo-cascade.ts
var import_fast_glob = __toESM(require_out(), 1);
import { readFile } from "node:fs/promises";
import path from "node:path";
var MAX_SECTION_BYTES = 1024 * 1024;
async function hugoCascadeExcludes(root, exclude) {
  const sections = await (0, import_fast_glob.default)("**/_index.{md,markdown}", { cwd: root, ignore: ["**/node_modules/**", "**/.git/**", ...exclude], followSymbolicLinks: false });
  const folders = [];
  for (const file of sections.sort()) {
    if (await cascadesNeverRender(path.join(root, file))) folders.push(path.posix.dirname(file));
  }
  return folders.map((folder) => folder === "." ? "**" : `${folder}/**`);
}
async function cascadesNeverRender(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return false;
  }
  if (text.length > MAX_SECTION_BYTES) return false;
  const front = parseFrontmatter(normalizeText(text));
  if (!front.ok) return false;
  const cascade = valueOf(front.data, "cascade");
  const entries = Array.isArray(cascade) ? cascade : [cascade];
  return entries.some((entry) => isRecord(entry) && valueOf(entry, "target") === void 0 && valueOf(entry, "_target") === void 0 && neverRendered(entry));
}
function neverRendered(entry) {
  const build = valueOf(entry, "build") ?? valueOf(entry, "_build");
  if (!isRecord(build)) return false;
  const render = valueOf(build, "render");
  return render === false || typeof render === "string" && ["never", "false"].includes(render.trim().toLowerCase());
}
function valueOf(data, key) {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key);
  return found === void 0 ? void 0 : data[found];
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
export {
  hugoCascadeExcludes
};
