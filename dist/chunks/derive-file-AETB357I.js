import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  deriveFile
} from "./chunk-BGYJGLFD.js";
import "./chunk-AYROW645.js";
import "./chunk-FAW3YXAK.js";
import "./chunk-EC5GQZHA.js";
import "./chunk-WAZHSMMG.js";
import "./chunk-PCYCVKMJ.js";
import "./chunk-ZEPJQXB2.js";
import "./chunk-22XZLT6N.js";
import "./chunk-R2HWPTEX.js";
import "./chunk-IAQ7UJBM.js";
export {
  deriveFile
};
