import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  deriveFile
} from "./chunk-XRGLX6L3.js";
import "./chunk-YQWHYQ7U.js";
import "./chunk-PJZPB3GI.js";
import "./chunk-XOLIKYMX.js";
import "./chunk-WAZHSMMG.js";
import "./chunk-MHCW4QAG.js";
import "./chunk-22XZLT6N.js";
import "./chunk-R2HWPTEX.js";
import "./chunk-IAQ7UJBM.js";
export {
  deriveFile
};
