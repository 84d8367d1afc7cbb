import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  targetNames,
  targets
} from "./chunk-5NIUST2G.js";
import "./chunk-KZLVBXXM.js";
import "./chunk-AOHHTNQQ.js";
import "./chunk-WAZHSMMG.js";
import "./chunk-IAQ7UJBM.js";
export {
  targetNames,
  targets
};
