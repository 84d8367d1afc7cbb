import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  docusaurusLocales,
  docusaurusSettings,
  exportedValue,
  hugoLocales,
  localesImport,
  mkdocsLocales,
  objectConfigLocales,
  siteLocales
} from "./chunk-MKLY2ZRB.js";
import "./chunk-22XZLT6N.js";
import "./chunk-R2HWPTEX.js";
import "./chunk-IAQ7UJBM.js";
export {
  docusaurusLocales,
  docusaurusSettings,
  exportedValue,
  hugoLocales,
  localesImport,
  mkdocsLocales,
  objectConfigLocales,
  siteLocales
};
