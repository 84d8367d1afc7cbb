import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  targetNames,
  targets
} from "./chunk-SQ5TPGR7.js";
import "./chunk-JU7XNXUD.js";
import "./chunk-AOHHTNQQ.js";
import "./chunk-WAZHSMMG.js";
import "./chunk-IAQ7UJBM.js";
export {
  targetNames,
  targets
};
