import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  targetNames,
  targets
} from "./chunk-VEZ4FCIZ.js";
import "./chunk-QS3LFEWJ.js";
import "./chunk-AOHHTNQQ.js";
import "./chunk-WAZHSMMG.js";
import "./chunk-IAQ7UJBM.js";
export {
  targetNames,
  targets
};
