import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  applyOverrides,
  preparePayloads,
  require_picomatch,
  require_utils,
  unpackPrepared
} from "./chunk-M3HBEHDF.js";
import {
  ApiError,
  ConfigError,
  pLimit,
  pageOfProvenance,
  redact,
  redactUrlCredentials,
  secretsFromUrl,
  targetNames,
  targets
} from "./chunk-6NCMB4B3.js";
import {
  CONFIG_FILE_NAMES,
  EXPECTED,
  FILE_FIELDS,
  describeMaxDeletes,
  invalidValue,
  isApiBaseUrl,
  isHttpUrl,
  parseMaxDeletes
} from "./chunk-X5IO2MQ3.js";
import {
  NO_TEXT_MESSAGE,
  OUTSIDE_ROOT_MESSAGE,
  TOO_LARGE_MESSAGE,
  builtBy,
  canonicalLocale,
  compareCodeUnits,
  isInside,
  localeKey,
  matchLocale,
  normalizeText,
  parseFrontmatter,
  readSourceBytes,
  recordBuiltBy,
  selectVersions,
  sourceUrlOf,
  versionPrefix,
  versionedPath
} from "./chunk-YQWHYQ7U.js";
import {
  HASH_SCHEMA_VERSION,
  canonicalJson,
  fingerprintOf,
  sha256,
  sha256Bytes
} from "./chunk-WAZHSMMG.js";
import {
  DEFAULT_FRONTMATTER_KEYS,
  ID_SCOPES,
  externalIdOf,
  scopedIdWithin,
  validateId
} from "./chunk-MHCW4QAG.js";
import {
  blockAfter,
  docusaurusSettings,
  flatten,
  isRecord,
  parseData,
  propertyValue,
  stringValue,
  withoutComments
} from "./chunk-MKLY2ZRB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-IAQ7UJBM.js";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten2(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten2;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os2 = __require("os");
    var path10 = __require("path");
    var IS_WINDOWS_PLATFORM = os2.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path10.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare2);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare2(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils2();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils2();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch();
    var utils = require_utils();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path10 = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename2 = path10.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename2);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute2(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute2(pattern) {
      return path10.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute2;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path10 = require_path();
    exports.path = path10;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path10, settings, callback) {
      settings.fs.lstat(path10, (lstatError, lstat3) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat3.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat3);
          return;
        }
        settings.fs.stat(path10, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat3);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path10, settings) {
      const lstat3 = settings.fs.lstatSync(path10);
      if (!lstat3.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat3;
      }
      try {
        const stat2 = settings.fs.statSync(path10);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat3;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync2 = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path10, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path10, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path10, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync(path10, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync2.read(path10, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants2();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir3(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir3(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path10 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path10, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path10,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir3;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants2();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir3(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir3(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir3;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path10 = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path10.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync2 = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path10, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path10, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path10, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path10, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync2.read(path10, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause: pause2,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause2() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve2, reject2) {
          pushCb(value, function(err, result) {
            if (err) {
              reject2(err);
              return;
            }
            resolve2(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve2, reject2) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject2(err);
              return;
            }
            resolve2(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve2) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve2();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve2();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path10 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path10.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path10 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path10.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve2, reject2) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve2(stats) : reject2(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve2, reject2) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve2(entries);
            } else {
              reject2(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve2, reject2) => {
          stream.once("error", reject2);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve2(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections2 = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections2.length <= 1,
            pattern,
            segments,
            sections: sections2
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path10 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path10.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os2 = __require("os");
    var CPU_COUNT = Math.max(os2.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync2;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync2(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync2;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/output/redactor.ts
function createRedactor(initial = []) {
  const known = /* @__PURE__ */ new Set();
  const redactor = {
    add: (...secrets) => {
      for (const secret of secrets) if (secret) known.add(secret);
    },
    text: (text) => redactUrlCredentials(redact(text, [...known]))
  };
  redactor.add(...initial);
  return redactor;
}
function secretsOf(options) {
  return [options.apiKey ?? "", ...secretsFromUrl(options.apiUrl)].filter(Boolean);
}

// src/config/raw.ts
function splitList(value) {
  if (value === void 0 || value.trim() === "") return void 0;
  const items = [];
  for (const line of value.split(/\r?\n/)) {
    let depth = 0;
    let current = "";
    for (const char of line) {
      if (char === "{") depth++;
      if (char === "}") depth = Math.max(0, depth - 1);
      if (char === "," && depth === 0) {
        items.push(current);
        current = "";
      } else current += char;
    }
    items.push(current);
  }
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

// src/config/env.ts
var ENV_PREFIX = "KB_PUBLISH_";
var PLAIN_TYPES = /* @__PURE__ */ new Set(["string", "integer", "boolean", "strings", "max-deletes"]);
var ENV_FIELDS = [
  ...Object.entries(FILE_FIELDS).filter(([, field]) => PLAIN_TYPES.has(field.spec.type)),
  ["api-key", { option: "apiKey", spec: { type: "string", description: "API key." } }],
  ["config", { option: "config", spec: { type: "string", description: "Config file." } }]
];
function envName(key) {
  return `${ENV_PREFIX}${key.toUpperCase().replace(/-/g, "_")}`;
}
function envOptions(env) {
  const raw = {};
  for (const [key, field] of ENV_FIELDS) {
    const value = env[envName(key)];
    if (value === void 0 || value.trim() === "") continue;
    raw[field.option] = field.spec.type === "strings" ? splitList(value) : value.trim();
  }
  return raw;
}

// src/config/resolve.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/plan/guards.ts
var DEFAULT_MAX_DELETE_PERCENT = 10;
var DEFAULT_MAX_DELETE_FLOOR = 5;
var OVERRIDE_HINT = "refusing; pass --allow-mass-delete (input allow-mass-delete) to proceed";
var OVERRIDDEN_NOTE = "proceeding because allow-mass-delete is set";
function evaluateGuards(input) {
  return [massDeleteGuard(input), emptySourceGuard(input)];
}
function massDeleteGuard(input) {
  const { deletes, ownedLive: ownedLive2, maxDeletes } = input;
  const tripped = exceedsLimit(deletes, ownedLive2, maxDeletes);
  const limit = maxDeletes ? `max-deletes ${describeMaxDeletes(maxDeletes)}` : `the default limit (${DEFAULT_MAX_DELETE_PERCENT}% of owned records and more than ${DEFAULT_MAX_DELETE_FLOOR})`;
  const share = `${deletes} of ${ownedLive2} owned records (${percentText(deletes, ownedLive2)})`;
  if (!tripped) return verdict("mass-delete", false, input, `the plan deletes ${share}; within ${limit}`);
  return verdict("mass-delete", true, input, `the plan would delete ${share}, more than ${limit}`);
}
function emptySourceGuard(input) {
  const { documents, rejected, ownedLive: ownedLive2 } = input;
  const tripped = documents === 0 && rejected === 0 && ownedLive2 > 0;
  if (!tripped) {
    const message2 = ownedLive2 === 0 ? "the knowledge base holds no owned records" : `the source has ${documents} ${documents === 1 ? "document" : "documents"}`;
    return verdict("empty-source", false, input, message2);
  }
  const message = `the source has no documents while the knowledge base holds ${ownedLive2} owned ${ownedLive2 === 1 ? "record" : "records"} (check the root and the include/exclude globs)`;
  return verdict("empty-source", true, input, message);
}
function exceedsLimit(deletes, ownedLive2, limit) {
  if (!limit) return deletes > DEFAULT_MAX_DELETE_FLOOR && deletes * 100 > DEFAULT_MAX_DELETE_PERCENT * ownedLive2;
  if (limit.kind === "count") return deletes > limit.value;
  return deletes * 100 > limit.value * ownedLive2;
}
function verdict(guard, tripped, input, message) {
  const overridden = input.allowMassDelete;
  if (!tripped) return { guard, tripped, overridden, message };
  return { guard, tripped, overridden, message: `${message}; ${overridden ? OVERRIDDEN_NOTE : OVERRIDE_HINT}` };
}
function percentText(part, whole) {
  if (whole === 0) return "0%";
  return `${Math.round(part * 1e3 / whole) / 10}%`;
}

// src/sources/default-include.ts
var import_fast_glob = __toESM(require_out4(), 1);
import { basename, resolve } from "node:path";

// src/config/settings.ts
var DEFAULT_INCLUDE = ["**/*.{md,mdx,markdown}"];
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

// src/sources/default-include.ts
var BUILD_FOLDER_NAMES = ["public", "build", "_site", "site", "dist", "out"];
var HTML_INCLUDE = ["**/*.{html,htm}"];
function defaultIncludeFor(root, hasMarkdown) {
  const name = basename(resolve(root));
  const isBuildFolder = BUILD_FOLDER_NAMES.includes(name);
  return isBuildFolder && !hasMarkdown ? [...HTML_INCLUDE] : [...DEFAULT_INCLUDE];
}
async function detectDefaultInclude(root) {
  const name = basename(resolve(root));
  if (!BUILD_FOLDER_NAMES.includes(name)) return [...DEFAULT_INCLUDE];
  const stream = import_fast_glob.default.stream(DEFAULT_INCLUDE, { cwd: root, ignore: ["**/node_modules/**", "**/.git/**"], followSymbolicLinks: false });
  let hasMarkdown = false;
  for await (const _entry of stream) {
    hasMarkdown = true;
    break;
  }
  return defaultIncludeFor(root, hasMarkdown);
}

// src/config/defaults.ts
var SETTINGS_DEFAULTS = {
  command: "sync",
  target: "local",
  include: DEFAULT_INCLUDE,
  exclude: [],
  idPrefix: "",
  idKey: "id",
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  allowMassDelete: false,
  full: false,
  allowRollback: false,
  deletions: "tombstone",
  owner: "kb-publish",
  wait: false,
  waitTimeoutSeconds: 600,
  lockTimeoutSeconds: 60,
  requestTimeoutMs: 3e4,
  runner: "cli",
  locales: [],
  defaultLocale: "en",
  versions: ["latest"]
};

// src/config/commit.ts
import { execFile } from "node:child_process";
var GIT_TIMEOUT_MS = 1e4;
function readCommitStamp(root) {
  return new Promise((resolve2) => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    execFile("git", ["log", "-1", "--format=%H %ct", "HEAD"], { cwd: root, env, timeout: GIT_TIMEOUT_MS }, (error, stdout) => {
      resolve2(error ? void 0 : parseStamp(stdout));
    });
  });
}
function parseStamp(text) {
  const match = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+)$/.exec(text.trim());
  return match ? { sha: match[1], time: Number(match[2]) } : void 0;
}

// src/config/layers.ts
function layerOptions(layers) {
  const { targets: targets2, ...topLevel } = layers.file;
  const env = definedOnly(layers.env);
  const explicit = definedOnly(layers.explicit);
  const selected = explicit.target ?? env.target ?? topLevel.target ?? "local";
  return { ...definedOnly(topLevel), ...definedOnly(targets2?.[selected] ?? {}), ...env, ...explicit };
}
function definedOnly(raw) {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== void 0 && value !== ""));
}
function documentOptions(merged, problems) {
  const result = {};
  const keys = merged.frontmatter;
  if (keys && Object.keys(keys).length > 0) {
    if (keys.id && merged.idKey && merged.idKey !== "id") {
      problems.push(`id-key is "${merged.idKey}" and frontmatter.id is ${JSON.stringify(keys.id)}; expected only one of them (frontmatter.id replaces id-key)`);
    }
    result.frontmatterKeys = keys;
  }
  if (merged.overrides && merged.overrides.length > 0) result.overrides = merged.overrides;
  if (merged.components && Object.keys(merged.components).length > 0) result.components = merged.components;
  return result;
}
function checkVersions(versions, problems, where) {
  if (versions === void 0 || versions.length === 0) return void 0;
  const alone = versions.find((name) => name === "latest" || name === "all");
  if (alone && versions.length > 1) {
    problems.push(invalidValue(where("versions"), JSON.stringify(versions), `latest, current or all alone, or a list of version names (it mixes "${alone}" with others)`));
    return void 0;
  }
  return versions;
}
function checkLocales(merged, problems, where) {
  const named = [
    ...(merged.locales ?? []).map((code2) => ["locales", code2]),
    ...merged.defaultLocale === void 0 ? [] : [["defaultLocale", merged.defaultLocale]]
  ];
  for (const [option, code2] of named) {
    if (canonicalLocale(code2) === void 0) problems.push(invalidValue(where(option), JSON.stringify(code2), EXPECTED.locale));
  }
}

// src/config/target-options.ts
var TARGET_OPTIONS = {
  local: ["store"],
  heppu: ["apiUrl", "apiKey", "collectionId", "rateLimit", "timeout", "wait", "waitTimeout"],
  humind: ["apiUrl", "apiKey", "rateLimit"],
  chatbot: ["apiUrl", "apiKey", "sourceId", "rateLimit", "timeout", "waitTimeout"],
  totoy: ["apiUrl", "apiKey", "knowledgeBaseId", "metadataValueLimit", "rateLimit", "timeout", "wait", "waitTimeout"]
};
var ALL = [...new Set(Object.values(TARGET_OPTIONS).flat())];
function ignoredOptions(raw, target) {
  const reads = TARGET_OPTIONS[target];
  if (!reads) return [];
  return ALL.filter((option) => !reads.includes(option) && raw[option] !== void 0 && raw[option] !== "");
}
function targetsReading(option) {
  return Object.entries(TARGET_OPTIONS).filter(([, options]) => options.includes(option)).map(([name]) => name);
}

// src/config/resolve.ts
async function resolveSettings(input) {
  const { raw, cwd } = input;
  const env = envOptions(input.env);
  const problems = [];
  const configName = raw.config || env.config;
  const configPath = configName ? path.resolve(cwd, configName) : findConfigFile(cwd);
  if (configName && !existsSync(configPath ?? "")) problems.push(`config file not found: ${configName}`);
  const shownName = configPath ? displayPath(cwd, configPath) : CONFIG_FILE_NAMES[0];
  const fromFile = configPath && existsSync(configPath) ? await (await import("./file-WCLZRQQ2.js")).readConfigFile(configPath, { targetNames: targetNames(), displayName: shownName }) : { options: {}, problems: [] };
  problems.push(...fromFile.problems);
  const merged = layerOptions({ file: fromFile.options, env, explicit: raw });
  const where = originOf({ explicit: raw, env, runner: input.runner, file: shownName });
  checkLocales(merged, problems, where);
  const check = checker(problems, where);
  const settings = {
    command: check.oneOf("command", merged.command ?? SETTINGS_DEFAULTS.command, ["plan", "sync"]),
    root: path.resolve(cwd, merged.path ?? "."),
    target: check.oneOf("target", merged.target ?? SETTINGS_DEFAULTS.target, targetNames()),
    include: merged.include?.length ? merged.include : await defaultInclude(path.resolve(cwd, merged.path ?? ".")),
    exclude: merged.exclude ?? [],
    idPrefix: merged.idPrefix ?? SETTINGS_DEFAULTS.idPrefix,
    idKey: merged.idKey ?? SETTINGS_DEFAULTS.idKey,
    idScope: merged.idScope === void 0 ? void 0 : check.oneOf("idScope", merged.idScope, [...ID_SCOPES]),
    maxFileBytes: check.positiveInt("maxFileSize", merged.maxFileSize) ?? SETTINGS_DEFAULTS.maxFileBytes,
    maxDeletes: check.maxDeletes(merged.maxDeletes),
    allowMassDelete: check.bool("allowMassDelete", merged.allowMassDelete) ?? SETTINGS_DEFAULTS.allowMassDelete,
    allowRollback: check.bool("allowRollback", merged.allowRollback) ?? SETTINGS_DEFAULTS.allowRollback,
    full: check.bool("full", merged.full) ?? SETTINGS_DEFAULTS.full,
    deletions: check.oneOf("deletions", merged.deletions ?? SETTINGS_DEFAULTS.deletions, ["tombstone", "hard", "off"]),
    owner: merged.owner?.trim() || SETTINGS_DEFAULTS.owner,
    store: path.resolve(cwd, merged.store ?? ".kb-publish/store"),
    lockTimeoutSeconds: check.seconds("lockTimeout", merged.lockTimeout) ?? SETTINGS_DEFAULTS.lockTimeoutSeconds,
    apiUrl: check.apiUrl(merged.apiUrl || void 0),
    apiKey: merged.apiKey || void 0,
    collectionId: merged.collectionId || void 0,
    sourceId: merged.sourceId || void 0,
    knowledgeBaseId: merged.knowledgeBaseId || void 0,
    metadataValueLimit: check.positiveInt("metadataValueLimit", merged.metadataValueLimit),
    rateLimit: check.positiveInt("rateLimit", merged.rateLimit),
    wait: check.bool("wait", merged.wait) ?? SETTINGS_DEFAULTS.wait,
    waitTimeoutSeconds: check.positiveInt("waitTimeout", merged.waitTimeout) ?? SETTINGS_DEFAULTS.waitTimeoutSeconds,
    requestTimeoutMs: check.positiveInt("timeout", merged.timeout) ?? SETTINGS_DEFAULTS.requestTimeoutMs,
    runner: input.runner,
    baseUrl: check.url("baseUrl", merged.baseUrl),
    locales: merged.locales ?? [],
    defaultLocale: merged.defaultLocale ?? SETTINGS_DEFAULTS.defaultLocale,
    versions: checkVersions(merged.versions, problems, where) ?? [...SETTINGS_DEFAULTS.versions],
    ...documentOptions(merged, problems)
  };
  if (!existsSync(settings.root)) problems.push(`path not found: ${merged.path ?? "."} (resolved to ${settings.root})`);
  if (problems.length > 0) throw new ConfigError(problems);
  for (const option of ignoredOptions(merged, settings.target)) {
    const readers = targetsReading(option);
    input.warn?.(`${where(option)} is ignored by target ${settings.target}; expected with target${readers.length > 1 ? "s" : ""} ${readers.join(", ")}`);
  }
  const commit = await readCommitStamp(settings.root);
  return commit ? { ...settings, commit } : settings;
}
function originOf(layers) {
  const set = (raw, option) => raw[option] !== void 0 && raw[option] !== "";
  return (option) => {
    const key = kebab(option);
    if (set(layers.explicit, option)) return layers.runner === "cli" ? `--${key}` : `input ${key}`;
    if (set(layers.env, option)) return envName(key);
    return `${layers.file}: "${key}"`;
  };
}
function kebab(option) {
  return option.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
}
async function defaultInclude(root) {
  return existsSync(root) ? detectDefaultInclude(root) : [...DEFAULT_INCLUDE];
}
function displayPath(cwd, file) {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}
function findConfigFile(cwd) {
  return CONFIG_FILE_NAMES.map((name) => path.join(cwd, name)).find((file) => existsSync(file));
}
function checker(problems, where) {
  const invalid = (option, value, expected, candidates) => problems.push(invalidValue(where(option), JSON.stringify(value), expected, candidates));
  return {
    oneOf(option, value, allowed) {
      if (!allowed.includes(value)) invalid(option, value, EXPECTED.oneOf(allowed), allowed);
      return value;
    },
    seconds(option, value) {
      if (value === void 0) return void 0;
      const number = Number(value);
      if (Number.isInteger(number) && number >= 0) return number;
      invalid(option, value, EXPECTED.seconds);
      return void 0;
    },
    positiveInt(option, value) {
      if (value === void 0) return void 0;
      const number = Number(value);
      if (Number.isInteger(number) && number > 0) return number;
      invalid(option, value, EXPECTED.integer(1));
      return void 0;
    },
    bool(option, value) {
      if (value === void 0 || typeof value === "boolean") return value;
      if (/^(true|yes|1)$/i.test(value)) return true;
      if (/^(false|no|0)$/i.test(value)) return false;
      invalid(option, value, EXPECTED.boolean);
      return void 0;
    },
    url(option, value) {
      if (value === void 0) return void 0;
      if (isHttpUrl(value)) return value.replace(/\/+$/, "");
      invalid(option, value, EXPECTED.url);
      return void 0;
    },
    apiUrl(value) {
      if (value === void 0) return void 0;
      if (isApiBaseUrl(value)) return value.replace(/\/+$/, "");
      invalid("apiUrl", value, EXPECTED.apiUrl);
      return void 0;
    },
    maxDeletes(value) {
      if (value === void 0) return void 0;
      const parsed = parseMaxDeletes(value);
      if (typeof parsed === "string") {
        invalid("maxDeletes", value, EXPECTED.maxDeletes);
        return void 0;
      }
      return parsed;
    }
  };
}

// src/exit-codes.ts
var ExitCode = {
  ok: 0,
  error: 1,
  changesPending: 2,
  guardRefused: 3,
  partialFailure: 4
};
function exitCodeFor({ plan, result, detailed }) {
  if (plan.errors.length > 0) return ExitCode.error;
  if (plan.guards.some((guard) => guard.tripped && !guard.overridden)) return ExitCode.guardRefused;
  const unreadable = plan.diagnostics.some((d) => d.severity === "error");
  const failed = result ? result.counts.failed > 0 || result.failure !== void 0 : plan.rejected.length > 0;
  if (unreadable || failed) return ExitCode.partialFailure;
  const pending = plan.summary.create + plan.summary.update + plan.summary.delete > 0;
  if (!result && detailed && pending) return ExitCode.changesPending;
  return ExitCode.ok;
}

// src/report/wording.ts
function heldSummary(plan) {
  const kept = plan.kept?.length ?? 0;
  const skipped2 = plan.skipped?.length ?? 0;
  return `${kept > 0 ? `, ${kept} kept (unreadable)` : ""}${skipped2 > 0 ? `, ${skipped2} skipped (newer commit)` : ""}`;
}
function planSummaryLine(plan) {
  const { create, update, unchanged } = plan.summary;
  const rejected = plan.rejected.length > 0 ? `, ${plan.rejected.length} rejected` : "";
  return `Plan: ${create} to create, ${update} to update, ${plan.summary.delete} to delete, ${unchanged} unchanged${rejected}${heldSummary(plan)}.`;
}
function resultSummaryLine(result) {
  const c = result.counts;
  const skipped2 = c.skipped > 0 ? `, ${c.skipped} skipped` : "";
  return `Synced: ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged, ${c.failed} failed${skipped2}.`;
}
function changeRows(plan) {
  return plan.operations.flatMap(changeRow);
}
function changeRow(op) {
  if (op.kind === "unchanged") return [];
  if (op.kind === "delete") {
    const { externalId: externalId2, title: title2 } = op.remote;
    return [{ action: "delete", externalId: externalId2, title: title2, reason: op.reasons.join(", ") }];
  }
  const { externalId, title, sourcePath } = op.doc;
  return [{ action: op.kind, externalId, title, sourcePath, reason: op.reasons.join(", ") }];
}
function locationOf(diagnostic) {
  return diagnostic.line === void 0 ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/report/markdown-format.ts
var MAX_CELL_CHARS = 500;
function escapeText(text) {
  const flat = clip(printable(oneLine(text)));
  const escaped = flat.replace(/[\\`*_[\]<>|~&#!]/g, (char) => `\\${char}`).replace(/@/g, "@\u200B");
  return escaped.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}
function code(text, options = {}) {
  const flat = clip(printable(oneLine(text)));
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = flat.startsWith("`") || flat.endsWith("`") ? ` ${flat} ` : flat;
  const span = `${fence}${padded}${fence}`;
  return options.inTable ? span.replace(/\|/g, "\\|") : span;
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, " ");
}
function clip(text) {
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}\u2026` : text;
}

// src/report/held.ts
function heldRows(plan) {
  return [
    ...(plan.kept ?? []).map((k) => ({ action: "kept", externalId: k.externalId, title: k.title, sourcePath: k.file, reason: k.reason })),
    ...(plan.skipped ?? []).map((s) => ({ action: "skipped", externalId: s.externalId, title: s.title, sourcePath: s.sourcePath, reason: skippedReason(s) }))
  ];
}
function skippedReason(skipped2) {
  return `${skipped2.reason} (would ${skipped2.action}: ${skipped2.reasons.join(", ")})`;
}
function heldSections(plan) {
  const kept = plan.kept ?? [];
  const skipped2 = plan.skipped ?? [];
  const sections2 = [];
  if (kept.length > 0) {
    sections2.push({
      kind: "NOTE",
      title: `${plural(kept.length, "published page")} kept as ${kept.length === 1 ? "it is" : "they are"}: the file could not be read, so the copy is neither updated nor deleted`,
      items: kept.map((k) => `${code(k.externalId)} (${code(k.file)}): ${escapeText(k.reason)}`)
    });
  }
  if (skipped2.length > 0) {
    sections2.push({
      kind: "WARNING",
      title: `${plural(skipped2.length, "record")} skipped: a newer commit published ${skipped2.length === 1 ? "it" : "them"} (pass allow-rollback to overwrite)`,
      items: skipped2.map((s) => `${code(s.externalId)}: ${escapeText(skippedReason(s))}`)
    });
  }
  return sections2;
}
function rollbackWarning(plan) {
  const skipped2 = plan.skipped ?? [];
  if (skipped2.length === 0) return void 0;
  const newest = [...skipped2].sort((a, b) => b.commit.time - a.commit.time)[0].commit;
  return `${plural(skipped2.length, "record was", "records were")} left as ${skipped2.length === 1 ? "it is" : "they are"}: a newer commit published ${skipped2.length === 1 ? "it" : "them"} (newest ${newest.sha.slice(0, 12)}, ${new Date(newest.time * 1e3).toISOString()}) and these docs are from an older commit; run from the newest commit, or pass --allow-rollback (input allow-rollback) to overwrite them`;
}

// src/plan/types.ts
function isBlocked(plan) {
  return plan.errors.length > 0 || plan.guards.some((g) => g.tripped && !g.overridden);
}

// src/report/left-out.ts
var LABELS = {
  draft: (n) => plural(n, "draft"),
  unpublished: (n) => `${n} unpublished`,
  partial: (n) => plural(n, "partial"),
  empty: (n) => `${n} without text`,
  noindex: (n) => `${n} noindex`,
  redirect: (n) => plural(n, "redirect stub"),
  generated: (n) => plural(n, "generated page"),
  override: (n) => `${n} excluded by an override`,
  "too-large": (n) => `${n} over the size limit`,
  other: (n) => `${n} left out for another reason`
};
var ORDER = Object.keys(LABELS);
function leftOutPages(plan) {
  const excluded = (plan.excluded ?? []).map((file) => ({ path: file.file, reason: leftOutReason(file), detail: file.reason }));
  const tooLarge = plan.diagnostics.filter((d) => d.severity === "error" && d.message.startsWith(TOO_LARGE_MESSAGE)).map((d) => ({ path: d.file, reason: "too-large", detail: d.message }));
  return [...excluded, ...tooLarge].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function leftOutReason(file) {
  const { reason } = file;
  if (file.textless) return "empty";
  if (/^draft\b|_drafts/.test(reason)) return "draft";
  if (reason.startsWith("excluded by overrides[")) return "override";
  if (reason.includes("a partial, not a page")) return "partial";
  if (reason.startsWith("noindex")) return "noindex";
  if (reason.startsWith("redirect stub")) return "redirect";
  if (reason.endsWith("of the built site")) return "generated";
  if (reason.endsWith("in frontmatter")) return "unpublished";
  return "other";
}
function leftOutCounts(pages) {
  const counts = /* @__PURE__ */ new Map();
  for (const page of pages) counts.set(page.reason, (counts.get(page.reason) ?? 0) + 1);
  return ORDER.filter((reason) => counts.has(reason)).map((reason) => LABELS[reason](counts.get(reason))).join(", ");
}
function leftOutLine(page) {
  return `${page.path}: ${describeLeftOut(page)}`;
}
function describeLeftOut(page) {
  if (page.reason === "too-large" || page.reason === "other" || page.reason === "empty") return page.detail;
  return `${page.reason} (${page.detail})`;
}

// src/report/json.ts
var REPORT_JSON_VERSION = 1;
function planToJson(plan) {
  return {
    version: REPORT_JSON_VERSION,
    blocked: isBlocked(plan),
    summary: { ...plan.summary },
    operations: plan.operations.map(operationToJson),
    errors: [...plan.errors],
    rejected: plan.rejected.map((r) => ({ ...r })),
    diagnostics: plan.diagnostics.map((d) => withoutUndefined({ ...d })),
    guards: plan.guards.map((g) => ({ ...g })),
    deletesWithheld: [...plan.deletesWithheld],
    kept: (plan.kept ?? []).map((k) => withoutUndefined({ ...k })),
    excluded: leftOutPages(plan),
    skipped: (plan.skipped ?? []).map((s) => withoutUndefined({ ...s, reasons: [...s.reasons], commit: { ...s.commit } }))
  };
}
function resultToJson(result) {
  return {
    version: REPORT_JSON_VERSION,
    counts: { ...result.counts },
    results: result.results.map((r) => withoutUndefined({ ...r })),
    deletesSkipped: result.deletesSkipped ?? null,
    notes: [...result.notes]
  };
}
function operationToJson(op) {
  if (op.kind === "delete") {
    const { externalId: externalId2, title: title2, remoteId, fingerprint } = op.remote;
    return withoutUndefined({ kind: op.kind, externalId: externalId2, title: title2, remoteId, reasons: [...op.reasons], hash: fingerprint?.hash });
  }
  const { externalId, title, sourcePath } = op.doc;
  const remote = op.kind === "create" ? void 0 : op.remote;
  return withoutUndefined({
    kind: op.kind,
    externalId,
    title,
    sourcePath,
    remoteId: remote?.remoteId,
    reasons: op.kind === "unchanged" ? [] : [...op.reasons],
    hash: op.fingerprint.hash,
    previousHash: op.kind === "update" ? op.remote.fingerprint?.hash : void 0
  });
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== void 0));
}

// src/report/outcome.ts
function outcomeToJson(command, outcome) {
  return {
    command,
    plan: planToJson(outcome.plan),
    result: outcome.result ? resultToJson(outcome.result) : null
  };
}

// src/output/progress.ts
var LABEL = {
  reading: { verb: "Reading", noun: "files" },
  planning: { verb: "Planning", noun: "" },
  writing: { verb: "Writing", noun: "documents" }
};
var REDRAW_MS = 100;
var RATE_AFTER_ITEMS = 5;
var CLEAR_LINE = "\r\x1B[2K";
function createProgress(options) {
  const showAfter = options.showAfterMs ?? 1e3;
  let state;
  const draw = (final) => {
    if (!state) return;
    const elapsed = options.now() - state.started;
    if (!state.shown && elapsed < showAfter) return;
    if (!final && state.shown && options.now() - state.drawn < REDRAW_MS) return;
    state.shown = true;
    state.drawn = options.now();
    const line = final ? finishedLine({ ...state, elapsedMs: elapsed }) : statusLine({ ...state, elapsedMs: elapsed });
    options.write(`${CLEAR_LINE}${final ? line : options.colors.dim(line)}${final ? "\n" : ""}`);
  };
  const finish = () => {
    if (state?.shown) draw(true);
    state = void 0;
  };
  return {
    phase(phase, total) {
      finish();
      state = { phase, started: options.now(), done: 0, total, shown: false, drawn: 0 };
    },
    update(done, total) {
      if (!state) return;
      state.done = done;
      if (total !== void 0) state.total = total;
      draw(false);
    },
    end: finish,
    render: () => draw(false),
    interrupt() {
      if (!state?.shown) return;
      options.write(CLEAR_LINE);
      state.drawn = 0;
    }
  };
}
function statusLine(state) {
  const { verb, noun } = LABEL[state.phase];
  if (state.total === void 0 || state.total === 0) return `${verb}\u2026 ${seconds(state.elapsedMs)}`;
  const rate = state.elapsedMs > 0 ? state.done * 1e3 / state.elapsedMs : 0;
  const parts = [`${verb} ${state.done}/${state.total} ${noun}`.trimEnd()];
  if (rate > 0 && state.done >= RATE_AFTER_ITEMS) {
    parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
    parts.push(`ETA ${seconds((state.total - state.done) / rate * 1e3)}`);
  }
  return parts.join(" \xB7 ");
}
function finishedLine(state) {
  const { verb, noun } = LABEL[state.phase];
  if (state.total === void 0 || state.total === 0) return `${verb} took ${seconds(state.elapsedMs)}`;
  return `${verb} ${state.done}/${state.total} ${noun} in ${seconds(state.elapsedMs)}`.replace(/ {2}/g, " ");
}
function seconds(ms) {
  const s = Math.max(0, ms) / 1e3;
  if (s < 10) return `${s.toFixed(1)}s`;
  if (s < 60) return `${Math.round(s)}s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, "0")}s`;
}

// src/output/retry-log.ts
function retryLine(info) {
  const why = info.retryAfter ? "Retry-After from the server" : "backoff";
  return `${info.reason}; attempt ${info.attempt + 1} of ${info.maxAttempts} in ${seconds(info.delayMs)} (${why})`;
}

// src/output/color.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function colorEnabled(env, isTTY) {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  return isTTY && env.TERM !== "dumb";
}
function colorsFor(enabled) {
  return import_picocolors.default.createColors(enabled);
}

// src/report/warnings.ts
var GROUP_AT = 3;
var FILES_SHOWN = 5;
function groupWarnings(warnings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const d of warnings) {
    const key = d.group === void 0 ? `message:${d.message}` : `group:${d.group}`;
    byKey.set(key, [...byKey.get(key) ?? [], d]);
  }
  return [...byKey.values()].flatMap((members) => {
    if (members.length < GROUP_AT) return members.map((diagnostic) => ({ kind: "one", diagnostic }));
    const first = members[0];
    const summary = first.group === void 0 ? `${first.message} (${plural(members.length, "file")})` : `${members.length} pages ${first.group}`;
    return [{ kind: "many", summary, diagnostics: members }];
  });
}
function locationList(diagnostics, all, format = (t) => t) {
  const shown = all ? diagnostics : diagnostics.slice(0, FILES_SHOWN);
  const rest = diagnostics.length - shown.length;
  const names = shown.map((d) => format(locationOf(d)));
  return rest > 0 ? `${names.join(", ")}, \u2026 (${rest} more)` : names.join(", ");
}

// src/report/text.ts
var ROWS_PER_ACTION = 20;
var MAX_ID_WIDTH = 48;
function renderPlanText(plan, options = {}) {
  const c = colorsFor(options.color ?? false);
  const quiet = options.quiet ?? false;
  const sections2 = [
    quiet ? "" : changeTable([...changeRows(plan), ...heldRows(plan)], plan.summary.unchanged, options, c),
    listSection("Plan errors", plan.errors, c.red),
    listSection("Rejected documents", plan.rejected.map((r) => `${r.externalId} (${r.sourcePath}): ${r.message}`), c.red),
    listSection("Files that could not be read", errorLines(plan), c.red),
    quiet ? "" : warningSection(plan, options, c),
    guardLines(plan, c),
    listSection("Deletes withheld", plan.deletesWithheld, c.yellow),
    quiet ? "" : leftOutSection(plan, options)
  ];
  const footer = [planSummaryLine(plan)];
  if (isBlocked(plan)) footer.push(c.red("Nothing will be written: the plan is blocked (see above)."));
  return [...sections2.filter((s) => s.length > 0), footer.join("\n")].join("\n\n");
}
function renderResultText(result, options = {}) {
  const c = colorsFor(options.color ?? false);
  const failures = result.results.filter((r) => r.status === "failed").map((r) => `${r.externalId}${r.sourcePath ? ` (${r.sourcePath})` : ""}: ${r.error ?? "unknown error"}`);
  const footer = [resultSummaryLine(result)];
  if (result.deletesSkipped) footer.push(c.yellow(`Deletes skipped: ${printable(result.deletesSkipped)}`));
  const sections2 = [listSection("Failed", failures, c.red), options.quiet ? "" : listSection("Notes", result.notes, c.yellow)];
  return [...sections2.filter((s) => s.length > 0), footer.join("\n")].join("\n\n");
}
var MORE = { create: "to create", update: "to update", delete: "to delete", kept: "kept", skipped: "skipped" };
function changeTable(rows, unchanged, options, c) {
  const hidden = unchanged > 0 ? `(${plural(unchanged, "unchanged document")} not shown)` : "";
  if (rows.length === 0) return ["No changes.", hidden].filter(Boolean).join(" ");
  const shown = options.all ? rows : firstPerAction(rows);
  const cells = shown.map((row) => [row.action, printable(row.externalId), printable(row.reason)]);
  const actionWidth = Math.max("ACTION".length, ...cells.map((cell) => cell[0].length));
  const idWidth = Math.min(MAX_ID_WIDTH, Math.max("ID".length, ...cells.map((cell) => cell[1].length)));
  const line = (action, id, reason) => `${action.padEnd(actionWidth)}  ${id.padEnd(idWidth)}  ${reason}`.trimEnd();
  const paint = { create: c.green, update: c.yellow, delete: c.red, kept: c.cyan, skipped: c.yellow };
  const body = [];
  for (const [index, [action, id, reason]] of cells.entries()) {
    const padded = line(action, id, reason);
    body.push(paint[action](padded.slice(0, actionWidth)) + padded.slice(actionWidth));
    const next = cells[index + 1]?.[0];
    if (next !== action) body.push(...moreLine(rows, shown, action, c));
  }
  return [c.bold(line("ACTION", "ID", "REASON")), ...body, ...hidden ? [hidden] : []].join("\n");
}
function firstPerAction(rows) {
  const seen = /* @__PURE__ */ new Map();
  return rows.filter((row) => {
    const count = (seen.get(row.action) ?? 0) + 1;
    seen.set(row.action, count);
    return count <= ROWS_PER_ACTION;
  });
}
function moreLine(rows, shown, action, c) {
  const count = (list) => list.filter((row) => row.action === action).length;
  const left = count(rows) - count(shown);
  return left > 0 ? [c.dim(`  \u2026 and ${left} more ${MORE[action]} (--all lists every row)`)] : [];
}
function listSection(title, items, paint) {
  if (items.length === 0) return "";
  return [paint(`${title} (${items.length}):`), ...items.map((item) => `  ${printable(item)}`)].join("\n");
}
function errorLines(plan) {
  return plan.diagnostics.filter((d) => d.severity === "error").map((d) => `${locationOf(d)}: ${d.message}`);
}
function warningSection(plan, options, c) {
  const warnings = plan.diagnostics.filter((d) => d.severity === "warning");
  if (warnings.length === 0) return "";
  const lines = groupWarnings(warnings).flatMap((group) => {
    if (group.kind === "one") return [`  ${printable(`${locationOf(group.diagnostic)}: ${group.diagnostic.message}`)}`];
    const head = `  ${printable(`${group.summary}: ${locationList(group.diagnostics, false)}`)}`;
    if (!options.verbose) return [head];
    return [`  ${printable(group.summary)}:`, ...group.diagnostics.map((d) => `    ${printable(`${locationOf(d)}: ${d.message}`)}`)];
  });
  return [c.yellow(`Warnings (${warnings.length}):`), ...lines].join("\n");
}
function guardLines(plan, c) {
  return plan.guards.filter((g) => g.tripped).map((g) => g.overridden ? c.yellow(`Guard ${g.guard} overridden: ${g.message}`) : c.red(`Guard ${g.guard} tripped: ${g.message}`)).join("\n");
}
function leftOutSection(plan, options) {
  const pages = leftOutPages(plan);
  if (pages.length === 0) return "";
  const head = `Left out (${pages.length}): ${leftOutCounts(pages)}`;
  if (!options.verbose) return `${head} (-v lists them)`;
  return [head, ...pages.map((page) => `  ${printable(leftOutLine(page))}`)].join("\n");
}

// package.json
var package_default = {
  name: "kb-publish",
  version: "0.1.0",
  description: "Publish a docs repository into AI knowledge bases: plan, diff, batch upsert and tombstone, from a CLI or a GitHub Action.",
  license: "MIT",
  type: "module",
  bin: {
    "kb-publish": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "schema"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "npm run typecheck && npm run lint && vitest run",
    "test:watch": "vitest",
    bench: "node --import tsx bench/run.ts",
    "bench:inputs": "node --import tsx bench/inputs.ts",
    schema: "node --import tsx scripts/schema.ts",
    readme: "node --import tsx scripts/readme-examples.ts",
    emulator: "node --import tsx test/emulators/serve.ts",
    corpus: "node --import tsx bench/corpus.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^9.39.5",
    "@types/hast": "^3.0.5",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^2.3.4",
    acorn: "^8.19.0",
    "acorn-jsx": "^5.3.2",
    ajv: "^8.20.0",
    commander: "^14.0.3",
    "decode-named-character-reference": "^1.3.0",
    diff: "^8.0.4",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-glob": "^3.3.3",
    "github-slugger": "^2.0.0",
    "gray-matter": "^4.0.3",
    "hast-util-from-html": "^2.1.0",
    "hast-util-from-parse5": "^8.0.4",
    "hast-util-select": "^6.0.4",
    "hast-util-to-html": "^9.0.6",
    "hast-util-to-mdast": "^10.1.3",
    "hast-util-to-string": "^3.0.1",
    "hast-util-to-text": "^4.0.3",
    "mdast-util-gfm": "^3.1.0",
    "mdast-util-to-markdown": "^2.2.3",
    "mdast-util-to-string": "^4.0.0",
    "p-limit": "^7.3.3",
    parse5: "^8.1.1",
    picocolors: "^1.1.1",
    picomatch: "^2.3.2",
    "rehype-sanitize": "^6.0.0",
    "rehype-stringify": "^10.0.1",
    "remark-gfm": "^4.0.1",
    "remark-parse": "^11.0.0",
    "remark-rehype": "^11.1.2",
    "smol-toml": "^1.9.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    unified: "^11.0.5",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/apply/batch.ts
var ITEM_OVERHEAD_BYTES = 64;
function splitIntoBatches(items, limits, sizeOf) {
  const maxItems = Math.max(1, Math.floor(limits.maxItems));
  const batches = [];
  let current = [];
  let currentBytes = 0;
  for (const item of items) {
    const bytes = limits.maxBytes === void 0 ? 0 : sizeOf(item);
    const full = current.length >= maxItems;
    const tooBig = limits.maxBytes !== void 0 && currentBytes + bytes > limits.maxBytes;
    if (current.length > 0 && (full || tooBig)) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
function upsertBytes(item) {
  return Buffer.byteLength(JSON.stringify(item.payload), "utf8") + ITEM_OVERHEAD_BYTES;
}
function deleteBytes(record) {
  const ids = JSON.stringify({ externalId: record.externalId, remoteId: record.remoteId });
  return Buffer.byteLength(ids, "utf8") + ITEM_OVERHEAD_BYTES;
}

// src/apply/results.ts
var STATUSES = ["created", "updated", "unchanged", "deleted", "failed", "skipped"];
function countResults(results) {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
  for (const result of results) counts[result.status] += 1;
  return counts;
}
function fromItemResult(item, doc) {
  const result = { externalId: item.externalId, status: item.status };
  if (item.status === "failed") result.error = item.error;
  if (doc?.sourcePath !== void 0) result.sourcePath = doc.sourcePath;
  if (doc?.title !== void 0) result.title = doc.title;
  return result;
}
function rejectedResults(plan) {
  return plan.rejected.map((r) => ({ externalId: r.externalId, status: "failed", error: r.message, sourcePath: r.sourcePath }));
}
function deleteSkipReason(gate) {
  if (gate.deletions === "off") return 'deletions are "off"; deletes skipped';
  if (gate.withheld.length > 0) return `deletes withheld: ${gate.withheld.join("; ")}`;
  if (gate.failed > 0) {
    const noun = gate.failed === 1 ? "document" : "documents";
    return `${gate.failed} ${noun} failed; deletes skipped so nothing is lost`;
  }
  return void 0;
}

// src/apply/retryable.ts
var MISSING_RESULT = "no result returned for this document";
var TRANSIENT = /temporar|unavailable|try again|please retry|retry later|timed? ?out|timeout|overload|busy|too many requests|rate.?limit|\b(?:429|5\d\d)\b|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|socket hang up|unknown outcome/i;
function isRetryable(item) {
  if (item.status !== "failed") return false;
  if (item.retryable !== void 0) return item.retryable;
  return item.error === MISSING_RESULT || TRANSIENT.test(item.error);
}
function retryableError(error) {
  if (!(error instanceof ApiError)) return void 0;
  return error.retryable || error.kind === "unknown-outcome" || error.kind === "timeout" || error.kind === "network";
}

// src/apply/retry-rounds.ts
var DEFAULT_RETRY_ROUNDS = 4;
var realSleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
async function sendWithRetryRounds(items, idOf, send, options = {}) {
  const rounds = Math.max(0, Math.floor(options.rounds ?? DEFAULT_RETRY_ROUNDS));
  const latest = /* @__PURE__ */ new Map();
  const remember = (results2) => results2.forEach((result) => latest.set(result.externalId, result));
  remember(await send([...items], 0));
  const retried = /* @__PURE__ */ new Set();
  let round = 0;
  for (; round < rounds; round++) {
    const again = items.filter((item) => isRetryableResult(latest.get(idOf(item))));
    if (again.length === 0) break;
    again.forEach((item) => retried.add(idOf(item)));
    await (options.sleep ?? realSleep)(pause(round, options));
    remember(await send(again, round + 1));
  }
  const results = items.map((item) => latest.get(idOf(item)) ?? { externalId: idOf(item), status: "failed", error: MISSING_RESULT });
  const recovered = [...retried].filter((id) => latest.get(id)?.status !== "failed").length;
  return { results, stats: { retried: retried.size, recovered, rounds: round } };
}
function isRetryableResult(result) {
  return result !== void 0 && isRetryable(result);
}
function pause(round, options) {
  const bound = Math.min(options.maxDelayMs ?? 8e3, (options.baseDelayMs ?? 1e3) * 2 ** round);
  return Math.floor((options.random ?? Math.random)() * bound);
}
function retryNote(kind, stats) {
  if (stats.retried === 0) return [];
  const rounds = `${stats.rounds} ${stats.rounds === 1 ? "round" : "rounds"}`;
  return [
    `retried ${stats.retried} ${kind} that failed transiently (${rounds}): ${stats.recovered} succeeded, ${stats.retried - stats.recovered} still failing`
  ];
}
function firstRoundOnly(progress, round) {
  return round === 0 ? progress : () => void 0;
}

// src/apply/run-batches.ts
async function runBatches(options) {
  const limit = pLimit(Math.max(1, Math.floor(options.concurrency)));
  const settled = await Promise.all(
    options.batches.map(
      (batch) => limit(async () => {
        const results = await sendOne(batch, options);
        options.onBatchDone?.(batch.length);
        return results;
      })
    )
  );
  return settled.flat();
}
async function sendOne(batch, options) {
  const ids = batch.map(options.idOf);
  try {
    const response = await options.send(batch);
    return matchResults(ids, response);
  } catch (error) {
    const message = errorMessage(error);
    const retryable = retryableError(error);
    return ids.map((externalId) => ({ externalId, status: "failed", error: message, ...retryable !== void 0 && { retryable } }));
  }
}
function matchResults(ids, response) {
  const byId = /* @__PURE__ */ new Map();
  for (const result of Array.isArray(response) ? response : []) {
    if (!byId.has(result.externalId)) byId.set(result.externalId, result);
  }
  return ids.map((externalId) => byId.get(externalId) ?? { externalId, status: "failed", error: MISSING_RESULT });
}
function errorMessage(error) {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

// src/apply/deletes.ts
async function sendDeletes(ops, target, run) {
  const owned = ops.map((op) => op.remote).filter((remote) => remote.owned);
  run.progress(ops.length - owned.length);
  const send = (records, round) => runBatches({
    batches: splitIntoBatches(records, target.limits.delete, deleteBytes),
    concurrency: target.limits.concurrency,
    send: (batch) => target.deleteBatch(batch, run.mode),
    idOf: (record) => record.externalId,
    onBatchDone: firstRoundOnly(run.progress, round)
  });
  return sendWithRetryRounds(owned, (record) => record.externalId, send, run.retry);
}
function deleteResults(ops, sent) {
  const byId = new Map(sent.map((r) => [r.externalId, r]));
  return ops.map((op) => {
    const item = byId.get(op.remote.externalId);
    if (item) return fromItemResult(item, titleOf(op.remote));
    return skipped(op.remote, `record ${op.remote.externalId} is not owned by kb-publish; never deleted`);
  });
}
function skippedDeletes(ops, reason) {
  return ops.map((op) => skipped(op.remote, reason));
}
function skipped(remote, reason) {
  return { externalId: remote.externalId, status: "skipped", error: reason, ...titleOf(remote) };
}
function titleOf(remote) {
  return remote.title === void 0 ? {} : { title: remote.title };
}

// src/apply/apply.ts
async function applyPlan(plan, target, options) {
  assertNotBlocked(plan);
  const upserts = upsertsOf(plan.operations);
  const deletes = plan.operations.filter((op) => op.kind === "delete");
  const progress = progressReporter(options.onProgress, upserts.length + deletes.length);
  const upserted = await sendUpserts(upserts, target, progress, options.retry);
  const upsertResults = new Map(upserted.results.map((r) => [r.externalId, r]));
  const results = [...nonDeleteResults(plan, upsertResults), ...rejectedResults(plan)];
  const failed = results.filter((r) => r.status === "failed").length;
  const gate = { deletions: options.deletions, withheld: plan.deletesWithheld, failed };
  const deletesSkipped = deletes.length > 0 ? deleteSkipReason(gate) : void 0;
  let deleted = [];
  const retryNotes = retryNote("upserts", upserted.stats);
  if (deletesSkipped === void 0) {
    const mode = options.deletions === "hard" ? "hard" : "tombstone";
    const sent = await sendDeletes(deletes, target, { mode, progress, retry: options.retry });
    deleted = sent.results;
    retryNotes.push(...retryNote("deletes", sent.stats));
    results.push(...deleteResults(deletes, deleted));
  } else {
    results.push(...skippedDeletes(deletes, deletesSkipped));
    progress(deletes.length);
  }
  const recorded = await recordNotes(plan, target);
  const finished = await finishNotes(target, [...upsertResults.values(), ...deleted]);
  const result = { results, counts: countResults(results), notes: [...retryNotes, ...recorded, ...finished.notes] };
  if (finished.failure !== void 0) result.failure = finished.failure;
  if (deletesSkipped !== void 0) result.deletesSkipped = deletesSkipped;
  return result;
}
function assertNotBlocked(plan) {
  if (!isBlocked(plan)) return;
  const tripped = plan.guards.filter((g) => g.tripped && !g.overridden).map((g) => g.guard);
  throw new Error(
    `applyPlan refused a blocked plan (${plan.errors.length} errors, tripped guards: ${tripped.join(", ") || "none"}); expected the caller to check isBlocked(plan) before applying`
  );
}
function upsertsOf(operations) {
  const items = [];
  for (const op of operations) {
    if (op.kind !== "create" && op.kind !== "update") continue;
    const item = { doc: op.doc, payload: op.payload, fingerprint: op.fingerprint };
    if (op.kind === "update") item.remote = op.remote;
    if (op.provenance !== void 0) item.provenance = op.provenance;
    items.push(item);
  }
  return items;
}
async function recordNotes(plan, target) {
  if (!target.recordProvenance) return [];
  const updates = [];
  for (const op of plan.operations) {
    if (op.kind === "unchanged" && op.provenance && op.remote.owned) updates.push({ record: op.remote, provenance: op.provenance });
  }
  if (updates.length === 0) return [];
  try {
    await target.recordProvenance(updates);
    return [];
  } catch (error) {
    return [`target "${target.name}" could not record the provenance of ${updates.length} unchanged records (they are derived again next run): ${errorMessage(error)}`];
  }
}
function sendUpserts(items, target, progress, retry) {
  const send = (round, index) => runBatches({
    batches: splitIntoBatches(round, target.limits.upsert, upsertBytes),
    concurrency: target.limits.concurrency,
    send: (batch) => target.upsertBatch(batch),
    idOf: (item) => item.doc.externalId,
    onBatchDone: firstRoundOnly(progress, index)
  });
  return sendWithRetryRounds(items, (item) => item.doc.externalId, send, retry);
}
function nonDeleteResults(plan, upserted) {
  const results = [];
  for (const op of plan.operations) {
    if (op.kind === "delete") continue;
    const id = op.doc.externalId;
    const item = op.kind === "unchanged" ? { externalId: id, status: "unchanged" } : upserted.get(id) ?? { externalId: id, status: "failed", error: MISSING_RESULT };
    results.push(fromItemResult(item, op.doc));
  }
  return results;
}
async function finishNotes(target, results) {
  if (!target.finish) return { notes: [] };
  try {
    const finished = await target.finish(results);
    if (Array.isArray(finished)) return { notes: finished };
    const { failure } = finished;
    const notes = failure === void 0 || finished.notes.includes(failure) ? finished.notes : [...finished.notes, failure];
    return { ...finished, notes };
  } catch (error) {
    return { notes: [`target "${target.name}" finish step failed: ${errorMessage(error)}`] };
  }
}
function progressReporter(onProgress, total) {
  let done = 0;
  const report = (n) => {
    if (n <= 0) return;
    done += n;
    onProgress?.(done, total);
  };
  return report;
}

// src/plan/baseline.ts
function snapshotFromDocuments(documents, target) {
  const records = [];
  for (const doc of documents) {
    const payload = payloadOrUndefined(doc, target);
    if (!payload) continue;
    records.push({
      externalId: doc.externalId,
      fingerprint: fingerprintOf(payload),
      owned: true,
      state: "live",
      title: doc.title,
      content: typeof payload.content === "string" ? payload.content : doc.content
    });
  }
  return { records, complete: true };
}
function payloadOrUndefined(doc, target) {
  try {
    return target.payloadOf(doc);
  } catch {
    return void 0;
  }
}

// src/plan/deletes.ts
function orphanedRecords(records, claimed) {
  return records.filter((record) => record.owned && record.state === "live" && !claimed.has(record.externalId));
}
var NOTHING_LOST = "deletes are withheld so nothing is lost";
function withheldReasons(input) {
  const reasons = [];
  if (input.deletionsOff && input.orphans > 0) {
    reasons.push(`deletions are off: ${plural2(input.orphans, "owned record has", "owned records have")} no source file`);
  }
  const unreadable = new Set(input.diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
  if (unreadable > 0) reasons.push(`${plural2(unreadable, "file", "files")} could not be read; ${NOTHING_LOST}`);
  if (input.rejected.length > 0) {
    reasons.push(`${plural2(input.rejected.length, "document was", "documents were")} rejected; ${NOTHING_LOST}`);
  }
  if (!input.snapshotComplete) reasons.push(`the knowledge base listing was incomplete; ${NOTHING_LOST}`);
  return reasons;
}
function plural2(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/plan/identity.ts
function checkIdentity(documents) {
  const errors = [];
  const byId = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const problem = validateId(doc.externalId);
    if (problem !== void 0) {
      errors.push(`invalid id in ${doc.sourcePath}: ${problem}`);
      continue;
    }
    byId.set(doc.externalId, [...byId.get(doc.externalId) ?? [], doc]);
  }
  const plannable = [];
  for (const [id, docs] of byId) {
    if (docs.length === 1 && docs[0]) plannable.push(docs[0]);
    else errors.push(duplicateMessage(id, docs));
  }
  return { errors, plannable, claimed: new Set(documents.map((doc) => doc.externalId)) };
}
function duplicateMessage(id, docs) {
  const files = docs.map((doc) => doc.sourcePath).join(", ");
  return `duplicate id ${JSON.stringify(id)}: ${docs.length} files share it (${files}); expected each id to be unique (set a distinct frontmatter id in all but one)`;
}

// src/plan/reasons.ts
var REASONS = {
  created: "new file",
  restored: "restored (file is back)",
  noStoredHash: "no stored hash (state unknown)",
  readopted: "state lost; re-adopted (compared by content)",
  drift: "edited outside kb-publish (drift)",
  format: "format changed (hash schema or payload shape)",
  removed: "file removed"
};
var PART_ORDER = ["content", "title", "tags", "metadata", "translations"];
function partReason(key) {
  return `${key} changed`;
}
function updateReasons(local, remote) {
  if (!remote.owned) return adoptionReasons(local, remote);
  if (remote.state === "tombstoned") return [REASONS.restored];
  if (!remote.fingerprint) return [REASONS.noStoredHash];
  const drift = remote.drifted === true ? [REASONS.drift] : [];
  if (remote.fingerprint.hash === local.hash) return drift;
  const changed = changedParts(local.parts, remote.fingerprint.parts);
  const reasons = changed.length > 0 ? changed.map(partReason) : [REASONS.format];
  return [...reasons, ...drift];
}
function adoptionReasons(local, remote) {
  if (remote.state === "tombstoned") return [REASONS.restored, REASONS.readopted];
  return remote.fingerprint?.hash === local.hash ? [] : [REASONS.readopted];
}
function changedParts(local, remote) {
  if (!remote || Object.keys(remote).length === 0) return [];
  const keys = /* @__PURE__ */ new Set([...Object.keys(local), ...Object.keys(remote)]);
  const changed = [...keys].filter((key) => local[key] !== remote[key]);
  return changed.sort(byKnownOrder);
}
function byKnownOrder(a, b) {
  const rankA = rank(a);
  const rankB = rank(b);
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}
function rank(key) {
  const index = PART_ORDER.indexOf(key);
  return index === -1 ? PART_ORDER.length : index;
}

// src/plan/kept.ts
var PRIORITY = ["unreadable", "textless", "excluded"];
function settleFileFates(input) {
  const fates = fatesOf(input);
  const settled = { operations: [], deletes: [], kept: [], diagnostics: [] };
  const lostText = /* @__PURE__ */ new Set();
  const keep = (record, fate) => {
    settled.kept.push(keptRecord(record, fate));
    if (fate.kind === "textless" && !lostText.has(fate.file)) {
      lostText.add(fate.file);
      settled.diagnostics.push(lostTextError(fate.file, record.externalId));
    }
  };
  for (const op of input.operations) {
    const fate = op.kind === "update" ? fateOf(op.remote, fates, { byPath: false }) : void 0;
    if (op.kind === "update" && fate && fate.kind !== "excluded") keep(op.remote, fate);
    else settled.operations.push(op);
  }
  for (const remote of input.orphans) {
    const fate = fateOf(remote, fates, { byPath: true });
    if (fate && fate.kind !== "excluded") keep(remote, fate);
    else settled.deletes.push({ kind: "delete", remote, reasons: [fate ? removalReason(fate.reason) : REASONS.removed] });
  }
  return settled;
}
function fatesOf(input) {
  const all = [
    ...input.diagnostics.filter((d) => d.severity === "error").map((d) => ({ kind: "unreadable", file: d.file, reason: `${d.line === void 0 ? d.file : `${d.file}:${d.line}`}: ${d.message}` })),
    ...input.excluded.map((e) => ({ kind: e.textless ? "textless" : "excluded", file: e.file, reason: e.reason }))
  ];
  const index = { byFile: /* @__PURE__ */ new Map(), byPathId: /* @__PURE__ */ new Map() };
  for (const fate of all) {
    if (!index.byFile.has(fate.file)) index.byFile.set(fate.file, fate);
    const id = externalIdOf({ sourcePath: fate.file, idPrefix: input.idPrefix });
    if (!index.byPathId.has(id)) index.byPathId.set(id, fate);
  }
  return index;
}
function fateOf(record, index, options) {
  const found = [];
  for (const source of Object.keys(record.provenance?.sources ?? {})) found.push(...fileFate(source, index));
  if (options.byPath) {
    if (record.sourcePath !== void 0) found.push(...fileFate(record.sourcePath, index));
    const byId = index.byPathId.get(record.externalId);
    if (byId) found.push(byId);
  }
  return found.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))[0];
}
function fileFate(path10, index) {
  const segments = path10.split("/");
  for (let start = 0; start < segments.length; start++) {
    const fate = index.byFile.get(segments.slice(start).join("/"));
    if (fate) return [fate];
  }
  return [];
}
function keptRecord(record, fate) {
  const reason = fate.kind === "unreadable" ? fate.reason : `${fate.file}: ${NO_TEXT_MESSAGE}`;
  const kept = { externalId: record.externalId, file: fate.file, reason: `unreadable: ${reason}` };
  if (record.title !== void 0) kept.title = record.title;
  return kept;
}
function lostTextError(file, externalId) {
  const message = `${NO_TEXT_MESSAGE} (it was published as ${JSON.stringify(externalId)} and now has no text); expected page text \u2014 to unpublish it, delete the file or set draft: true`;
  return { severity: "error", file, message };
}
function removalReason(exclusion) {
  return /^draft\b|_drafts/.test(exclusion) ? `now a draft (${exclusion})` : `now excluded (${exclusion})`;
}

// src/plan/rollback.ts
function guardRollback(input) {
  const { commit } = input;
  if (!commit) return { operations: input.operations, skipped: [] };
  const verdict2 = { operations: [], skipped: [] };
  for (const op of input.operations) {
    const skipped2 = input.allowRollback === true ? void 0 : rolledBack(op, commit);
    if (skipped2) verdict2.skipped.push(skipped2);
    else verdict2.operations.push(stamped(op, commit));
  }
  return verdict2;
}
function rolledBack(op, commit) {
  if (op.kind !== "update" && op.kind !== "delete") return void 0;
  const wrote = op.remote.provenance?.commit;
  return wrote && wrote.time > commit.time ? skippedRecord(op, wrote) : void 0;
}
function withCommit(provenance, commit) {
  return { ...provenance ?? { sources: {}, derivation: "" }, commit };
}
function stamped(op, commit) {
  if (op.kind === "create" || op.kind === "update") return { ...op, provenance: withCommit(op.provenance, commit) };
  if (op.kind === "delete") return { ...op, remote: { ...op.remote, provenance: withCommit(op.remote.provenance, commit) } };
  return op;
}
function skippedRecord(op, newer) {
  const skipped2 = {
    externalId: op.remote.externalId,
    action: op.kind,
    reasons: op.reasons,
    commit: newer,
    reason: `newer version published from ${newer.sha.slice(0, 12)}`
  };
  const title = op.kind === "update" ? op.doc.title : op.remote.title;
  if (title !== void 0) skipped2.title = title;
  if (op.kind === "update") skipped2.sourcePath = op.doc.sourcePath;
  return skipped2;
}

// src/plan/remote-index.ts
function indexRecords(records) {
  const index = /* @__PURE__ */ new Map();
  for (const record of records) {
    const current = index.get(record.externalId);
    if (!current || precedence(record) > precedence(current)) index.set(record.externalId, record);
  }
  return index;
}
function precedence(record) {
  if (!record.owned) return record.adoptable === true ? 2 : 3;
  return record.state === "live" ? 1 : 0;
}
function ownedLive(records) {
  return records.filter((record) => record.owned && record.state === "live");
}

// src/plan/upserts.ts
function planUpserts(documents, remote, ctx) {
  const plan = { operations: [], rejected: [], diagnostics: [] };
  for (const doc of documents) planDocument(doc, remote.get(doc.externalId), ctx, plan);
  return plan;
}
function planDocument(doc, remote, ctx, plan) {
  const { target } = ctx;
  if (remote && !remote.owned && remote.adoptable !== true) {
    plan.rejected.push(reject(doc, foreignMessage(doc.externalId)));
    return;
  }
  const prepared = ctx.preparedOf?.(doc);
  const payload = prepared?.payload ?? payloadFor(doc, target);
  if (typeof payload === "string") {
    plan.rejected.push(reject(doc, payload));
    return;
  }
  const problems = target.validate?.(doc, payload) ?? [];
  for (const warning of problems.filter((p) => p.severity === "warning")) {
    plan.diagnostics.push({ severity: "warning", file: doc.sourcePath, message: warning.message });
  }
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    plan.rejected.push(reject(doc, errors.map((p) => p.message).join("; ")));
    return;
  }
  const fingerprint = prepared?.fingerprint ?? fingerprintOf(payload);
  plan.operations.push(withProvenance(operationFor(doc, payload, fingerprint, remote), ctx.provenanceOf?.(doc)));
}
function operationFor(doc, payload, fingerprint, remote) {
  if (!remote) return { kind: "create", doc, payload, fingerprint, reasons: [REASONS.created] };
  const reasons = updateReasons(fingerprint, remote);
  if (reasons.length === 0) return { kind: "unchanged", doc: documentRef(doc), fingerprint, remote };
  return { kind: "update", doc, payload, fingerprint, remote, reasons };
}
function withProvenance(op, provenance) {
  if (!provenance || op.kind === "delete") return op;
  if (op.kind !== "unchanged") return { ...op, provenance };
  return op.remote.owned && !sameDerivation(op.remote.provenance, provenance) ? { ...op, provenance } : op;
}
function sameDerivation(a, b) {
  if (!a) return false;
  const { commit: _a, ...left } = a;
  const { commit: _b, ...right } = b;
  return canonicalJson(left) === canonicalJson(right);
}
function documentRef(doc) {
  return { externalId: doc.externalId, title: doc.title, sourcePath: doc.sourcePath };
}
function payloadFor(doc, target) {
  try {
    return target.payloadOf(doc);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `could not build the payload for ${JSON.stringify(doc.externalId)} from ${doc.sourcePath}: ${detail}`;
  }
}
function reject(doc, message) {
  return { externalId: doc.externalId, sourcePath: doc.sourcePath, message };
}
function foreignMessage(id) {
  return `a record with id ${JSON.stringify(id)} already exists in the knowledge base and is not owned by kb-publish; it is left untouched`;
}

// src/plan/build.ts
function buildPlan(input) {
  const { documents, snapshot, options } = input;
  const identity = checkIdentity(documents);
  const provenanceOf2 = provenanceLookup(input);
  const preparedOf = input.prepared && ((doc) => input.prepared.get(doc.sourcePath));
  const upserts = planUpserts(identity.plannable, indexRecords(snapshot.records), { target: input.target, provenanceOf: provenanceOf2, preparedOf });
  const unchanged = input.unchanged ?? [];
  const keptUnchanged = unchanged.map(({ doc, record }) => ({ kind: "unchanged", doc, fingerprint: record.fingerprint, remote: record }));
  const claimed = /* @__PURE__ */ new Set([...identity.claimed, ...unchanged.map(({ doc }) => doc.externalId)]);
  const orphans = orphanedRecords(snapshot.records, claimed);
  const fates = settleFileFates({ operations: upserts.operations, orphans, diagnostics: input.diagnostics, excluded: input.excluded ?? [], idPrefix: options.idPrefix ?? "" });
  const diagnostics = [...input.diagnostics, ...fates.diagnostics];
  const rollback = guardRollback({
    operations: [...fates.operations, ...keptUnchanged, ...options.deletions === "off" ? [] : withNote(fates.deletes, snapshot.deleteNote)],
    commit: input.commit,
    allowRollback: options.allowRollback
  });
  const deletions = rollback.operations.filter((op) => op.kind === "delete");
  const operations = orderOperations(rollback.operations);
  const guards = evaluateGuards({
    deletes: deletions.length,
    ownedLive: ownedLive(snapshot.records).length,
    documents: documents.length + unchanged.length,
    rejected: upserts.rejected.length,
    maxDeletes: options.maxDeletes,
    allowMassDelete: options.allowMassDelete
  });
  const deletesWithheld = withheldReasons({
    diagnostics,
    rejected: upserts.rejected,
    snapshotComplete: snapshot.complete,
    deletionsOff: options.deletions === "off",
    orphans: fates.deletes.length
  });
  const deletesRun = deletions.length > 0 && deletesWithheld.length === 0;
  const limits = input.target.checkPlan?.({ operations, deletesRun }) ?? [];
  return {
    operations,
    summary: summarize(operations),
    errors: [...identity.errors, ...limits],
    rejected: upserts.rejected,
    diagnostics: [...diagnostics, ...upserts.diagnostics],
    guards,
    deletesWithheld,
    kept: fates.kept,
    excluded: [...input.excluded ?? []],
    skipped: rollback.skipped
  };
}
function provenanceLookup(input) {
  const { provenance } = input;
  return provenance && ((doc) => provenance.get(doc.sourcePath));
}
var KIND_ORDER = ["create", "update", "unchanged", "delete"];
function orderOperations(operations) {
  return [...operations].sort((a, b) => {
    const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
    return byKind !== 0 ? byKind : compare(sortKey(a), sortKey(b));
  });
}
function sortKey(operation) {
  if (operation.kind === "delete") return `${operation.remote.externalId}\0${operation.remote.remoteId ?? ""}`;
  return operation.doc.externalId;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function summarize(operations) {
  const summary = { create: 0, update: 0, unchanged: 0, delete: 0 };
  for (const operation of operations) summary[operation.kind] += 1;
  return summary;
}
function withNote(deletes, note) {
  if (note === void 0) return deletes;
  return deletes.map((op) => op.kind === "delete" ? { ...op, reasons: [...op.reasons, note] } : op);
}

// src/plan/fast-path.ts
function cleanRecords(input) {
  const candidates = /* @__PURE__ */ new Map();
  for (const [id, record] of input.records) {
    if (isCandidate(record, input)) candidates.set(id, record);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, record] of candidates) {
      if (unitIsWhole(record, candidates)) continue;
      candidates.delete(id);
      changed = true;
    }
  }
  return candidates;
}
function isCandidate(record, input) {
  const { provenance } = record;
  if (!record.owned || record.state !== "live" || record.drifted === true || !record.fingerprint) return false;
  if (!provenance || provenance.derivation !== input.derivation || pageOf(provenance) === void 0) return false;
  return Object.entries(provenance.sources).every(([path10, sha]) => input.shaOf(path10) === sha);
}
function unitIsWhole(record, candidates) {
  const siblings = record.provenance?.siblings ?? [];
  if (siblings.length === 0) return true;
  const signature = unitSignature(record);
  return siblings.every((id) => {
    const sibling = candidates.get(id);
    return sibling !== void 0 && unitSignature(sibling) === signature;
  });
}
function unitSignature(record) {
  const p = record.provenance;
  const ids = [...p.siblings ?? [], record.externalId].sort();
  const sources = Object.keys(p.sources).sort().map((path10) => [path10, p.sources[path10]]);
  return JSON.stringify([sources, [...p.includes ?? []].sort(), [...p.groups ?? []].sort(), ids]);
}
var pageOf = pageOfProvenance;
function unitPages(provenance) {
  const includes = new Set(provenance.includes ?? []);
  return Object.keys(provenance.sources).filter((path10) => !includes.has(path10));
}
function touchedRecords(clean, claims) {
  const touched = /* @__PURE__ */ new Map();
  for (const [id, record] of clean) {
    if (touched.has(id)) continue;
    const groups = record.provenance?.groups ?? [];
    if (!claims.ids.has(id) && !groups.some((key) => claims.groups.has(key))) continue;
    touched.set(id, record);
    for (const sibling of record.provenance?.siblings ?? []) {
      const other = clean.get(sibling);
      if (other) touched.set(sibling, other);
    }
  }
  return [...touched.values()];
}
function cleanRecordOf(record) {
  const doc = { externalId: record.externalId, title: record.title ?? record.externalId, sourcePath: pageOf(record.provenance) };
  return { doc, record };
}

// src/sources/derivation-key.ts
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync } from "node:fs";
import path2 from "node:path";
var DERIVATION_VERSION = 1;
function derivationKey(input) {
  const { settings: s, capabilities, site, configs, toolVersion } = input;
  const settings = {
    include: s.include,
    exclude: s.exclude,
    idPrefix: s.idPrefix,
    idKey: s.idKey,
    idScope: s.idScope,
    maxFileBytes: s.maxFileBytes,
    baseUrl: s.baseUrl,
    locales: s.locales,
    defaultLocale: s.defaultLocale,
    frontmatterKeys: s.frontmatterKeys,
    overrides: s.overrides,
    target: s.target,
    components: s.components,
    versions: s.versions
  };
  const target = { native: capabilities.nativeTranslations, html: capabilities.takesHtml ?? false };
  const versions = { derivation: DERIVATION_VERSION, hash: HASH_SCHEMA_VERSION, tool: toolVersion };
  return sha256(canonicalJson({ versions, settings, target, site, configs }));
}
var CONFIG_FILES = [
  ...["docusaurus.config", "astro.config", "sidebars", ".vitepress/config", ".vitepress/config/index", "docs/.vitepress/config", "docs/.vitepress/config/index"].flatMap(
    (base) => ["js", "ts", "mjs", "cjs", "mts", "json"].map((ext) => `${base}.${ext}`)
  ),
  ...["hugo", "config", "_config", "mkdocs"].flatMap((base) => ["toml", "yaml", "yml", "json"].map((ext) => `${base}.${ext}`)),
  "versions.json"
];
var CONFIG_FOLDERS = ["config/_default"];
var MAX_LEVELS = 8;
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
function siteConfigHashes(root) {
  const hashes = {};
  let dir = path2.resolve(root);
  for (let level = 0; level < MAX_LEVELS; level++) {
    for (const file of configFilesIn(dir)) {
      const sha = hashSmallFile(file);
      if (sha !== void 0) hashes[path2.relative(root, file).split(path2.sep).join("/")] = sha;
    }
    const parent = path2.dirname(dir);
    if (parent === dir || existsSync2(path2.join(dir, ".git"))) break;
    dir = parent;
  }
  return hashes;
}
function configFilesIn(dir) {
  const top = new Set(listDir(dir));
  const files = CONFIG_FILES.filter((name) => top.has(name.split("/")[0])).map((name) => path2.join(dir, name));
  for (const folder of CONFIG_FOLDERS) {
    if (top.has(folder.split("/")[0])) files.push(...listDir(path2.join(dir, folder)).map((name) => path2.join(dir, folder, name)));
  }
  return files;
}
function listDir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
function hashSmallFile(file) {
  try {
    const stats = lstatSync(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES) return void 0;
    return sha256Bytes(readFileSync(file));
  } catch {
    return void 0;
  }
}

// src/sources/discover.ts
var import_fast_glob2 = __toESM(require_out4(), 1);
import { realpathSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";

// src/sources/file-names.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function escapedName(name) {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escapeChar);
}
function codePointsOf(name) {
  return [...name].map((char) => /^[\x20-\x7e]$/.test(char) ? char : escapeChar(char)).join("");
}
function checkFileNames(files) {
  const skipped2 = [];
  const printable2 = files.filter((file) => {
    if (!UNPRINTABLE.test(file)) return true;
    skipped2.push({ file: escapedName(file), message: controlMessage(file) });
    return false;
  });
  const byNfc = /* @__PURE__ */ new Map();
  for (const file of printable2) byNfc.set(file.normalize("NFC"), [...byNfc.get(file.normalize("NFC")) ?? [], file]);
  const twins = new Set([...byNfc.values()].filter((group) => group.length > 1).flat());
  for (const file of twins) skipped2.push({ file, message: twinMessage(file, byNfc.get(file.normalize("NFC")) ?? []) });
  return { files: printable2.filter((file) => !twins.has(file)), skipped: skipped2 };
}
function controlMessage(file) {
  const char = [...file].find((c) => UNPRINTABLE.test(c)) ?? "";
  return `the file name contains a control character (U+${hex(char).toUpperCase()}); expected a name of printable characters; the file is not read (rename it)`;
}
function twinMessage(file, group) {
  const others = group.filter((other) => other !== file).map((other) => `"${other}" (${codePointsOf(other)})`);
  return `the file name (${codePointsOf(file)}) differs from ${others.join(", ")} only by Unicode normalisation; expected one file per name, since both would publish under one id; neither is read (rename or remove one)`;
}
function escapeChar(char) {
  const code2 = hex(char);
  return code2.length > 4 ? `\\u{${code2}}` : `\\u${code2}`;
}
function hex(char) {
  return (char.codePointAt(0) ?? 0).toString(16).padStart(4, "0");
}

// src/sources/discover.ts
var ALWAYS_IGNORED = ["**/.git", "**/.git/**", "**/node_modules", "**/node_modules/**"];
var IGNORED_SEGMENTS = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function discoverSources(options) {
  const realRoot = await realRootOf(options.root);
  for (const pattern of options.include) assertInsideRoot(pattern);
  const entries = import_fast_glob2.default.sync(options.include, {
    cwd: realRoot,
    ignore: [...ALWAYS_IGNORED, ...options.exclude],
    dot: false,
    followSymbolicLinks: false,
    onlyFiles: false,
    objectMode: true,
    unique: true,
    suppressErrors: false
  });
  const candidates = entries.filter((e) => !e.dirent.isDirectory() && !hasIgnoredSegment(e.path));
  const ctx = { realRoot, linkedBases: linkedBases(realRoot, options), links: /* @__PURE__ */ new Map() };
  const limit = pLimit(32);
  const checked = await Promise.all(candidates.map((e) => limit(() => checkEntry(ctx, e.path, e.dirent))));
  const named = checkFileNames(checked.filter((c) => typeof c === "string"));
  const skipped2 = [...checked.filter((c) => typeof c === "object" && c !== null), ...named.skipped];
  return { files: named.files.sort(compareCodeUnits), skipped: skipped2.sort((a, b) => compareCodeUnits(a.file, b.file)), realRoot, links: ctx.links };
}
async function realRootOf(root) {
  const notADirectory = () => new Error(`repository root is not a directory: ${root}; expected an existing directory to read`);
  try {
    const real = await realpath(root);
    if (!(await stat(real)).isDirectory()) throw notADirectory();
    return real;
  } catch (cause) {
    if (cause.code === "ENOENT") throw notADirectory();
    throw cause;
  }
}
function assertInsideRoot(pattern) {
  const body = pattern.replace(/^!/, "");
  if (isAbsolute(body) || body.split("/").includes("..")) {
    throw new Error(`include pattern "${pattern}" leaves the repository root; expected a pattern relative to the root`);
  }
}
function hasIgnoredSegment(path10) {
  return path10.split("/").some((segment) => IGNORED_SEGMENTS.has(segment));
}
function linkedBases(realRoot, options) {
  const bases = import_fast_glob2.default.generateTasks(options.include, { cwd: realRoot, ignore: options.exclude }).map((task) => task.base);
  return [...new Set(bases)].filter((base) => base !== "." && realOrMissing(join(realRoot, base)) !== join(realRoot, base));
}
function realOrMissing(path10) {
  try {
    return realpathSync.native(path10);
  } catch {
    return void 0;
  }
}
function underLinkedBase(ctx, path10) {
  return ctx.linkedBases.some((base) => path10.startsWith(`${base}/`));
}
async function checkEntry(ctx, path10, dirent) {
  if (!dirent.isSymbolicLink() && !underLinkedBase(ctx, path10)) {
    return dirent.isFile() ? path10 : { file: path10, message: "not a regular file; expected a file" };
  }
  let real;
  try {
    real = await realpath(join(ctx.realRoot, path10));
  } catch {
    return { file: path10, message: "broken symlink: it points to nothing; expected a readable file" };
  }
  if (!isInside(ctx.realRoot, real)) {
    return { file: path10, message: `${OUTSIDE_ROOT_MESSAGE}: it resolves to ${real}; expected a file inside the repository; not read` };
  }
  const stats = await stat(real);
  if (stats.isFile()) {
    if (real !== join(ctx.realRoot, path10)) ctx.links.set(path10, real);
    return path10;
  }
  if (dirent.isSymbolicLink() && stats.isDirectory()) return null;
  return { file: path10, message: "not a regular file; expected a file" };
}

// src/sources/hash-files.ts
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
var YIELD_EVERY = 512;
async function hashFiles(files, location) {
  const hashes = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const read = readSourceBytes({ ...location, path: file.path, realPath: file.realPath });
    if (read.ok) hashes.set(file.path, read.sha256);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
  }
  return hashes;
}

// src/sources/derive-pool.ts
import { existsSync as existsSync3 } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path3 from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_THRESHOLD = 200;
var CHUNK = 16;
async function deriveFiles(files, options, run = {}) {
  const workers = Math.min(run.workers ?? (files.length >= WORKER_THRESHOLD ? os.availableParallelism() : 0), Math.ceil(files.length / CHUNK));
  run.used = Math.max(run.used ?? 0, workers);
  if (workers <= 0) {
    const { deriveFile } = await import("./derive-file-6GUIF3VP.js");
    const derived = [];
    for (const file of files) {
      const one = deriveFile(file, options);
      derived.push(one);
      run.onDerived?.([one]);
    }
    return derived;
  }
  return onWorkers(files, { options, payloads: run.payloads }, workers, run.onDerived);
}
async function onWorkers(files, setup, count, onDerived) {
  const results = [];
  let next = 0;
  const pool = Array.from({ length: count }, () => startWorker(setup));
  try {
    await Promise.all(
      pool.map(async (worker) => {
        for (let start = next; start < files.length; start = next) {
          next += CHUNK;
          const { results: derived, prepared } = await worker.derive(start, files.slice(start, start + CHUNK));
          results[start / CHUNK] = derived;
          onDerived?.(derived, prepared && unpackPrepared(prepared, derived));
        }
      })
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.stop()));
  }
  return results.flat();
}
function startWorker(setup) {
  const entry = workerEntry();
  const worker = entry.typescript ? new Worker(tsxLoader(entry.url), { eval: true, workerData: setup }) : new Worker(entry.url, { workerData: setup });
  let pending;
  worker.on("message", (message) => pending?.resolve(message));
  worker.on("error", (error) => pending?.reject(error));
  worker.on("exit", (code2) => pending?.reject(new Error(`a derivation worker exited with code ${code2} before it answered; expected it to derive its files`)));
  return {
    derive: (id, chunk) => new Promise((resolve2, reject2) => {
      pending = { resolve: resolve2, reject: reject2 };
      worker.postMessage({ id, files: chunk });
    }),
    stop: () => worker.terminate()
  };
}
function workerEntry() {
  for (const relative of ["./derive-worker.js", "../derive-worker.js"]) {
    const url = new URL(relative, import.meta.url);
    if (existsSync3(url)) return { url, typescript: false };
  }
  return { url: new URL("./derive-worker.ts", import.meta.url), typescript: true };
}
function tsxLoader(entry) {
  const require2 = createRequire(import.meta.url);
  const manifest = require2.resolve("tsx/package.json");
  const exports = require2(manifest).exports;
  const api = pathToFileURL(path3.join(path3.dirname(manifest), exports["./esm/api"].import.default)).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}

// src/sources/load.ts
async function loadDocuments(options) {
  const discovery = await discoverSources(options);
  const total = discovery.files.length;
  let done = 0;
  const onDerived = options.onProgress && ((files) => options.onProgress(done += files.length, total));
  const derived = await deriveFiles(filesOf(discovery, discovery.files), deriveOptions(options, discovery.realRoot), { workers: options.workers, onDerived });
  return collectDerived(derived, discovery.skipped);
}
function deriveOptions(options, realRoot) {
  const { maxFileBytes, idPrefix, idKey, idScope, frontmatterKeys, locales, defaultLocale, baseUrl, html, markdown } = options;
  return { realRoot, maxFileBytes, idPrefix, idKey, idScope, frontmatterKeys, locales, defaultLocale, baseUrl, html, markdown };
}
function filesOf(discovery, paths) {
  return paths.map((path10) => {
    const realPath = discovery.links.get(path10);
    return realPath === void 0 ? { path: path10 } : { path: path10, realPath };
  });
}
function collectDerived(derived, skipped2 = []) {
  const result = { documents: [], diagnostics: [], excluded: [] };
  for (const { file, message } of skipped2) result.diagnostics.push({ severity: "error", file, message });
  for (const { path: path10, outcome } of derived) {
    if (outcome.kind === "document") {
      if (outcome.builtBy !== void 0) recordBuiltBy(outcome.document, outcome.builtBy);
      result.documents.push(outcome.document);
      result.diagnostics.push(...outcome.diagnostics);
    } else if (outcome.kind === "excluded") {
      result.excluded.push({ file: path10, reason: outcome.reason, ...outcome.textless && { textless: true } });
    } else {
      result.diagnostics.push(outcome.diagnostic);
    }
  }
  result.documents.sort((a, b) => compareCodeUnits(a.externalId, b.externalId));
  result.diagnostics.sort(byFileThenLine);
  return result;
}
function byFileThenLine(a, b) {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

// src/sources/prepare.ts
import path8 from "node:path";

// src/documents/html/fallbacks.ts
var FALLBACK_GENERATORS = /* @__PURE__ */ new Set(["docusaurus", "starlight"]);
function withoutFallbackPages(documents, defaultLocale) {
  const isDefault = (doc) => doc.lang !== void 0 && sameLanguage(doc.lang, defaultLocale);
  const originals = /* @__PURE__ */ new Map();
  const fillsGaps = (doc) => FALLBACK_GENERATORS.has(builtBy(doc) ?? "");
  for (const doc of documents) if (fillsGaps(doc) && isDefault(doc)) originals.set(doc.externalId, doc);
  const kept = [];
  const excluded = [];
  for (const doc of documents) {
    const original = fillsGaps(doc) && doc.lang !== void 0 && !isDefault(doc) ? originals.get(doc.externalId) : void 0;
    if (original && comparableText(original) === comparableText(doc)) {
      excluded.push({ file: doc.sourcePath, reason: `untranslated fallback: same text as ${original.sourcePath}, the ${original.lang} page the generator shows where the ${doc.lang} translation is missing` });
    } else {
      kept.push(doc);
    }
  }
  return { documents: kept, excluded };
}
function sameLanguage(lang, locale) {
  const [a, b] = [localeKey(lang), localeKey(locale)];
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}
var comparable = /* @__PURE__ */ new WeakMap();
var CALLOUT_TITLE = /^>\s*\*\*[^*\n]+\*\*\s*$/gm;
function comparableText(doc) {
  let text = comparable.get(doc);
  if (text === void 0) {
    text = doc.content.replace(/\]\([^)]*\)/g, "]").replace(CALLOUT_TITLE, ">").replace(/\s+/g, " ").trim();
    comparable.set(doc, text);
  }
  return text;
}

// src/documents/html/languages.ts
function declaredLanguages(documents) {
  const declared = /* @__PURE__ */ new Map();
  for (const doc of documents) if (builtBy(doc) !== void 0 && doc.lang !== void 0) declared.set(doc.sourcePath, doc.lang);
  return declared;
}
function withDeclaredLanguages(documents, declared) {
  if (declared.size === 0) return [...documents];
  const refined = (lang, sourcePath) => {
    const written = declared.get(sourcePath);
    return written !== void 0 && lang !== void 0 && localeKey(written).startsWith(`${localeKey(lang)}-`) ? written : lang;
  };
  return documents.map((doc) => {
    const lang = refined(doc.lang, doc.sourcePath);
    const translations = doc.translations?.map((t) => ({ ...t, lang: refined(t.lang, t.sourcePath) ?? t.lang }));
    return lang === doc.lang && translations === void 0 ? doc : { ...doc, ...lang === void 0 ? {} : { lang }, ...translations ? { translations } : {} };
  });
}

// src/documents/translations/keys.ts
var TRANSLATION_KEY_NAMES = DEFAULT_FRONTMATTER_KEYS.translationKey;
function translationKeyOf(doc) {
  for (const name of TRANSLATION_KEY_NAMES) {
    const value = doc.metadata[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return void 0;
}
function localeRank(locales) {
  const keys = locales.map(localeKey);
  return (lang) => {
    const index = lang === void 0 ? -1 : keys.indexOf(localeKey(lang));
    return index === -1 ? keys.length : index;
  };
}
function sameLocale(a, b) {
  return a !== void 0 && b !== void 0 && localeKey(a) === localeKey(b);
}
function languageId(baseId, lang, idPrefix) {
  const rest = idPrefix && baseId.startsWith(idPrefix) ? baseId.slice(idPrefix.length) : baseId;
  return `${idPrefix}${lang}/${rest}`;
}

// src/documents/translations/hints.ts
var LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
var LOCALE_LIKE = /^[a-z]{2}(?:[-_](?:[a-z]{2}|[a-z]{4}))?$/i;
var MIN_SHARED = 2;
function localeHints(documents, defaultLocale) {
  const keyed = documents.filter((doc) => doc.lang !== void 0 && translationKeyOf(doc) !== void 0);
  const translated = languagesIn(keyed.map((doc) => doc.lang)).filter((lang) => localeKey(lang) !== localeKey(defaultLocale));
  if (translated.length > 0) return { setup: { locales: [defaultLocale, ...translated], defaultLocale, source: FRONTMATTER_SOURCE } };
  const found = [...mirroredFolders(documents), ...suffixes(documents), ...declaredLanguages2(documents, defaultLocale)];
  const locales = languagesIn(found).filter((lang) => localeKey(lang) !== localeKey(defaultLocale));
  if (locales.length === 0) return {};
  const line = `locales: [${[defaultLocale, ...locales].join(", ")}]`;
  const message = `pages look translated (${locales.join(", ")} by folder, file suffix or frontmatter lang) but no locales are configured, so they are published as separate pages; to group translations, add to kb-publish.yml: ${line}`;
  return { note: { severity: "warning", file: "locales", message } };
}
function declaredLanguages2(documents, defaultLocale) {
  const primary = (tag) => localeKey(tag).split("-")[0];
  const languages = languagesIn(documents.flatMap((doc) => doc.lang ? [doc.lang] : []));
  return languages.filter((lang) => primary(lang) !== primary(defaultLocale));
}
var FRONTMATTER_SOURCE = "frontmatter lang and translationKey";
function languagesIn(tags) {
  const counts = /* @__PURE__ */ new Map();
  for (const tag of tags) {
    const lang = canonicalLocale(tag);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([lang]) => lang);
}
function isLanguage(name) {
  if (!LOCALE_LIKE.test(name)) return false;
  const code2 = canonicalLocale(name);
  return code2 !== void 0 && LANGUAGE_NAMES.of(code2.split("-")[0]) !== code2.split("-")[0];
}
function mirroredFolders(documents) {
  const paths = documents.map((doc) => doc.sourcePath.split("/"));
  const localized = /* @__PURE__ */ new Map();
  for (const segments of paths) {
    segments.slice(0, -1).forEach((segment, index) => {
      if (!isLanguage(segment)) return;
      const parent = segments.slice(0, index).join("/");
      const trees = localized.get(parent) ?? /* @__PURE__ */ new Map();
      trees.set(segment, (trees.get(segment) ?? /* @__PURE__ */ new Set()).add(segments.slice(index + 1).join("/")));
      localized.set(parent, trees);
    });
  }
  const found = [];
  for (const [parent, trees] of localized) {
    const plain = new Set(paths.flatMap((segments) => plainPath(segments, parent)));
    for (const [folder, tree] of trees) {
      const others = [plain, ...[...trees].filter(([name]) => name !== folder).map(([, other]) => other)];
      if (others.some((other) => shared(tree, other) >= MIN_SHARED)) found.push(folder);
    }
  }
  return found;
}
function plainPath(segments, parent) {
  const depth = parent === "" ? 0 : parent.split("/").length;
  if (segments.slice(0, depth).join("/") !== parent || segments.length <= depth + 1 || isLanguage(segments[depth])) return [];
  return [segments.slice(depth).join("/")];
}
function suffixes(documents) {
  const paths = new Set(documents.map((doc) => doc.sourcePath));
  const found = [];
  for (const path10 of paths) {
    const match = /^(.*)\.([^./]+)(\.[^./]+)$/.exec(path10);
    if (match && isLanguage(match[2]) && paths.has(`${match[1]}${match[3]}`)) found.push(match[2]);
  }
  return found;
}
function shared(a, b) {
  let count = 0;
  for (const path10 of a) if (b.has(path10)) count++;
  return count;
}

// src/documents/locale/locale-of.ts
var DOCUSAURUS_I18N = /^(?<before>(?:.*\/)?)i18n\/(?<locale>[^/]+)\/docusaurus-plugin-content-(?<plugin>[^/]+?)\/(?<rest>.+)$/;
function localeOf(path10, frontmatterLang, options) {
  const fromPath = pathLocale(path10.replaceAll("\\", "/"), options.locales);
  const written = frontmatterLang === void 0 ? void 0 : frontmatterLang.trim();
  if (written) {
    const lang2 = matchLocale(written, options.locales, { loose: true }) ?? canonicalLocale(written) ?? written;
    return { lang: lang2, basePath: fromPath?.basePath ?? path10, source: "frontmatter" };
  }
  if (fromPath) return fromPath;
  const lang = canonicalLocale(options.defaultLocale) ?? options.defaultLocale;
  return { lang, basePath: path10, source: "default" };
}
function pathLocale(path10, locales) {
  return docusaurusLocale(path10) ?? suffixLocale(path10, locales) ?? folderLocale(path10, locales);
}
function docusaurusLocale(path10) {
  const groups = DOCUSAURUS_I18N.exec(path10)?.groups;
  const lang = groups && canonicalLocale(groups.locale);
  if (!groups || !lang) return void 0;
  const home = pluginHome(groups.plugin, groups.rest);
  if (!home) return void 0;
  return { lang, basePath: `${groups.before}${home}`, source: "folder" };
}
function pluginHome(plugin2, rest) {
  if (plugin2 === "blog") return `blog/${rest}`;
  if (plugin2 === "pages") return `src/pages/${rest}`;
  const docs = /^(?:docs|docs-(?<id>.+))$/.exec(plugin2);
  const version = /^(?<name>current|version-[^/]+)\/(?<page>.+)$/.exec(rest)?.groups;
  if (!docs || !version) return void 0;
  const id = docs.groups?.id;
  if (version.name === "current") return `${id ?? "docs"}/${version.page}`;
  return `${id ? `${id}_versioned_docs` : "versioned_docs"}/${version.name}/${version.page}`;
}
function suffixLocale(path10, locales) {
  const match = /^(?<stem>(?:.*\/)?[^/]+)\.(?<suffix>[^./]+)(?<extension>\.[^./]+)$/.exec(path10)?.groups;
  const lang = match && matchLocale(match.suffix, locales);
  if (!match || !lang) return void 0;
  return { lang, basePath: `${match.stem}${match.extension}`, source: "suffix" };
}
function folderLocale(path10, locales) {
  const segments = path10.split("/");
  for (let index = 0; index < segments.length - 1; index++) {
    const lang = matchLocale(segments[index], locales);
    if (lang === void 0) continue;
    const basePath = [...segments.slice(0, index), ...segments.slice(index + 1)].join("/");
    return { lang, basePath, source: "folder" };
  }
  return void 0;
}

// src/documents/translations/duplicates.ts
function settleDuplicates(group, options) {
  const winners = /* @__PURE__ */ new Map();
  const losers = /* @__PURE__ */ new Set();
  for (const doc of group.members) {
    const key = `${localeKey(doc.lang ?? "")}\0${doc.externalId}`;
    const earlier = winners.get(key);
    if (!earlier) winners.set(key, doc);
    else if (marked(doc, options) && !marked(earlier, options)) {
      winners.set(key, doc);
      losers.add(earlier);
    } else if (marked(earlier, options)) losers.add(doc);
  }
  if (losers.size === 0) return { group, leftOut: [] };
  const kept = new Set(group.members.filter((doc) => !losers.has(doc)));
  const leftOut = group.members.filter((doc) => !kept.has(doc)).map((doc) => {
    const winner = winners.get(`${localeKey(doc.lang ?? "")}\0${doc.externalId}`);
    return {
      file: doc.sourcePath,
      reason: `claims the ${doc.lang ?? "?"} page "${doc.externalId}" (translation group ${group.label}) that ${winner.sourcePath} is published as${marked(winner, options) ? ", since its path names the language" : ", the first by path"}; left out`
    };
  });
  return { group: { ...group, members: group.members.filter((doc) => kept.has(doc)) }, leftOut };
}
function marked(doc, options) {
  return localeOf(doc.sourcePath, void 0, options).source !== "default";
}

// src/documents/translations/groups.ts
function translationGroups(documents, locales) {
  const keyOfBaseId = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const key = translationKeyOf(doc);
    if (key !== void 0 && !keyOfBaseId.has(doc.externalId)) keyOfBaseId.set(doc.externalId, key);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const key = translationKeyOf(doc) ?? keyOfBaseId.get(doc.externalId);
    const id = key === void 0 ? `id:${doc.externalId}` : `translationKey:${key}`;
    const group = groups.get(id) ?? { key: id, label: key === void 0 ? doc.externalId : `translationKey "${key}"`, members: [] };
    group.members.push(doc);
    groups.set(id, group);
  }
  const rank2 = localeRank(locales);
  for (const group of groups.values()) {
    group.members.sort((a, b) => rank2(a.lang) - rank2(b.lang) || compareCodeUnits(a.sourcePath, b.sourcePath));
  }
  return [...groups.values()].sort((a, b) => compareCodeUnits(a.key, b.key));
}

// src/documents/translations/notes.ts
function localeNotes(present, options) {
  return options.locales.filter((locale) => !present.has(localeKey(locale))).map((locale) => ({
    severity: "warning",
    file: options.localesSource ?? "locales",
    message: `locale "${display(locale)}" has no pages; expected pages in a "${locale}" folder, with a ".${locale}" file suffix or with lang: ${locale} in frontmatter`
  }));
}
function groupNotes(group, options, present) {
  const main = group.members.find((doc) => sameLocale(doc.lang, options.defaultLocale));
  const notes = duplicateNotes(group);
  if (!main) return [...notes, ...orphanNotes(group, options)];
  const langs = new Set(group.members.map((doc) => localeKey(doc.lang ?? "")));
  const missing = options.locales.filter((locale) => !langs.has(localeKey(locale)) && present.has(localeKey(locale)));
  if (missing.length === 0 || options.reportMissing === false) return notes;
  const names = missing.map(display).join(", ");
  const message = `has no ${names} translation (translation group ${group.label}); expected one page per locale: ${options.locales.map(display).join(", ")}`;
  return [...notes, { severity: "warning", file: main.sourcePath, message, group: `have no ${names} translation` }];
}
function orphanNotes(group, options) {
  const defaultName = display(options.defaultLocale);
  return group.members.map((doc, index) => {
    const published = options.native ? index === 0 ? "published as the main document of its group" : `published as a translation of ${group.members[0].sourcePath}` : `published as "${doc.lang && !sameLocale(doc.lang, options.defaultLocale) ? languageId(doc.externalId, doc.lang, options.idPrefix ?? "") : doc.externalId}"`;
    return {
      severity: "warning",
      file: doc.sourcePath,
      group: `have no ${defaultName} original`,
      message: `${doc.lang ?? "?"} page has no ${defaultName} original (translation group ${group.label}); expected an original in ${defaultName} with the same base path or translationKey; ${published}`
    };
  });
}
function duplicateNotes(group) {
  const notes = [];
  const first = /* @__PURE__ */ new Map();
  for (const doc of group.members) {
    const key = localeKey(doc.lang ?? "");
    const earlier = first.get(key);
    if (!earlier) first.set(key, doc);
    else {
      notes.push({
        severity: "warning",
        file: doc.sourcePath,
        message: `is a second ${doc.lang ?? "?"} page in translation group ${group.label} (after ${earlier.sourcePath}); expected one page per language; kept as a separate document`
      });
    }
  }
  return notes;
}
function presentLocales(documents) {
  return new Set(documents.map((doc) => localeKey(doc.lang ?? "")));
}
function display(locale) {
  return canonicalLocale(locale) ?? locale;
}

// src/documents/translations/group.ts
function groupTranslations(documents, options) {
  const settled = translationGroups(documents, options.locales).map((group) => settleDuplicates(group, options));
  const groups = settled.map((entry) => entry.group);
  const excluded = settled.flatMap((entry) => entry.leftOut);
  const present = presentLocales(documents);
  const notes = [...options.reportMissing === false ? [] : localeNotes(present, options), ...groups.flatMap((group) => groupNotes(group, options, present))];
  const shaped = groups.flatMap((group) => options.native ? nativeDocuments(group) : perLanguage(group, options));
  return {
    documents: shaped.sort((a, b) => compareCodeUnits(a.externalId, b.externalId)),
    notes: notes.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.message, b.message)),
    excluded: excluded.sort((a, b) => compareCodeUnits(a.file, b.file))
  };
}
function perLanguage(group, options) {
  return group.members.map(
    (doc) => sameLocale(doc.lang, options.defaultLocale) || doc.lang === void 0 ? doc : { ...doc, externalId: languageId(doc.externalId, doc.lang, options.idPrefix ?? "") }
  );
}
function nativeDocuments(group) {
  const seen = /* @__PURE__ */ new Set();
  const primary = [];
  const extras = [];
  for (const doc of group.members) {
    const key = localeKey(doc.lang ?? "");
    (seen.has(key) ? extras : primary).push(doc);
    seen.add(key);
  }
  const [main, ...others] = primary;
  if (!main) return extras;
  const record = others.length > 0 ? { ...main, translations: others.map(translationOf) } : main;
  return [record, ...extras];
}
function translationOf(doc) {
  return { lang: doc.lang ?? "", title: doc.title, content: doc.content, sourcePath: doc.sourcePath };
}

// src/documents/translations/localize.ts
function localizeDocuments(documents, options) {
  const idOfPath = options.idOfPath ?? ((sourcePath) => externalIdOf({ sourcePath, idPrefix: options.idPrefix }));
  return documents.map((doc) => {
    const page = localeOf(doc.sourcePath, doc.lang, options);
    if (page.basePath === doc.sourcePath) return { ...doc, lang: page.lang };
    const localized = { ...doc, lang: page.lang };
    const baseId = rebasedId(doc, page.basePath, idOfPath, options);
    if (baseId !== void 0) localized.externalId = baseId;
    const sourceUrl = localizedUrl(doc, page, options);
    if (sourceUrl !== void 0) localized.sourceUrl = sourceUrl;
    return localized;
  });
}
function rebasedId(doc, basePath, idOfPath, options) {
  if (doc.externalId === idOfPath(doc.sourcePath)) return idOfPath(basePath);
  if (options.idScope !== "folder") return void 0;
  const pagePath = options.pagePath ?? ((path10) => path10);
  const idPrefixOf = options.idPrefixOf ?? (() => options.idPrefix);
  const explicitId = scopedIdWithin(doc.externalId, pagePath(doc.sourcePath), idPrefixOf(doc.sourcePath));
  return explicitId === void 0 ? void 0 : externalIdOf({ sourcePath: pagePath(basePath), explicitId, idPrefix: idPrefixOf(basePath), idScope: "folder" });
}
function localizedUrl(doc, page, options) {
  const { baseUrl } = options;
  if (!baseUrl || doc.sourceUrl === void 0 || doc.sourceUrl !== sourceUrlOf({ sourcePath: doc.sourcePath, baseUrl })) return void 0;
  if (localeKey(page.lang) === localeKey(options.defaultLocale)) return sourceUrlOf({ sourcePath: page.basePath, baseUrl });
  const spelling = options.locales.find((locale) => localeKey(locale) === localeKey(page.lang)) ?? page.lang;
  return sourceUrlOf({ sourcePath: `${spelling}/${page.basePath}`, baseUrl });
}

// src/documents/translations/prepare.ts
function translationSetup(options) {
  if (options.locales.length > 0) return ordered(options.locales, options.defaultLocale, "settings");
  const detected = options.detected;
  if (!detected) return void 0;
  const setup = ordered(detected.locales, detected.defaultLocale ?? options.defaultLocale, detected.source);
  return setup.locales.length < 2 ? void 0 : setup;
}
function ordered(locales, defaultLocale, source) {
  const all = [defaultLocale, ...locales];
  const seen = /* @__PURE__ */ new Set();
  const unique = all.filter((locale) => !seen.has(localeKey(locale)) && seen.add(localeKey(locale)));
  return { locales: unique, defaultLocale: canonicalLocale(defaultLocale) ?? defaultLocale, source };
}
function prepareTranslations(documents, options) {
  const hints = options.setup ? {} : localeHints(documents, options.defaultLocale ?? "en");
  const setup = options.setup ?? hints.setup;
  if (!setup) return { documents, notes: hints.note ? [hints.note] : [], excluded: [] };
  const { idPrefix, baseUrl, idOfPath, pagePath, idPrefixOf, idScope } = options;
  const localized = localizeDocuments(documents, { ...setup, idPrefix, baseUrl, idOfPath, pagePath, idPrefixOf, idScope });
  return groupTranslations(localized, {
    // Locales inferred from a few keyed pages say nothing about the others: no "missing" notes.
    reportMissing: setup.source !== FRONTMATTER_SOURCE,
    native: options.native,
    defaultLocale: setup.defaultLocale,
    locales: setup.locales,
    idPrefix: options.idPrefix,
    localesSource: setup.source
  });
}

// src/sources/hugo-cascade.ts
var import_fast_glob3 = __toESM(require_out4(), 1);
import { readFile } from "node:fs/promises";
import path4 from "node:path";
var MAX_SECTION_BYTES = 1024 * 1024;
async function hugoCascadeExcludes(root, exclude) {
  const sections2 = await (0, import_fast_glob3.default)("**/_index.{md,markdown}", { cwd: root, ignore: ["**/node_modules/**", "**/.git/**", ...exclude], followSymbolicLinks: false });
  const folders = [];
  for (const file of sections2.sort()) {
    if (await cascadesNeverRender(path4.join(root, file))) folders.push(path4.posix.dirname(file));
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
  return entries.some((entry) => isRecord2(entry) && valueOf(entry, "target") === void 0 && valueOf(entry, "_target") === void 0 && neverRendered(entry));
}
function neverRendered(entry) {
  const build = valueOf(entry, "build") ?? valueOf(entry, "_build");
  if (!isRecord2(build)) return false;
  const render = valueOf(build, "render");
  return render === false || typeof render === "string" && ["never", "false"].includes(render.trim().toLowerCase());
}
function valueOf(data, key) {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key);
  return found === void 0 ? void 0 : data[found];
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/sources/site-docusaurus.ts
import { readdir, readFile as readFile2 } from "node:fs/promises";
import path5 from "node:path";
var MAX_CONFIG_BYTES2 = 1024 * 1024;
async function readDocusaurusSite(configFile, root) {
  const dir = path5.dirname(configFile);
  const settings = docusaurusSettings(await readSmall(configFile) ?? "");
  const site = { markdownFormat: settings.markdownFormat ?? "mdx" };
  const released = parseVersions(await readSmall(path5.join(dir, "versions.json")));
  const relative = path5.relative(path5.resolve(root), dir).split(path5.sep).join("/");
  if (released.length === 0 || relative.startsWith("..")) return site;
  const folders = (await subfolders(path5.join(dir, "versioned_docs"))).filter((name) => name.startsWith("version-")).map((name) => name.slice("version-".length));
  const current = (await subfolders(dir)).includes("docs");
  site.versions = { site: relative ? `${relative}/` : "", released, folders, current, ...settings.lastVersion ? { lastVersion: settings.lastVersion } : {} };
  return site;
}
function parseVersions(text) {
  try {
    const data = JSON.parse(text ?? "[]");
    return Array.isArray(data) ? data.filter((name) => typeof name === "string" && name.trim() !== "") : [];
  } catch {
    return [];
  }
}
async function readSmall(file) {
  try {
    const text = await readFile2(file, "utf8");
    return text.length > MAX_CONFIG_BYTES2 ? void 0 : text;
  } catch {
    return void 0;
  }
}
async function subfolders(dir) {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

// src/sources/site-locales.ts
import { lstat, readdir as readdir2, readFile as readFile3 } from "node:fs/promises";
import path6 from "node:path";
var loadDetect = () => import("./detect-IRKDP45R.js");
var DOCUSAURUS_CONFIGS = ["js", "ts", "mjs", "cjs", "mts"].map((ext) => `docusaurus.config.${ext}`);
var HUGO_CONFIGS = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/config.toml", "config/_default/config.yaml"];
var CANDIDATES = [
  ...["hugo", "config", "config/_default/hugo", "config/_default/config"].flatMap((base) => [
    [`${base}.toml`, (d, t) => d.hugoLocales(t, "toml")],
    [`${base}.yaml`, (d, t) => d.hugoLocales(t, "yaml")],
    [`${base}.yml`, (d, t) => d.hugoLocales(t, "yaml")],
    [`${base}.json`, (d, t) => d.hugoLocales(t, "json")]
  ]),
  ["config/_default/languages.toml", (d, t) => d.hugoLocales(t, "toml", true)],
  ["config/_default/languages.yaml", (d, t) => d.hugoLocales(t, "yaml", true)],
  ...DOCUSAURUS_CONFIGS.map((name) => [name, (d, t) => d.docusaurusLocales(t)]),
  ...["mjs", "js", "ts", "mts", "cjs"].map((ext) => [`astro.config.${ext}`, (d, t) => d.objectConfigLocales(t)]),
  // VitePress: `config.ts`, or a `config/` folder whose `index.ts` merges per-locale files.
  ...[".vitepress", "docs/.vitepress"].flatMap(
    (dir) => ["config", "config/index"].flatMap((base) => ["ts", "mts", "js", "mjs"].map((ext) => [`${dir}/${base}.${ext}`, (d, t) => d.objectConfigLocales(t)]))
  ),
  ["mkdocs.yml", (d, t) => d.mkdocsLocales(t)],
  ["mkdocs.yaml", (d, t) => d.mkdocsLocales(t)]
];
var MAX_CONFIG_BYTES3 = 1024 * 1024;
var MAX_LEVELS2 = 8;
async function detectSite(root) {
  const found = { notes: [] };
  let dir = path6.resolve(root);
  for (let level = 0; level < MAX_LEVELS2; level++) {
    found.locales ??= await fromConfigFiles(dir, found.notes) ?? await fromDocusaurusFolders(dir, void 0);
    found.docusaurusConfig ??= await firstFile(dir, DOCUSAURUS_CONFIGS);
    found.hugoConfig ??= await firstFile(dir, HUGO_CONFIGS);
    const parent = path6.dirname(dir);
    if (found.locales && (found.docusaurusConfig || found.hugoConfig) || parent === dir || await exists(path6.join(dir, ".git"))) break;
    dir = parent;
  }
  return found;
}
async function firstFile(dir, names) {
  for (const name of names) {
    const file = path6.join(dir, name);
    if (await exists(file)) return file;
  }
  return void 0;
}
async function fromConfigFiles(dir, notes) {
  for (const [name, read] of CANDIDATES) {
    const file = path6.join(dir, name);
    const text = await readSmallFile(file);
    const detect = text === void 0 ? void 0 : await loadDetect();
    const locales = text === void 0 || detect === void 0 ? void 0 : read(detect, text) ?? (JS_CONFIG.test(name) ? await withImportedLocales(detect, file, text, read, notes) : void 0);
    if (!locales) continue;
    const withFolders = name.startsWith("docusaurus.config.") ? await fromDocusaurusFolders(dir, locales) : void 0;
    return { ...withFolders ?? locales, source: file };
  }
  return void 0;
}
var JS_CONFIG = /\.[cm]?[jt]s$/;
var MODULE_EXTENSIONS = ["", ".ts", ".mts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js", "/index.mjs"];
async function withImportedLocales(detect, file, text, read, notes) {
  const imported = detect.localesImport(text);
  if (!imported) return void 0;
  const module = imported.specifier.startsWith(".") ? await firstReadable(path6.resolve(path6.dirname(file), imported.specifier)) : void 0;
  const value = module && detect.exportedValue(module.text, imported.exported, module.file.endsWith(".json"));
  const locales = value === void 0 ? void 0 : read(detect, `${text}
const ${imported.name} = ${value}`);
  if (!locales) notes.push(`${path6.basename(file)} imports its locales from "${imported.specifier}", which kb-publish cannot read as data; expected a local module exporting a literal; set locales: in kb-publish.yml`);
  return locales;
}
async function firstReadable(base) {
  for (const extension of MODULE_EXTENSIONS) {
    const text = await readSmallFile(`${base}${extension}`);
    if (text !== void 0) return { file: `${base}${extension}`, text };
  }
  return void 0;
}
async function fromDocusaurusFolders(dir, config) {
  const i18n = path6.join(dir, "i18n");
  const found = [];
  for (const locale of await subfolders2(i18n)) {
    const plugins = await subfolders2(path6.join(i18n, locale));
    if (plugins.some((name) => name.startsWith("docusaurus-plugin-content-"))) found.push(locale);
  }
  if (found.length === 0) return void 0;
  const locales = (await loadDetect()).siteLocales([...config?.locales ?? [], ...found], config?.defaultLocale);
  return locales && { ...locales, source: i18n };
}
async function subfolders2(dir) {
  try {
    const entries = await readdir2(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}
async function readSmallFile(file) {
  try {
    const stats = await lstat(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES3) return void 0;
    return await readFile3(file, "utf8");
  } catch {
    return void 0;
  }
}
async function exists(file) {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

// src/sources/site-urls.ts
import { lstat as lstat2, readFile as readFile4 } from "node:fs/promises";
import path7 from "node:path";

// src/documents/urls/config.ts
function docusaurusPlugins(text) {
  const code2 = withoutComments(text);
  const docs = presetOptions(code2, "docs", /\b(?:routeBasePath|sidebarPath|path|editUrl|include)\s*:/);
  const blog = presetOptions(code2, "blog", /\b(?:routeBasePath|path|showReadingTime|blogTitle|feedOptions|editUrl|authorsMapPath|postsPerPage)\s*:/);
  return {
    docs: [...docs === false ? [] : [plugin(docs, code2, "docs")], ...pluginEntries(code2, "docs")],
    blog: [...blog === false ? [] : [plugin(blog, code2, "blog")], ...pluginEntries(code2, "blog")]
  };
}
function presetOptions(code2, key, optionKey) {
  if (new RegExp(`\\b${key}\\s*:\\s*false\\b`).test(code2)) return false;
  const opener = new RegExp(`\\b${key}\\s*:\\s*\\{`, "g");
  for (let match = opener.exec(code2); match; match = opener.exec(code2)) {
    const body = blockAfter(code2.slice(match.index), new RegExp(`^${key}\\s*:\\s*\\{`)) ?? "";
    if (optionKey.test(flatten(body))) return body;
  }
  return "";
}
function pluginEntries(code2, kind) {
  const entry = new RegExp(`['"]@docusaurus/plugin-content-${kind}['"]\\s*,\\s*\\{`, "g");
  const found = [];
  for (let match = entry.exec(code2); match; match = entry.exec(code2)) {
    found.push(plugin(blockAfter(code2.slice(match.index), /^['"][^'"]+['"]\s*,\s*\{/) ?? "", code2, kind));
  }
  return found;
}
function plugin(body, code2, kind) {
  const top = flatten(body);
  const read = (name) => {
    const value = propertyValue(top, code2, name);
    return value === void 0 ? void 0 : stringValue(code2, value);
  };
  const path10 = trimSlashes(read("path") ?? kind);
  return { id: read("id") ?? "default", path: path10, routeBasePath: trimSlashes(read("routeBasePath") ?? kind) };
}
function hugoRules(text, format) {
  const data = parseData(text, format);
  if (!data) return void 0;
  const languages = valueOf2(data, "languages");
  const languageDirs = isRecord(languages) ? Object.values(languages).map((language) => isRecord(language) ? valueOf2(language, "contentDir") : void 0).filter((dir) => typeof dir === "string") : [];
  const contentDir = valueOf2(data, "contentDir");
  const permalinks = valueOf2(data, "permalinks");
  return {
    contentDirs: [...new Set([...languageDirs, typeof contentDir === "string" ? contentDir : "content"].map(trimSlashes))],
    languages: isRecord(languages) ? Object.keys(languages) : [],
    permalinks: isRecord(permalinks) ? permalinks : {},
    keepCase: valueOf2(data, "disablePathToLower") === true
  };
}
function jekyllRules(text) {
  const data = parseData(text, "yaml");
  if (!data) return void 0;
  const collections = { posts: { output: true } };
  const declared = data.collections;
  const entries = Array.isArray(declared) ? declared.map((name) => [String(name), {}]) : isRecord(declared) ? Object.entries(declared) : [];
  for (const [name, options] of entries) {
    if (name === "posts") continue;
    const settings = isRecord(options) ? options : {};
    collections[name] = { output: settings.output === true, ...typeof settings.permalink === "string" ? { permalink: settings.permalink } : {} };
  }
  return { permalink: typeof data.permalink === "string" ? data.permalink : "date", collections, defaults: jekyllDefaults(data.defaults) };
}
function jekyllDefaults(defaults) {
  if (!Array.isArray(defaults)) return [];
  return defaults.flatMap((entry) => {
    if (!isRecord(entry) || !isRecord(entry.values) || typeof entry.values.permalink !== "string") return [];
    const scope = isRecord(entry.scope) ? entry.scope : {};
    const path10 = typeof scope.path === "string" ? trimSlashes(scope.path) : "";
    return [{ path: path10, ...typeof scope.type === "string" ? { type: scope.type } : {}, permalink: entry.values.permalink }];
  });
}
function mkdocsDocsDir(text) {
  const written = /^docs_dir\s*:\s*['"]?([^'"#\n]+?)['"]?\s*(?:#.*)?$/m.exec(text)?.[1];
  return trimSlashes(written ?? "docs");
}
function vitepressRules(text) {
  const code2 = withoutComments(text);
  const srcDir = propertyValue(code2, code2, "srcDir");
  const rewrites = propertyValue(code2, code2, "rewrites");
  const body = rewrites?.startsWith("{") ? blockAfter(rewrites, /^\{/) ?? "" : "";
  const pairs = [...flatten(body).matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*:\s*(['"`])((?:\\.|(?!\3)[^\\])*)\3/g)].map((m) => [m[2], m[4]]);
  const dir = srcDir === void 0 ? void 0 : stringValue(code2, srcDir);
  return { srcDir: trimSlashes((dir ?? "").replace(/^\.\//, "")), rewrites: pairs };
}
function valueOf2(data, key) {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key.toLowerCase());
  return found === void 0 ? void 0 : data[found];
}
function trimSlashes(path10) {
  return path10.trim().replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "");
}

// src/sources/site-urls.ts
var JS = ["js", "ts", "mjs", "cjs", "mts"];
var CONFIGS = [
  ...JS.map((ext) => [`docusaurus.config.${ext}`, (text, base) => ({ generator: "docusaurus", config: "", ...base, ...docusaurusPlugins(text) })]),
  ...["js", "ts", "mjs", "mts"].flatMap((ext) => [`.vitepress/config.${ext}`, `.vitepress/config/index.${ext}`]).map((name) => [
    name,
    (text, base) => ({ generator: "vitepress", config: "", ...base, ...vitepressRules(text) })
  ]),
  ...["mjs", "js", "ts", "mts", "cjs"].map((ext) => [
    `astro.config.${ext}`,
    (text, base) => /\bstarlight\s*\(/.test(text) ? { generator: "starlight", config: "", ...base, docsDir: "src/content/docs" } : void 0
  ]),
  ["mkdocs.yml", (text, base) => ({ generator: "mkdocs", config: "", ...base, docsDir: mkdocsDocsDir(text) })],
  ["mkdocs.yaml", (text, base) => ({ generator: "mkdocs", config: "", ...base, docsDir: mkdocsDocsDir(text) })],
  ...["hugo", "config/_default/hugo", "config/_default/config", "config"].flatMap(
    (stem) => ["toml", "yaml", "yml", "json"].map((ext) => [`${stem}.${ext}`, hugoReader(ext === "yml" ? "yaml" : ext, stem === "config")])
  ),
  ["_config.yml", jekyllReader],
  ["_config.yaml", jekyllReader]
];
function hugoReader(format, ambiguous) {
  return (text, base) => {
    if (ambiguous && !/\b(?:baseURL|contentDir|defaultContentLanguage|permalinks|theme)\b/i.test(text)) return void 0;
    const rules = hugoRules(text, format);
    return rules && { generator: "hugo", config: "", ...base, ...rules };
  };
}
function jekyllReader(text, base) {
  const rules = jekyllRules(text);
  return rules && { generator: "jekyll", config: "", ...base, ...rules };
}
var MAX_CONFIG_BYTES4 = 1024 * 1024;
var MAX_LEVELS3 = 8;
async function detectUrlRules(root, locales = []) {
  const start = path7.resolve(root);
  let dir = start;
  for (let level = 0; level < MAX_LEVELS3; level++) {
    const within = path7.relative(dir, start).split(path7.sep).filter(Boolean).map((s) => `${s}/`).join("");
    for (const [name, read] of CONFIGS) {
      const text = await readSmallFile2(path7.join(dir, name));
      const rules = text === void 0 ? void 0 : read(text, { within, locales });
      if (rules) return { ...rules, config: path7.relative(start, path7.join(dir, name)).split(path7.sep).join("/") };
    }
    const parent = path7.dirname(dir);
    if (parent === dir || await exists2(path7.join(dir, ".git"))) return void 0;
    dir = parent;
  }
  return void 0;
}
async function readSmallFile2(file) {
  try {
    const stats = await lstat2(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES4) return void 0;
    return await readFile4(file, "utf8");
  } catch {
    return void 0;
  }
}
async function exists2(file) {
  try {
    await lstat2(file);
    return true;
  } catch {
    return false;
  }
}

// src/sources/prepare.ts
async function readDocuments(settings, capabilities) {
  const site = await siteSetup(settings);
  const locales = site.setup ? { locales: site.setup.locales, defaultLocale: site.setup.defaultLocale } : {};
  const markdown = { ...site.markdown, ...settings.components ? { components: settings.components } : {} };
  const exclude = [...settings.exclude, ...site.exclude];
  const loaded = await loadDocuments({ ...settings, ...locales, exclude, idScope: site.idScope, html: capabilities.takesHtml ?? false, markdown });
  const prepared = prepareDocuments(loaded, { ...settings, idScope: site.idScope, setup: site.setup, native: capabilities.nativeTranslations, versions: site.markdown.versions });
  return { ...prepared, diagnostics: [...prepared.diagnostics, ...site.notes].sort(byFileThenLine2) };
}
function prepareDocuments(loaded, options) {
  return prepareWithPages(loaded, options).prepared;
}
function prepareWithPages(loaded, options) {
  const pages = options.setup ? withoutFallbackPages(loaded.documents, options.setup.defaultLocale) : { documents: loaded.documents, excluded: [] };
  const overridden = applyOverrides(pages.documents, options.overrides);
  const declared = declaredLanguages(overridden.documents);
  const paths = translationPaths(options);
  const setup = options.setup ?? localeHints(overridden.documents, options.defaultLocale ?? "en").setup;
  const shaped = prepareTranslations(overridden.documents, { ...options, ...paths });
  const prepared = {
    documents: withDeclaredLanguages(shaped.documents, declared),
    diagnostics: [...loaded.diagnostics, ...shaped.notes].sort(byFileThenLine2),
    excluded: [...loaded.excluded, ...pages.excluded, ...overridden.excluded, ...shaped.excluded].sort((a, b) => compareCodeUnits(a.file, b.file))
  };
  const unitPages2 = pages.excluded.length > 0 ? applyOverrides(loaded.documents, options.overrides).documents : overridden.documents;
  return { prepared, pages: unitPages2, setup, paths };
}
function translationPaths(options) {
  const pagePath = (sourcePath) => versionedPath(sourcePath, options.versions);
  const idPrefixOf = (sourcePath) => `${options.idPrefix}${versionPrefix(sourcePath, options.versions)}`;
  const idOfPath = (sourcePath) => externalIdOf({ sourcePath: pagePath(sourcePath), idPrefix: idPrefixOf(sourcePath) });
  return { idOfPath, pagePath, idPrefixOf };
}
async function siteSetup(settings) {
  const site = await detectSite(settings.root);
  const detected = settings.locales.length > 0 ? void 0 : site.locales;
  const relative = detected && { ...detected, source: relativePath(settings.root, detected.source) };
  const setup = translationSetup({ locales: settings.locales, defaultLocale: settings.defaultLocale, detected: relative });
  const notes = settings.locales.length > 0 ? [] : site.notes.map((message) => ({ severity: "warning", file: "locales", message }));
  const result = { setup, idScope: settings.idScope ?? (site.docusaurusConfig ? "folder" : "global"), markdown: {}, exclude: [], notes };
  const urlRules = await detectUrlRules(settings.root, setup?.locales);
  if (urlRules) result.markdown.urlRules = urlRules;
  if (site.hugoConfig) result.exclude = await hugoCascadeExcludes(settings.root, settings.exclude ?? []);
  if (!site.docusaurusConfig) return result;
  const docusaurus = await readDocusaurusSite(site.docusaurusConfig, settings.root);
  if (docusaurus.markdownFormat === "mdx") result.markdown.mdFlavor = "mdx";
  if (docusaurus.versions) {
    const selection = selectVersions(docusaurus.versions, settings.versions ?? ["latest"]);
    result.markdown.versions = selection.plan;
    result.exclude = selection.exclude;
    const file = relativePath(settings.root, path8.join(path8.dirname(site.docusaurusConfig), "versions.json"));
    result.notes.push(...selection.notes.map((message) => ({ severity: "warning", file, message })));
  }
  return result;
}
function relativePath(root, file) {
  return path8.relative(root, file).split(path8.sep).join("/");
}
function byFileThenLine2(a, b) {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

// src/sources/units.ts
function unitsOf(documents, options) {
  const units = /* @__PURE__ */ new Map();
  const { setup } = options;
  if (!setup) {
    for (const doc of documents) units.set(doc.sourcePath, { pages: [doc.sourcePath], groups: [] });
    return units;
  }
  const { idPrefix, baseUrl, idScope, idOfPath, pagePath, idPrefixOf } = options;
  const localized = localizeDocuments(documents, { ...setup, idPrefix, baseUrl, idScope, idOfPath, pagePath, idPrefixOf });
  for (const group of translationGroups(localized, setup.locales)) {
    const keys = /* @__PURE__ */ new Set();
    for (const doc of group.members) {
      keys.add(`id:${doc.externalId}`);
      const key = translationKeyOf(doc);
      if (key !== void 0) keys.add(`key:${key}`);
    }
    const unit = { pages: group.members.map((doc) => doc.sourcePath), groups: [...keys].sort(compareCodeUnits) };
    for (const page of unit.pages) units.set(page, unit);
  }
  return units;
}
function provenanceOf(documents, units, ctx) {
  const idsOfUnit = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const unit = units.get(doc.sourcePath);
    if (unit) idsOfUnit.set(unit, [...idsOfUnit.get(unit) ?? [], doc.externalId]);
  }
  const result = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const unit = units.get(doc.sourcePath) ?? { pages: [doc.sourcePath], groups: [] };
    result.set(doc.sourcePath, provenanceOfDoc(doc, unit, idsOfUnit.get(unit) ?? [doc.externalId], ctx));
  }
  return result;
}
function provenanceOfDoc(doc, unit, unitIds, ctx) {
  const sources = {};
  const included = /* @__PURE__ */ new Set();
  for (const page of unit.pages) {
    sources[page] = ctx.shaOf(page) ?? "";
    for (const path10 of ctx.includesOf(page)) included.add(path10);
  }
  const includes = [...included].filter((path10) => sources[path10] === void 0).sort(compareCodeUnits);
  for (const path10 of includes) sources[path10] = ctx.shaOf(path10) ?? "";
  const provenance = { sources, derivation: ctx.derivation };
  if (Object.keys(sources).length > 1) provenance.page = doc.sourcePath;
  if (includes.length > 0) provenance.includes = includes;
  const siblings = unitIds.filter((id) => id !== doc.externalId).sort(compareCodeUnits);
  if (siblings.length > 0) provenance.siblings = siblings;
  if (unit.groups.length > 0) provenance.groups = unit.groups;
  return provenance;
}

// src/sources/incremental.ts
async function readSources(input) {
  const { settings, capabilities } = input;
  const site = await siteSetup(settings);
  const discovery = await discoverSources({ ...settings, exclude: [...settings.exclude, ...site.exclude] });
  const configs = siteConfigHashes(settings.root);
  const derivation = derivationKey({ settings, capabilities, site, configs, toolVersion: input.toolVersion });
  const run = new Run(input, site, discovery, derivation);
  const snapshot = await input.snapshot;
  const records = snapshot ? indexRecords(snapshot.records) : /* @__PURE__ */ new Map();
  const clean = input.full || !carriesKey(records, derivation) ? /* @__PURE__ */ new Map() : await run.cleanAmong(records);
  return run.settle(clean);
}
function carriesKey(records, derivation) {
  for (const record of records.values()) if (record.provenance?.derivation === derivation) return true;
  return false;
}
var Run = class {
  constructor(input, site, discovery, derivation) {
    this.input = input;
    this.site = site;
    this.discovery = discovery;
    this.derivation = derivation;
    this.discovered = new Set(discovery.files);
  }
  input;
  site;
  discovery;
  derivation;
  hashes = /* @__PURE__ */ new Map();
  prepared = /* @__PURE__ */ new Map();
  pool = {};
  targetReady;
  discovered;
  /** Files derived so far, for progress (kept records count as done once the run settles). */
  derivedSoFar = 0;
  get location() {
    return { realRoot: this.discovery.realRoot, maxBytes: this.input.settings.maxFileBytes };
  }
  async cleanAmong(records) {
    this.hashes = await hashFiles(filesOf(this.discovery, this.discovery.files), this.location);
    return cleanRecords({ records, derivation: this.derivation, shaOf: (path10) => this.shaOf(path10) });
  }
  /** Derives what the clean records do not cover, growing the derived set until no clean record is touched. */
  async settle(clean) {
    const kept = new Set([...clean.values()].flatMap((record) => unitPages(record.provenance)));
    let derived = await this.derive(this.discovery.files.filter((path10) => !kept.has(path10)));
    let shaped = this.shape(derived, clean.size > 0);
    if (clean.size > 0 && this.groupsFromFrontmatter(shaped.inferred, clean)) {
      const done = new Set(derived.map((file) => file.path));
      derived = [...derived, ...await this.derive([...kept].filter((path10) => this.discovered.has(path10) && !done.has(path10)))].sort((a, b) => compareCodeUnits(a.path, b.path));
      clean.clear();
      shaped = this.shape(derived, false);
    }
    for (let touched = touchedRecords(clean, shaped.claims); touched.length > 0; touched = touchedRecords(clean, shaped.claims)) {
      for (const record of touched) clean.delete(record.externalId);
      const done = new Set(derived.map((file) => file.path));
      const more = [...new Set(touched.flatMap((record) => unitPages(record.provenance)))].filter((path10) => this.discovered.has(path10) && !done.has(path10));
      derived = [...derived, ...await this.derive(more)].sort((a, b) => compareCodeUnits(a.path, b.path));
      shaped = this.shape(derived, clean.size > 0);
    }
    const unchanged = [...clean.values()].map(cleanRecordOf);
    shaped.result.diagnostics = [...shaped.result.diagnostics, ...this.site.notes].sort(byFileThenLine);
    const total = this.discovery.files.length;
    if (this.derivedSoFar < total) this.input.settings.onProgress?.(total, total);
    const counts = { files: this.discovery.files.length, derived: derived.length, kept: unchanged.length, workers: this.pool.used ?? 0 };
    return { ...shaped.result, unchanged, provenance: shaped.provenance, counts, prepared: this.prepared };
  }
  async derive(paths) {
    const { settings, capabilities } = this.input;
    const { setup, idScope } = this.site;
    const locales = setup ? { locales: setup.locales, defaultLocale: setup.defaultLocale } : {};
    const markdown = { ...this.site.markdown, ...settings.components ? { components: settings.components } : {} };
    const options = deriveOptions({ ...settings, ...locales, idScope, html: capabilities.takesHtml ?? false, markdown }, this.discovery.realRoot);
    const sorted = [...paths].sort(compareCodeUnits);
    if (sorted.length > 0) await (this.targetReady ??= this.input.prepare?.());
    const final = setup === void 0 && this.input.payloadOf !== void 0;
    const onDerived = (files, prepared) => {
      if (final) this.prepare(files, prepared);
      this.derivedSoFar += files.length;
      settings.onProgress?.(this.derivedSoFar, this.discovery.files.length);
    };
    Object.assign(this.pool, { workers: settings.workers, onDerived, payloads: final ? this.input.workerSettings : void 0 });
    return deriveFiles(filesOf(this.discovery, sorted), options, this.pool);
  }
  /**
   * Keeps the payload and fingerprint of each derived document as it arrives — built by the
   * workers, or here while they derive the rest: without translations a document is final once
   * overrides apply.
   */
  prepare(files, prepared) {
    const entries = prepared ?? preparePayloads(files, this.input.settings.overrides, this.input.payloadOf);
    for (const [path10, payload] of entries) this.prepared.set(path10, payload);
  }
  /**
   * Without configured or detected locales, translation groups come from pages that name their
   * `lang` and `translationKey` (see localeHints), so they depend on pages this run may not
   * derive: when the derived pages infer groups, or kept records were grouped, derive them all.
   */
  groupsFromFrontmatter(inferred, clean) {
    if (this.site.setup !== void 0) return false;
    if (inferred) return true;
    for (const record of clean.values()) if (record.provenance?.groups?.length || record.provenance?.siblings?.length) return true;
    return false;
  }
  /** Overrides, translations, units and provenance of the derived files. */
  shape(derived, incremental) {
    const { settings, capabilities } = this.input;
    const { setup, idScope } = this.site;
    const options = { ...settings, idScope, setup, native: capabilities.nativeTranslations, versions: this.site.markdown.versions };
    const { prepared, pages, setup: inEffect, paths } = prepareWithPages(collectDerived(derived, this.discovery.skipped), options);
    const units = unitsOf(pages, { ...options, setup: inEffect, ...paths });
    if (inEffect !== void 0) this.prepared.clear();
    const byPath = new Map(derived.map((file) => [file.path, file]));
    const provenance = provenanceOf(prepared.documents, units, {
      derivation: this.derivation,
      shaOf: (path10) => byPath.get(path10)?.sha256 ?? this.shaOf(path10),
      includesOf: (page) => includesOf(byPath.get(page))
    });
    const claims = { ids: new Set(prepared.documents.map((doc) => doc.externalId)), groups: new Set([...units.values()].flatMap((unit) => unit.groups)) };
    const sitewide = /* @__PURE__ */ new Set([setup?.source, "locales"]);
    const result = incremental ? { ...prepared, diagnostics: prepared.diagnostics.filter((d) => !sitewide.has(d.file)) } : prepared;
    return { result, provenance, claims, inferred: setup === void 0 && inEffect !== void 0 };
  }
  /** sha256 of a file as it is now: from the hashing pass, else (a file outside the globs, e.g. an include) read now. */
  shaOf(path10) {
    const known = this.hashes.get(path10);
    if (known !== void 0 || this.discovered.has(path10)) return known;
    if (path10.split("/").includes("..") || path10.startsWith("/")) return void 0;
    const read = readSourceBytes({ ...this.location, path: path10 });
    if (read.ok) this.hashes.set(path10, read.sha256);
    return read.ok ? read.sha256 : void 0;
  }
};
function includesOf(file) {
  if (!file || file.outcome.kind !== "document") return [];
  const sources = file.outcome.sources;
  return Array.isArray(sources) ? sources.filter((path10) => typeof path10 === "string" && path10 !== file.path) : [];
}

// src/sync.ts
async function sync(settings, deps) {
  const { target, plan } = await planRun(settings, deps);
  try {
    if (!writes(settings) || isBlocked(plan)) return { plan };
    deps.onPhase?.("writing");
    const retry = { sleep: deps.sleep, ...deps.retry };
    const result = await applyPlan(plan, target, { deletions: settings.deletions, onProgress: deps.onProgress, retry });
    return { plan, result };
  } finally {
    await target.close?.();
  }
}
function writes(settings) {
  return settings.command === "sync" && settings.baseline === void 0;
}
async function planRun(settings, deps) {
  const context = { log: deps.log, userAgent: deps.userAgent, now: deps.now, sleep: deps.sleep, http: deps.http, exclusive: writes(settings) };
  const target = targets[settings.target](settings, context);
  try {
    return await planWith(settings, target, deps);
  } catch (error) {
    await target.close?.();
    throw error;
  }
}
async function planWith(settings, target, deps) {
  const listing = readSnapshot(settings, target, deps.log);
  listing.catch(() => void 0);
  deps.log.info(`Reading ${settings.root}`);
  deps.onPhase?.("reading");
  const local = await readSources({
    settings: { ...settings, onProgress: deps.onProgress },
    capabilities: target.capabilities,
    payloadOf: (doc) => target.payloadOf(doc),
    prepare: async () => target.prepare?.(),
    // Workers make their own copy of a target of the registry; a target made elsewhere (tests) builds payloads here.
    workerSettings: targets[settings.target] && target.name === settings.target ? settings : void 0,
    snapshot: settings.baseline === void 0 ? listing : void 0,
    full: settings.full,
    toolVersion: deps.toolVersion ?? VERSION
  });
  const { counts } = local;
  deps.log.info(
    `Read ${counts.files} files: ${counts.kept} records unchanged since they were written (not parsed), ${counts.derived} files derived ${counts.workers > 0 ? `on ${counts.workers} worker threads ` : ""}into ${local.documents.length} documents (${local.excluded.length} excluded, ${errorCount(local.diagnostics)} unreadable)`
  );
  deps.onPhase?.("planning");
  const snapshot = await scopedSnapshot(settings, target, await listing, local);
  const plan = buildPlan({
    documents: local.documents,
    unchanged: local.unchanged,
    provenance: local.provenance,
    prepared: local.prepared,
    diagnostics: local.diagnostics,
    excluded: local.excluded,
    snapshot,
    target,
    options: {
      maxDeletes: settings.maxDeletes,
      allowMassDelete: settings.allowMassDelete,
      deletions: settings.deletions,
      idPrefix: settings.idPrefix,
      allowRollback: settings.allowRollback
    },
    commit: settings.commit
  });
  if (settings.command === "plan" && target.loadContent) await target.loadContent(changedRecords(plan));
  return { target, snapshot, plan, counts };
}
function changedRecords(plan) {
  return plan.operations.flatMap((op) => op.kind === "update" || op.kind === "delete" ? [op.remote] : []);
}
async function readSnapshot(settings, target, log) {
  if (settings.baseline === void 0) {
    log.info(`Reading the ${target.name} knowledge base`);
    return target.snapshot();
  }
  log.info(`Reading the baseline docs in ${settings.baseline} (the knowledge base is not read)`);
  await target.prepare?.();
  const baseline = await readDocuments({ ...settings, root: settings.baseline }, target.capabilities);
  return snapshotFromDocuments(baseline.documents, target);
}
async function scopedSnapshot(settings, target, listed, local) {
  if (settings.baseline !== void 0 || target.capabilities.scopedSnapshot !== true) return listed;
  const externalIds = [...local.documents.map((doc) => doc.externalId), ...local.unchanged.map(({ doc }) => doc.externalId)];
  return target.snapshot({ externalIds });
}
function errorCount(diagnostics) {
  return diagnostics.filter((d) => d.severity === "error").length;
}

// src/export.ts
import path9 from "node:path";

// src/report/llms-txt.ts
var EXPORT_FORMATS = ["llms-txt", "llms-full-txt"];
function renderLlmsTxt(documents, site) {
  const entries = entriesOf(documents);
  const lines = header(documents, site);
  for (const [section, members] of sections(entries)) {
    lines.push(`## ${sectionTitle(section, members)}`, "");
    for (const { doc, url } of members) lines.push(`- ${link(doc.title, url)}${doc.description ? `: ${oneLine2(doc.description)}` : ""}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function renderLlmsFullTxt(documents, site) {
  const pages = [...sections(entriesOf(documents)).values()].flat().map(({ doc, url }) => {
    const body = withoutLeadingTitle(doc.content, doc.title).trim();
    return [`# ${oneLine2(doc.title)}`, "", `Source: ${url}`, "", body].join("\n");
  });
  return `${[header(documents, site).join("\n").trimEnd(), ...pages].join("\n\n---\n\n")}
`;
}
function header(documents, site) {
  const home = documents.find((doc) => isHome(doc.sourcePath));
  const name = site.name ?? home?.title ?? site.folderName;
  const summary = site.summary ?? home?.description;
  const lines = [`# ${oneLine2(name)}`, ""];
  if (summary) lines.push(`> ${oneLine2(summary)}`, "");
  return lines;
}
function entriesOf(documents) {
  return [...documents].sort((a, b) => compareCodeUnits(a.externalId, b.externalId)).map((doc) => ({ doc, url: doc.sourceUrl ?? doc.sourcePath, section: sectionOf(doc.sourcePath) }));
}
function sections(entries) {
  const bySection = /* @__PURE__ */ new Map();
  const names = [...new Set(entries.map((e) => e.section))].sort((a, b) => a === "" ? -1 : b === "" ? 1 : compareCodeUnits(a, b));
  for (const name of names) bySection.set(name, entries.filter((e) => e.section === name));
  return bySection;
}
function sectionOf(sourcePath) {
  const slash = sourcePath.indexOf("/");
  return slash < 0 ? "" : sourcePath.slice(0, slash);
}
function sectionTitle(section, members) {
  if (section === "") return "Overview";
  if (members.every(({ doc }) => doc.lang?.toLowerCase() === section.toLowerCase())) return section;
  const words = section.replace(/^\d+[-_.]/, "").replace(/[-_]+/g, " ").trim() || section;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
function isHome(sourcePath) {
  return /^(_?index|readme)\.[a-z]+$/i.test(sourcePath);
}
function link(title, url) {
  const text = oneLine2(title).replace(/[[\]\\]/g, (c) => `\\${c}`);
  const target = url.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
  return `[${text}](${target})`;
}
function oneLine2(text) {
  return text.replace(/\s+/g, " ").trim();
}
function withoutLeadingTitle(content, title) {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(content);
  return match && oneLine2(match[1]) === oneLine2(title) ? content.slice(match[0].length) : content;
}

// src/export.ts
async function exportDocs(settings, options, log) {
  log.info(`Reading ${settings.root}`);
  const { documents, diagnostics } = await readDocuments(settings, { nativeTranslations: false });
  const site = { name: options.siteName, summary: options.summary, folderName: path9.basename(settings.root) };
  const render = options.format === "llms-full-txt" ? renderLlmsFullTxt : renderLlmsTxt;
  return { text: render(documents, site), pages: documents.length, diagnostics };
}
function exportFormat(value, where) {
  const known = EXPORT_FORMATS;
  if (known.includes(value)) return value;
  throw new Error(invalidValue(where, JSON.stringify(value), EXPECTED.oneOf(EXPORT_FORMATS), EXPORT_FORMATS));
}

export {
  createRedactor,
  secretsOf,
  splitList,
  envName,
  resolveSettings,
  ExitCode,
  exitCodeFor,
  planSummaryLine,
  resultSummaryLine,
  locationOf,
  plural,
  printable,
  escapeText,
  code,
  tableRow,
  isBlocked,
  heldSections,
  rollbackWarning,
  leftOutPages,
  leftOutCounts,
  describeLeftOut,
  groupWarnings,
  locationList,
  REASONS,
  outcomeToJson,
  createProgress,
  retryLine,
  colorEnabled,
  colorsFor,
  renderPlanText,
  renderResultText,
  VERSION,
  sync,
  exportDocs,
  exportFormat
};
