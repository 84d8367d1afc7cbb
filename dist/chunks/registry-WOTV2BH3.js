import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  targetNames,
  targets
} from "./chunk-4S7Z6VGJ.js";
import "./chunk-JO6W424U.js";
import "./chunk-AOHHTNQQ.js";
import "./chunk-WAZHSMMG.js";
import "./chunk-IAQ7UJBM.js";
export {
  targetNames,
  targets
};
