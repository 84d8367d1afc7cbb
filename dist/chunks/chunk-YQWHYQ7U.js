import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  EXIT,
  SKIP,
  defaultTreeAdapter,
  find,
  fromParse5,
  html,
  normalize,
  ok,
  parse as parse2,
  parse2 as parse3,
  parse3 as parse4,
  parseFragment,
  stringify,
  stringify2,
  svg,
  toHtml,
  unreachable,
  visit,
  whitespace,
  zwitch
} from "./chunk-XOLIKYMX.js";
import {
  sha256Bytes
} from "./chunk-WAZHSMMG.js";
import {
  INDEX_NAMES,
  externalIdOf,
  pageSegments,
  plainObject
} from "./chunk-MHCW4QAG.js";
import {
  parse as parse5
} from "./chunk-22XZLT6N.js";
import {
  require_dist
} from "./chunk-R2HWPTEX.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-IAQ7UJBM.js";

// node_modules/boolbase/index.js
var require_boolbase = __commonJS({
  "node_modules/boolbase/index.js"(exports2, module2) {
    module2.exports = {
      trueFunc: function trueFunc() {
        return true;
      },
      falseFunc: function falseFunc() {
        return false;
      }
    };
  }
});

// node_modules/kind-of/index.js
var require_kind_of = __commonJS({
  "node_modules/kind-of/index.js"(exports2, module2) {
    var toString2 = Object.prototype.toString;
    module2.exports = function kindOf2(val) {
      if (val === void 0) return "undefined";
      if (val === null) return "null";
      var type = typeof val;
      if (type === "boolean") return "boolean";
      if (type === "string") return "string";
      if (type === "number") return "number";
      if (type === "symbol") return "symbol";
      if (type === "function") {
        return isGeneratorFn(val) ? "generatorfunction" : "function";
      }
      if (isArray(val)) return "array";
      if (isBuffer(val)) return "buffer";
      if (isArguments(val)) return "arguments";
      if (isDate(val)) return "date";
      if (isError(val)) return "error";
      if (isRegexp(val)) return "regexp";
      switch (ctorName(val)) {
        case "Symbol":
          return "symbol";
        case "Promise":
          return "promise";
        // Set, Map, WeakSet, WeakMap
        case "WeakMap":
          return "weakmap";
        case "WeakSet":
          return "weakset";
        case "Map":
          return "map";
        case "Set":
          return "set";
        // 8-bit typed arrays
        case "Int8Array":
          return "int8array";
        case "Uint8Array":
          return "uint8array";
        case "Uint8ClampedArray":
          return "uint8clampedarray";
        // 16-bit typed arrays
        case "Int16Array":
          return "int16array";
        case "Uint16Array":
          return "uint16array";
        // 32-bit typed arrays
        case "Int32Array":
          return "int32array";
        case "Uint32Array":
          return "uint32array";
        case "Float32Array":
          return "float32array";
        case "Float64Array":
          return "float64array";
      }
      if (isGeneratorObj(val)) {
        return "generator";
      }
      type = toString2.call(val);
      switch (type) {
        case "[object Object]":
          return "object";
        // iterators
        case "[object Map Iterator]":
          return "mapiterator";
        case "[object Set Iterator]":
          return "setiterator";
        case "[object String Iterator]":
          return "stringiterator";
        case "[object Array Iterator]":
          return "arrayiterator";
      }
      return type.slice(8, -1).toLowerCase().replace(/\s/g, "");
    };
    function ctorName(val) {
      return typeof val.constructor === "function" ? val.constructor.name : null;
    }
    function isArray(val) {
      if (Array.isArray) return Array.isArray(val);
      return val instanceof Array;
    }
    function isError(val) {
      return val instanceof Error || typeof val.message === "string" && val.constructor && typeof val.constructor.stackTraceLimit === "number";
    }
    function isDate(val) {
      if (val instanceof Date) return true;
      return typeof val.toDateString === "function" && typeof val.getDate === "function" && typeof val.setDate === "function";
    }
    function isRegexp(val) {
      if (val instanceof RegExp) return true;
      return typeof val.flags === "string" && typeof val.ignoreCase === "boolean" && typeof val.multiline === "boolean" && typeof val.global === "boolean";
    }
    function isGeneratorFn(name2, val) {
      return ctorName(name2) === "GeneratorFunction";
    }
    function isGeneratorObj(val) {
      return typeof val.throw === "function" && typeof val.return === "function" && typeof val.next === "function";
    }
    function isArguments(val) {
      try {
        if (typeof val.length === "number" && typeof val.callee === "function") {
          return true;
        }
      } catch (err) {
        if (err.message.indexOf("callee") !== -1) {
          return true;
        }
      }
      return false;
    }
    function isBuffer(val) {
      if (val.constructor && typeof val.constructor.isBuffer === "function") {
        return val.constructor.isBuffer(val);
      }
      return false;
    }
  }
});

// node_modules/is-extendable/index.js
var require_is_extendable = __commonJS({
  "node_modules/is-extendable/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function isExtendable(val) {
      return typeof val !== "undefined" && val !== null && (typeof val === "object" || typeof val === "function");
    };
  }
});

// node_modules/extend-shallow/index.js
var require_extend_shallow = __commonJS({
  "node_modules/extend-shallow/index.js"(exports2, module2) {
    "use strict";
    var isObject = require_is_extendable();
    module2.exports = function extend(o) {
      if (!isObject(o)) {
        o = {};
      }
      var len = arguments.length;
      for (var i = 1; i < len; i++) {
        var obj = arguments[i];
        if (isObject(obj)) {
          assign(o, obj);
        }
      }
      return o;
    };
    function assign(a, b) {
      for (var key in b) {
        if (hasOwn(b, key)) {
          a[key] = b[key];
        }
      }
    }
    function hasOwn(obj, key) {
      return Object.prototype.hasOwnProperty.call(obj, key);
    }
  }
});

// node_modules/section-matter/index.js
var require_section_matter = __commonJS({
  "node_modules/section-matter/index.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var extend = require_extend_shallow();
    module2.exports = function(input, options2) {
      if (typeof options2 === "function") {
        options2 = { parse: options2 };
      }
      var file = toObject(input);
      var defaults = { section_delimiter: "---", parse: identity };
      var opts = extend({}, defaults, options2);
      var delim = opts.section_delimiter;
      var lines = file.content.split(/\r?\n/);
      var sections = null;
      var section = createSection();
      var content = [];
      var stack = [];
      function initSections(val) {
        file.content = val;
        sections = [];
        content = [];
      }
      function closeSection(val) {
        if (stack.length) {
          section.key = getKey(stack[0], delim);
          section.content = val;
          opts.parse(section, sections);
          sections.push(section);
          section = createSection();
          content = [];
          stack = [];
        }
      }
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        var len = stack.length;
        var ln = line.trim();
        if (isDelimiter(ln, delim)) {
          if (ln.length === 3 && i !== 0) {
            if (len === 0 || len === 2) {
              content.push(line);
              continue;
            }
            stack.push(ln);
            section.data = content.join("\n");
            content = [];
            continue;
          }
          if (sections === null) {
            initSections(content.join("\n"));
          }
          if (len === 2) {
            closeSection(content.join("\n"));
          }
          stack.push(ln);
          continue;
        }
        content.push(line);
      }
      if (sections === null) {
        initSections(content.join("\n"));
      } else {
        closeSection(content.join("\n"));
      }
      file.sections = sections;
      return file;
    };
    function isDelimiter(line, delim) {
      if (line.slice(0, delim.length) !== delim) {
        return false;
      }
      if (line.charAt(delim.length + 1) === delim.slice(-1)) {
        return false;
      }
      return true;
    }
    function toObject(input) {
      if (typeOf(input) !== "object") {
        input = { content: input };
      }
      if (typeof input.content !== "string" && !isBuffer(input.content)) {
        throw new TypeError("expected a buffer or string");
      }
      input.content = input.content.toString();
      input.sections = [];
      return input;
    }
    function getKey(val, delim) {
      return val ? val.slice(delim.length).trim() : "";
    }
    function createSection() {
      return { key: "", data: "", content: "" };
    }
    function identity(val) {
      return val;
    }
    function isBuffer(val) {
      if (val && val.constructor && typeof val.constructor.isBuffer === "function") {
        return val.constructor.isBuffer(val);
      }
      return false;
    }
  }
});

// node_modules/js-yaml/lib/js-yaml/common.js
var require_common = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/common.js"(exports2, module2) {
    "use strict";
    function isNothing(subject) {
      return typeof subject === "undefined" || subject === null;
    }
    function isObject(subject) {
      return typeof subject === "object" && subject !== null;
    }
    function toArray(sequence) {
      if (Array.isArray(sequence)) return sequence;
      else if (isNothing(sequence)) return [];
      return [sequence];
    }
    function extend(target, source) {
      var index, length, key, sourceKeys;
      if (source) {
        sourceKeys = Object.keys(source);
        for (index = 0, length = sourceKeys.length; index < length; index += 1) {
          key = sourceKeys[index];
          target[key] = source[key];
        }
      }
      return target;
    }
    function repeat(string, count2) {
      var result = "", cycle;
      for (cycle = 0; cycle < count2; cycle += 1) {
        result += string;
      }
      return result;
    }
    function isNegativeZero(number) {
      return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
    }
    module2.exports.isNothing = isNothing;
    module2.exports.isObject = isObject;
    module2.exports.toArray = toArray;
    module2.exports.repeat = repeat;
    module2.exports.isNegativeZero = isNegativeZero;
    module2.exports.extend = extend;
  }
});

// node_modules/js-yaml/lib/js-yaml/exception.js
var require_exception = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/exception.js"(exports2, module2) {
    "use strict";
    function YAMLException(reason, mark2) {
      Error.call(this);
      this.name = "YAMLException";
      this.reason = reason;
      this.mark = mark2;
      this.message = (this.reason || "(unknown reason)") + (this.mark ? " " + this.mark.toString() : "");
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, this.constructor);
      } else {
        this.stack = new Error().stack || "";
      }
    }
    YAMLException.prototype = Object.create(Error.prototype);
    YAMLException.prototype.constructor = YAMLException;
    YAMLException.prototype.toString = function toString2(compact) {
      var result = this.name + ": ";
      result += this.reason || "(unknown reason)";
      if (!compact && this.mark) {
        result += " " + this.mark.toString();
      }
      return result;
    };
    module2.exports = YAMLException;
  }
});

// node_modules/js-yaml/lib/js-yaml/mark.js
var require_mark = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/mark.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    function Mark(name2, buffer, position, line, column) {
      this.name = name2;
      this.buffer = buffer;
      this.position = position;
      this.line = line;
      this.column = column;
    }
    Mark.prototype.getSnippet = function getSnippet(indent, maxLength) {
      var head, start, tail, end, snippet;
      if (!this.buffer) return null;
      indent = indent || 4;
      maxLength = maxLength || 75;
      head = "";
      start = this.position;
      while (start > 0 && "\0\r\n\x85\u2028\u2029".indexOf(this.buffer.charAt(start - 1)) === -1) {
        start -= 1;
        if (this.position - start > maxLength / 2 - 1) {
          head = " ... ";
          start += 5;
          break;
        }
      }
      tail = "";
      end = this.position;
      while (end < this.buffer.length && "\0\r\n\x85\u2028\u2029".indexOf(this.buffer.charAt(end)) === -1) {
        end += 1;
        if (end - this.position > maxLength / 2 - 1) {
          tail = " ... ";
          end -= 5;
          break;
        }
      }
      snippet = this.buffer.slice(start, end);
      return common.repeat(" ", indent) + head + snippet + tail + "\n" + common.repeat(" ", indent + this.position - start + head.length) + "^";
    };
    Mark.prototype.toString = function toString2(compact) {
      var snippet, where = "";
      if (this.name) {
        where += 'in "' + this.name + '" ';
      }
      where += "at line " + (this.line + 1) + ", column " + (this.column + 1);
      if (!compact) {
        snippet = this.getSnippet();
        if (snippet) {
          where += ":\n" + snippet;
        }
      }
      return where;
    };
    module2.exports = Mark;
  }
});

// node_modules/js-yaml/lib/js-yaml/type.js
var require_type = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type.js"(exports2, module2) {
    "use strict";
    var YAMLException = require_exception();
    var TYPE_CONSTRUCTOR_OPTIONS = [
      "kind",
      "resolve",
      "construct",
      "instanceOf",
      "predicate",
      "represent",
      "defaultStyle",
      "styleAliases"
    ];
    var YAML_NODE_KINDS = [
      "scalar",
      "sequence",
      "mapping"
    ];
    function compileStyleAliases(map) {
      var result = {};
      if (map !== null) {
        Object.keys(map).forEach(function(style) {
          map[style].forEach(function(alias) {
            result[String(alias)] = style;
          });
        });
      }
      return result;
    }
    function Type(tag, options2) {
      options2 = options2 || {};
      Object.keys(options2).forEach(function(name2) {
        if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name2) === -1) {
          throw new YAMLException('Unknown option "' + name2 + '" is met in definition of "' + tag + '" YAML type.');
        }
      });
      this.tag = tag;
      this.kind = options2["kind"] || null;
      this.resolve = options2["resolve"] || function() {
        return true;
      };
      this.construct = options2["construct"] || function(data) {
        return data;
      };
      this.instanceOf = options2["instanceOf"] || null;
      this.predicate = options2["predicate"] || null;
      this.represent = options2["represent"] || null;
      this.defaultStyle = options2["defaultStyle"] || null;
      this.styleAliases = compileStyleAliases(options2["styleAliases"] || null);
      if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
        throw new YAMLException('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
      }
    }
    module2.exports = Type;
  }
});

// node_modules/js-yaml/lib/js-yaml/schema.js
var require_schema = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/schema.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var YAMLException = require_exception();
    var Type = require_type();
    function compileList(schema, name2, result) {
      var exclude = [];
      schema.include.forEach(function(includedSchema) {
        result = compileList(includedSchema, name2, result);
      });
      schema[name2].forEach(function(currentType) {
        result.forEach(function(previousType, previousIndex) {
          if (previousType.tag === currentType.tag && previousType.kind === currentType.kind) {
            exclude.push(previousIndex);
          }
        });
        result.push(currentType);
      });
      return result.filter(function(type, index) {
        return exclude.indexOf(index) === -1;
      });
    }
    function compileMap() {
      var result = {
        scalar: {},
        sequence: {},
        mapping: {},
        fallback: {}
      }, index, length;
      function collectType(type) {
        result[type.kind][type.tag] = result["fallback"][type.tag] = type;
      }
      for (index = 0, length = arguments.length; index < length; index += 1) {
        arguments[index].forEach(collectType);
      }
      return result;
    }
    function Schema(definition) {
      this.include = definition.include || [];
      this.implicit = definition.implicit || [];
      this.explicit = definition.explicit || [];
      this.implicit.forEach(function(type) {
        if (type.loadKind && type.loadKind !== "scalar") {
          throw new YAMLException("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
        }
      });
      this.compiledImplicit = compileList(this, "implicit", []);
      this.compiledExplicit = compileList(this, "explicit", []);
      this.compiledTypeMap = compileMap(this.compiledImplicit, this.compiledExplicit);
    }
    Schema.DEFAULT = null;
    Schema.create = function createSchema() {
      var schemas, types;
      switch (arguments.length) {
        case 1:
          schemas = Schema.DEFAULT;
          types = arguments[0];
          break;
        case 2:
          schemas = arguments[0];
          types = arguments[1];
          break;
        default:
          throw new YAMLException("Wrong number of arguments for Schema.create function");
      }
      schemas = common.toArray(schemas);
      types = common.toArray(types);
      if (!schemas.every(function(schema) {
        return schema instanceof Schema;
      })) {
        throw new YAMLException("Specified list of super schemas (or a single Schema object) contains a non-Schema object.");
      }
      if (!types.every(function(type) {
        return type instanceof Type;
      })) {
        throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      return new Schema({
        include: schemas,
        explicit: types
      });
    };
    module2.exports = Schema;
  }
});

// node_modules/js-yaml/lib/js-yaml/type/str.js
var require_str = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/str.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:str", {
      kind: "scalar",
      construct: function(data) {
        return data !== null ? data : "";
      }
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/seq.js
var require_seq = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/seq.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:seq", {
      kind: "sequence",
      construct: function(data) {
        return data !== null ? data : [];
      }
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/map.js
var require_map = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/map.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:map", {
      kind: "mapping",
      construct: function(data) {
        return data !== null ? data : {};
      }
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/schema/failsafe.js
var require_failsafe = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/schema/failsafe.js"(exports2, module2) {
    "use strict";
    var Schema = require_schema();
    module2.exports = new Schema({
      explicit: [
        require_str(),
        require_seq(),
        require_map()
      ]
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/null.js
var require_null = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/null.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlNull(data) {
      if (data === null) return true;
      var max = data.length;
      return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
    }
    function constructYamlNull() {
      return null;
    }
    function isNull(object) {
      return object === null;
    }
    module2.exports = new Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: resolveYamlNull,
      construct: constructYamlNull,
      predicate: isNull,
      represent: {
        canonical: function() {
          return "~";
        },
        lowercase: function() {
          return "null";
        },
        uppercase: function() {
          return "NULL";
        },
        camelcase: function() {
          return "Null";
        }
      },
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/bool.js
var require_bool = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/bool.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlBoolean(data) {
      if (data === null) return false;
      var max = data.length;
      return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
    }
    function constructYamlBoolean(data) {
      return data === "true" || data === "True" || data === "TRUE";
    }
    function isBoolean(object) {
      return Object.prototype.toString.call(object) === "[object Boolean]";
    }
    module2.exports = new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: resolveYamlBoolean,
      construct: constructYamlBoolean,
      predicate: isBoolean,
      represent: {
        lowercase: function(object) {
          return object ? "true" : "false";
        },
        uppercase: function(object) {
          return object ? "TRUE" : "FALSE";
        },
        camelcase: function(object) {
          return object ? "True" : "False";
        }
      },
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/int.js
var require_int = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/int.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var Type = require_type();
    function isHexCode(c) {
      return 48 <= c && c <= 57 || 65 <= c && c <= 70 || 97 <= c && c <= 102;
    }
    function isOctCode(c) {
      return 48 <= c && c <= 55;
    }
    function isDecCode(c) {
      return 48 <= c && c <= 57;
    }
    function resolveYamlInteger(data) {
      if (data === null) return false;
      var max = data.length, index = 0, hasDigits = false, ch;
      if (!max) return false;
      ch = data[index];
      if (ch === "-" || ch === "+") {
        ch = data[++index];
      }
      if (ch === "0") {
        if (index + 1 === max) return true;
        ch = data[++index];
        if (ch === "b") {
          index++;
          for (; index < max; index++) {
            ch = data[index];
            if (ch === "_") continue;
            if (ch !== "0" && ch !== "1") return false;
            hasDigits = true;
          }
          return hasDigits && ch !== "_";
        }
        if (ch === "x") {
          index++;
          for (; index < max; index++) {
            ch = data[index];
            if (ch === "_") continue;
            if (!isHexCode(data.charCodeAt(index))) return false;
            hasDigits = true;
          }
          return hasDigits && ch !== "_";
        }
        for (; index < max; index++) {
          ch = data[index];
          if (ch === "_") continue;
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && ch !== "_";
      }
      if (ch === "_") return false;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (ch === ":") break;
        if (!isDecCode(data.charCodeAt(index))) {
          return false;
        }
        hasDigits = true;
      }
      if (!hasDigits || ch === "_") return false;
      if (ch !== ":") return true;
      return /^(:[0-5]?[0-9])+$/.test(data.slice(index));
    }
    function constructYamlInteger(data) {
      var value = data, sign = 1, ch, base, digits = [];
      if (value.indexOf("_") !== -1) {
        value = value.replace(/_/g, "");
      }
      ch = value[0];
      if (ch === "-" || ch === "+") {
        if (ch === "-") sign = -1;
        value = value.slice(1);
        ch = value[0];
      }
      if (value === "0") return 0;
      if (ch === "0") {
        if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
        if (value[1] === "x") return sign * parseInt(value, 16);
        return sign * parseInt(value, 8);
      }
      if (value.indexOf(":") !== -1) {
        value.split(":").forEach(function(v) {
          digits.unshift(parseInt(v, 10));
        });
        value = 0;
        base = 1;
        digits.forEach(function(d) {
          value += d * base;
          base *= 60;
        });
        return sign * value;
      }
      return sign * parseInt(value, 10);
    }
    function isInteger(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common.isNegativeZero(object));
    }
    module2.exports = new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: resolveYamlInteger,
      construct: constructYamlInteger,
      predicate: isInteger,
      represent: {
        binary: function(obj) {
          return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
        },
        octal: function(obj) {
          return obj >= 0 ? "0" + obj.toString(8) : "-0" + obj.toString(8).slice(1);
        },
        decimal: function(obj) {
          return obj.toString(10);
        },
        /* eslint-disable max-len */
        hexadecimal: function(obj) {
          return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
        }
      },
      defaultStyle: "decimal",
      styleAliases: {
        binary: [2, "bin"],
        octal: [8, "oct"],
        decimal: [10, "dec"],
        hexadecimal: [16, "hex"]
      }
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/float.js
var require_float = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/float.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var Type = require_type();
    var YAML_FLOAT_PATTERN = new RegExp(
      // 2.5e4, 2.5 and integers
      "^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    function resolveYamlFloat(data) {
      if (data === null) return false;
      if (!YAML_FLOAT_PATTERN.test(data) || // Quick hack to not allow integers end with `_`
      // Probably should update regexp & check speed
      data[data.length - 1] === "_") {
        return false;
      }
      return true;
    }
    function constructYamlFloat(data) {
      var value, sign, base, digits;
      value = data.replace(/_/g, "").toLowerCase();
      sign = value[0] === "-" ? -1 : 1;
      digits = [];
      if ("+-".indexOf(value[0]) >= 0) {
        value = value.slice(1);
      }
      if (value === ".inf") {
        return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      } else if (value === ".nan") {
        return NaN;
      } else if (value.indexOf(":") >= 0) {
        value.split(":").forEach(function(v) {
          digits.unshift(parseFloat(v, 10));
        });
        value = 0;
        base = 1;
        digits.forEach(function(d) {
          value += d * base;
          base *= 60;
        });
        return sign * value;
      }
      return sign * parseFloat(value, 10);
    }
    var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
    function representYamlFloat(object, style) {
      var res;
      if (isNaN(object)) {
        switch (style) {
          case "lowercase":
            return ".nan";
          case "uppercase":
            return ".NAN";
          case "camelcase":
            return ".NaN";
        }
      } else if (Number.POSITIVE_INFINITY === object) {
        switch (style) {
          case "lowercase":
            return ".inf";
          case "uppercase":
            return ".INF";
          case "camelcase":
            return ".Inf";
        }
      } else if (Number.NEGATIVE_INFINITY === object) {
        switch (style) {
          case "lowercase":
            return "-.inf";
          case "uppercase":
            return "-.INF";
          case "camelcase":
            return "-.Inf";
        }
      } else if (common.isNegativeZero(object)) {
        return "-0.0";
      }
      res = object.toString(10);
      return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
    }
    function isFloat(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
    }
    module2.exports = new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: resolveYamlFloat,
      construct: constructYamlFloat,
      predicate: isFloat,
      represent: representYamlFloat,
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/schema/json.js
var require_json = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/schema/json.js"(exports2, module2) {
    "use strict";
    var Schema = require_schema();
    module2.exports = new Schema({
      include: [
        require_failsafe()
      ],
      implicit: [
        require_null(),
        require_bool(),
        require_int(),
        require_float()
      ]
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/schema/core.js
var require_core = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/schema/core.js"(exports2, module2) {
    "use strict";
    var Schema = require_schema();
    module2.exports = new Schema({
      include: [
        require_json()
      ]
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/timestamp.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var YAML_DATE_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
    );
    var YAML_TIMESTAMP_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
    );
    function resolveYamlTimestamp(data) {
      if (data === null) return false;
      if (YAML_DATE_REGEXP.exec(data) !== null) return true;
      if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
      return false;
    }
    function constructYamlTimestamp(data) {
      var match, year, month, day, hour, minute, second, fraction = 0, delta = null, tz_hour, tz_minute, date;
      match = YAML_DATE_REGEXP.exec(data);
      if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
      if (match === null) throw new Error("Date resolve error");
      year = +match[1];
      month = +match[2] - 1;
      day = +match[3];
      if (!match[4]) {
        return new Date(Date.UTC(year, month, day));
      }
      hour = +match[4];
      minute = +match[5];
      second = +match[6];
      if (match[7]) {
        fraction = match[7].slice(0, 3);
        while (fraction.length < 3) {
          fraction += "0";
        }
        fraction = +fraction;
      }
      if (match[9]) {
        tz_hour = +match[10];
        tz_minute = +(match[11] || 0);
        delta = (tz_hour * 60 + tz_minute) * 6e4;
        if (match[9] === "-") delta = -delta;
      }
      date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
      if (delta) date.setTime(date.getTime() - delta);
      return date;
    }
    function representYamlTimestamp(object) {
      return object.toISOString();
    }
    module2.exports = new Type("tag:yaml.org,2002:timestamp", {
      kind: "scalar",
      resolve: resolveYamlTimestamp,
      construct: constructYamlTimestamp,
      instanceOf: Date,
      represent: representYamlTimestamp
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/merge.js
var require_merge = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/merge.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlMerge(data) {
      return data === "<<" || data === null;
    }
    module2.exports = new Type("tag:yaml.org,2002:merge", {
      kind: "scalar",
      resolve: resolveYamlMerge
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/binary.js
var require_binary = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/binary.js"(exports2, module2) {
    "use strict";
    var NodeBuffer;
    try {
      _require = __require;
      NodeBuffer = _require("buffer").Buffer;
    } catch (__) {
    }
    var _require;
    var Type = require_type();
    var BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
    function resolveYamlBinary(data) {
      if (data === null) return false;
      var code, idx, bitlen = 0, max = data.length, map = BASE64_MAP;
      for (idx = 0; idx < max; idx++) {
        code = map.indexOf(data.charAt(idx));
        if (code > 64) continue;
        if (code < 0) return false;
        bitlen += 6;
      }
      return bitlen % 8 === 0;
    }
    function constructYamlBinary(data) {
      var idx, tailbits, input = data.replace(/[\r\n=]/g, ""), max = input.length, map = BASE64_MAP, bits = 0, result = [];
      for (idx = 0; idx < max; idx++) {
        if (idx % 4 === 0 && idx) {
          result.push(bits >> 16 & 255);
          result.push(bits >> 8 & 255);
          result.push(bits & 255);
        }
        bits = bits << 6 | map.indexOf(input.charAt(idx));
      }
      tailbits = max % 4 * 6;
      if (tailbits === 0) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      } else if (tailbits === 18) {
        result.push(bits >> 10 & 255);
        result.push(bits >> 2 & 255);
      } else if (tailbits === 12) {
        result.push(bits >> 4 & 255);
      }
      if (NodeBuffer) {
        return NodeBuffer.from ? NodeBuffer.from(result) : new NodeBuffer(result);
      }
      return result;
    }
    function representYamlBinary(object) {
      var result = "", bits = 0, idx, tail, max = object.length, map = BASE64_MAP;
      for (idx = 0; idx < max; idx++) {
        if (idx % 3 === 0 && idx) {
          result += map[bits >> 18 & 63];
          result += map[bits >> 12 & 63];
          result += map[bits >> 6 & 63];
          result += map[bits & 63];
        }
        bits = (bits << 8) + object[idx];
      }
      tail = max % 3;
      if (tail === 0) {
        result += map[bits >> 18 & 63];
        result += map[bits >> 12 & 63];
        result += map[bits >> 6 & 63];
        result += map[bits & 63];
      } else if (tail === 2) {
        result += map[bits >> 10 & 63];
        result += map[bits >> 4 & 63];
        result += map[bits << 2 & 63];
        result += map[64];
      } else if (tail === 1) {
        result += map[bits >> 2 & 63];
        result += map[bits << 4 & 63];
        result += map[64];
        result += map[64];
      }
      return result;
    }
    function isBinary(object) {
      return NodeBuffer && NodeBuffer.isBuffer(object);
    }
    module2.exports = new Type("tag:yaml.org,2002:binary", {
      kind: "scalar",
      resolve: resolveYamlBinary,
      construct: constructYamlBinary,
      predicate: isBinary,
      represent: representYamlBinary
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/omap.js
var require_omap = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/omap.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var _toString = Object.prototype.toString;
    function resolveYamlOmap(data) {
      if (data === null) return true;
      var objectKeys = {}, index, length, pair, pairKey, pairHasKey, object = data;
      for (index = 0, length = object.length; index < length; index += 1) {
        pair = object[index];
        pairHasKey = false;
        if (_toString.call(pair) !== "[object Object]") return false;
        for (pairKey in pair) {
          if (_hasOwnProperty.call(pair, pairKey)) {
            if (!pairHasKey) pairHasKey = true;
            else return false;
          }
        }
        if (!pairHasKey) return false;
        if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
        Object.defineProperty(objectKeys, pairKey, { value: true });
      }
      return true;
    }
    function constructYamlOmap(data) {
      return data !== null ? data : [];
    }
    module2.exports = new Type("tag:yaml.org,2002:omap", {
      kind: "sequence",
      resolve: resolveYamlOmap,
      construct: constructYamlOmap
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/pairs.js
var require_pairs = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/pairs.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var _toString = Object.prototype.toString;
    function resolveYamlPairs(data) {
      if (data === null) return true;
      var index, length, pair, keys, result, object = data;
      result = new Array(object.length);
      for (index = 0, length = object.length; index < length; index += 1) {
        pair = object[index];
        if (_toString.call(pair) !== "[object Object]") return false;
        keys = Object.keys(pair);
        if (keys.length !== 1) return false;
        result[index] = [keys[0], pair[keys[0]]];
      }
      return true;
    }
    function constructYamlPairs(data) {
      if (data === null) return [];
      var index, length, pair, keys, result, object = data;
      result = new Array(object.length);
      for (index = 0, length = object.length; index < length; index += 1) {
        pair = object[index];
        keys = Object.keys(pair);
        result[index] = [keys[0], pair[keys[0]]];
      }
      return result;
    }
    module2.exports = new Type("tag:yaml.org,2002:pairs", {
      kind: "sequence",
      resolve: resolveYamlPairs,
      construct: constructYamlPairs
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/set.js
var require_set = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/set.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    function resolveYamlSet(data) {
      if (data === null) return true;
      var key, object = data;
      for (key in object) {
        if (_hasOwnProperty.call(object, key)) {
          if (object[key] !== null) return false;
        }
      }
      return true;
    }
    function constructYamlSet(data) {
      return data !== null ? data : {};
    }
    module2.exports = new Type("tag:yaml.org,2002:set", {
      kind: "mapping",
      resolve: resolveYamlSet,
      construct: constructYamlSet
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/schema/default_safe.js
var require_default_safe = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/schema/default_safe.js"(exports2, module2) {
    "use strict";
    var Schema = require_schema();
    module2.exports = new Schema({
      include: [
        require_core()
      ],
      implicit: [
        require_timestamp(),
        require_merge()
      ],
      explicit: [
        require_binary(),
        require_omap(),
        require_pairs(),
        require_set()
      ]
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/js/undefined.js
var require_undefined = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/js/undefined.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveJavascriptUndefined() {
      return true;
    }
    function constructJavascriptUndefined() {
      return void 0;
    }
    function representJavascriptUndefined() {
      return "";
    }
    function isUndefined(object) {
      return typeof object === "undefined";
    }
    module2.exports = new Type("tag:yaml.org,2002:js/undefined", {
      kind: "scalar",
      resolve: resolveJavascriptUndefined,
      construct: constructJavascriptUndefined,
      predicate: isUndefined,
      represent: representJavascriptUndefined
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/js/regexp.js
var require_regexp = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/js/regexp.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveJavascriptRegExp(data) {
      if (data === null) return false;
      if (data.length === 0) return false;
      var regexp = data, tail = /\/([gim]*)$/.exec(data), modifiers = "";
      if (regexp[0] === "/") {
        if (tail) modifiers = tail[1];
        if (modifiers.length > 3) return false;
        if (regexp[regexp.length - modifiers.length - 1] !== "/") return false;
      }
      return true;
    }
    function constructJavascriptRegExp(data) {
      var regexp = data, tail = /\/([gim]*)$/.exec(data), modifiers = "";
      if (regexp[0] === "/") {
        if (tail) modifiers = tail[1];
        regexp = regexp.slice(1, regexp.length - modifiers.length - 1);
      }
      return new RegExp(regexp, modifiers);
    }
    function representJavascriptRegExp(object) {
      var result = "/" + object.source + "/";
      if (object.global) result += "g";
      if (object.multiline) result += "m";
      if (object.ignoreCase) result += "i";
      return result;
    }
    function isRegExp(object) {
      return Object.prototype.toString.call(object) === "[object RegExp]";
    }
    module2.exports = new Type("tag:yaml.org,2002:js/regexp", {
      kind: "scalar",
      resolve: resolveJavascriptRegExp,
      construct: constructJavascriptRegExp,
      predicate: isRegExp,
      represent: representJavascriptRegExp
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/type/js/function.js
var require_function = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/type/js/function.js"(exports2, module2) {
    "use strict";
    var esprima;
    try {
      _require = __require;
      esprima = _require("esprima");
    } catch (_) {
      if (typeof window !== "undefined") esprima = window.esprima;
    }
    var _require;
    var Type = require_type();
    function resolveJavascriptFunction(data) {
      if (data === null) return false;
      try {
        var source = "(" + data + ")", ast2 = esprima.parse(source, { range: true });
        if (ast2.type !== "Program" || ast2.body.length !== 1 || ast2.body[0].type !== "ExpressionStatement" || ast2.body[0].expression.type !== "ArrowFunctionExpression" && ast2.body[0].expression.type !== "FunctionExpression") {
          return false;
        }
        return true;
      } catch (err) {
        return false;
      }
    }
    function constructJavascriptFunction(data) {
      var source = "(" + data + ")", ast2 = esprima.parse(source, { range: true }), params = [], body;
      if (ast2.type !== "Program" || ast2.body.length !== 1 || ast2.body[0].type !== "ExpressionStatement" || ast2.body[0].expression.type !== "ArrowFunctionExpression" && ast2.body[0].expression.type !== "FunctionExpression") {
        throw new Error("Failed to resolve function");
      }
      ast2.body[0].expression.params.forEach(function(param) {
        params.push(param.name);
      });
      body = ast2.body[0].expression.body.range;
      if (ast2.body[0].expression.body.type === "BlockStatement") {
        return new Function(params, source.slice(body[0] + 1, body[1] - 1));
      }
      return new Function(params, "return " + source.slice(body[0], body[1]));
    }
    function representJavascriptFunction(object) {
      return object.toString();
    }
    function isFunction(object) {
      return Object.prototype.toString.call(object) === "[object Function]";
    }
    module2.exports = new Type("tag:yaml.org,2002:js/function", {
      kind: "scalar",
      resolve: resolveJavascriptFunction,
      construct: constructJavascriptFunction,
      predicate: isFunction,
      represent: representJavascriptFunction
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/schema/default_full.js
var require_default_full = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/schema/default_full.js"(exports2, module2) {
    "use strict";
    var Schema = require_schema();
    module2.exports = Schema.DEFAULT = new Schema({
      include: [
        require_default_safe()
      ],
      explicit: [
        require_undefined(),
        require_regexp(),
        require_function()
      ]
    });
  }
});

// node_modules/js-yaml/lib/js-yaml/loader.js
var require_loader = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/loader.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var YAMLException = require_exception();
    var Mark = require_mark();
    var DEFAULT_SAFE_SCHEMA = require_default_safe();
    var DEFAULT_FULL_SCHEMA = require_default_full();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var CONTEXT_FLOW_IN = 1;
    var CONTEXT_FLOW_OUT = 2;
    var CONTEXT_BLOCK_IN = 3;
    var CONTEXT_BLOCK_OUT = 4;
    var CHOMPING_CLIP = 1;
    var CHOMPING_STRIP = 2;
    var CHOMPING_KEEP = 3;
    var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
    var PATTERN_FLOW_INDICATORS = /[,\[\]\{\}]/;
    var PATTERN_TAG_HANDLE = /^(?:!|!!|![a-z\-]+!)$/i;
    var PATTERN_TAG_URI = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;
    function _class(obj) {
      return Object.prototype.toString.call(obj);
    }
    function is_EOL(c) {
      return c === 10 || c === 13;
    }
    function is_WHITE_SPACE(c) {
      return c === 9 || c === 32;
    }
    function is_WS_OR_EOL(c) {
      return c === 9 || c === 32 || c === 10 || c === 13;
    }
    function is_FLOW_INDICATOR(c) {
      return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
    }
    function fromHexCode(c) {
      var lc;
      if (48 <= c && c <= 57) {
        return c - 48;
      }
      lc = c | 32;
      if (97 <= lc && lc <= 102) {
        return lc - 97 + 10;
      }
      return -1;
    }
    function escapedHexLen(c) {
      if (c === 120) {
        return 2;
      }
      if (c === 117) {
        return 4;
      }
      if (c === 85) {
        return 8;
      }
      return 0;
    }
    function fromDecimalCode(c) {
      if (48 <= c && c <= 57) {
        return c - 48;
      }
      return -1;
    }
    function simpleEscapeSequence(c) {
      return c === 48 ? "\0" : c === 97 ? "\x07" : c === 98 ? "\b" : c === 116 ? "	" : c === 9 ? "	" : c === 110 ? "\n" : c === 118 ? "\v" : c === 102 ? "\f" : c === 114 ? "\r" : c === 101 ? "\x1B" : c === 32 ? " " : c === 34 ? '"' : c === 47 ? "/" : c === 92 ? "\\" : c === 78 ? "\x85" : c === 95 ? "\xA0" : c === 76 ? "\u2028" : c === 80 ? "\u2029" : "";
    }
    function charFromCodepoint(c) {
      if (c <= 65535) {
        return String.fromCharCode(c);
      }
      return String.fromCharCode(
        (c - 65536 >> 10) + 55296,
        (c - 65536 & 1023) + 56320
      );
    }
    function setProperty(object, key, value) {
      if (key === "__proto__") {
        Object.defineProperty(object, key, {
          configurable: true,
          enumerable: true,
          writable: true,
          value
        });
      } else {
        object[key] = value;
      }
    }
    var simpleEscapeCheck = new Array(256);
    var simpleEscapeMap = new Array(256);
    for (i = 0; i < 256; i++) {
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
      simpleEscapeMap[i] = simpleEscapeSequence(i);
    }
    var i;
    function State(input, options2) {
      this.input = input;
      this.filename = options2["filename"] || null;
      this.schema = options2["schema"] || DEFAULT_FULL_SCHEMA;
      this.onWarning = options2["onWarning"] || null;
      this.legacy = options2["legacy"] || false;
      this.json = options2["json"] || false;
      this.listener = options2["listener"] || null;
      this.maxTotalMergeKeys = typeof options2["maxTotalMergeKeys"] === "number" ? options2["maxTotalMergeKeys"] : 1e4;
      this.implicitTypes = this.schema.compiledImplicit;
      this.typeMap = this.schema.compiledTypeMap;
      this.length = input.length;
      this.position = 0;
      this.line = 0;
      this.lineStart = 0;
      this.lineIndent = 0;
      this.totalMergeKeys = 0;
      this.documents = [];
    }
    function generateError(state, message) {
      return new YAMLException(
        message,
        new Mark(state.filename, state.input, state.position, state.line, state.position - state.lineStart)
      );
    }
    function throwError(state, message) {
      throw generateError(state, message);
    }
    function throwWarning(state, message) {
      if (state.onWarning) {
        state.onWarning.call(null, generateError(state, message));
      }
    }
    var directiveHandlers = {
      YAML: function handleYamlDirective(state, name2, args) {
        var match, major, minor;
        if (state.version !== null) {
          throwError(state, "duplication of %YAML directive");
        }
        if (args.length !== 1) {
          throwError(state, "YAML directive accepts exactly one argument");
        }
        match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        if (match === null) {
          throwError(state, "ill-formed argument of the YAML directive");
        }
        major = parseInt(match[1], 10);
        minor = parseInt(match[2], 10);
        if (major !== 1) {
          throwError(state, "unacceptable YAML version of the document");
        }
        state.version = args[0];
        state.checkLineBreaks = minor < 2;
        if (minor !== 1 && minor !== 2) {
          throwWarning(state, "unsupported YAML version of the document");
        }
      },
      TAG: function handleTagDirective(state, name2, args) {
        var handle, prefix;
        if (args.length !== 2) {
          throwError(state, "TAG directive accepts exactly two arguments");
        }
        handle = args[0];
        prefix = args[1];
        if (!PATTERN_TAG_HANDLE.test(handle)) {
          throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
        }
        if (_hasOwnProperty.call(state.tagMap, handle)) {
          throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
        }
        if (!PATTERN_TAG_URI.test(prefix)) {
          throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
        }
        state.tagMap[handle] = prefix;
      }
    };
    function captureSegment(state, start, end, checkJson) {
      var _position, _length, _character, _result;
      if (start < end) {
        _result = state.input.slice(start, end);
        if (checkJson) {
          for (_position = 0, _length = _result.length; _position < _length; _position += 1) {
            _character = _result.charCodeAt(_position);
            if (!(_character === 9 || 32 <= _character && _character <= 1114111)) {
              throwError(state, "expected valid JSON character");
            }
          }
        } else if (PATTERN_NON_PRINTABLE.test(_result)) {
          throwError(state, "the stream contains non-printable characters");
        }
        state.result += _result;
      }
    }
    function chargeMergeWork(state) {
      state.totalMergeKeys += 1;
      if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
        throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
      }
    }
    function mergeMappings(state, destination2, source, overridableKeys) {
      var sourceKeys, key, index, quantity;
      if (!common.isObject(source)) {
        throwError(state, "cannot merge mappings; the provided source object is unacceptable");
      }
      chargeMergeWork(state);
      sourceKeys = Object.keys(source);
      for (index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
        key = sourceKeys[index];
        chargeMergeWork(state);
        if (!_hasOwnProperty.call(destination2, key)) {
          setProperty(destination2, key, source[key]);
          overridableKeys[key] = true;
        }
      }
    }
    function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startPos) {
      var index, quantity;
      if (Array.isArray(keyNode)) {
        keyNode = Array.prototype.slice.call(keyNode);
        for (index = 0, quantity = keyNode.length; index < quantity; index += 1) {
          if (Array.isArray(keyNode[index])) {
            throwError(state, "nested arrays are not supported inside keys");
          }
          if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
            keyNode[index] = "[object Object]";
          }
        }
      }
      if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
        keyNode = "[object Object]";
      }
      keyNode = String(keyNode);
      if (_result === null) {
        _result = {};
      }
      if (keyTag === "tag:yaml.org,2002:merge") {
        if (Array.isArray(valueNode)) {
          if (valueNode.length > 100) {
            throwError(state, "abnormal merge sequence size");
          }
          for (index = 0, quantity = valueNode.length; index < quantity; index += 1) {
            mergeMappings(state, _result, valueNode[index], overridableKeys);
          }
        } else {
          mergeMappings(state, _result, valueNode, overridableKeys);
        }
      } else {
        if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
          state.line = startLine || state.line;
          state.position = startPos || state.position;
          throwError(state, "duplicated mapping key");
        }
        setProperty(_result, keyNode, valueNode);
        delete overridableKeys[keyNode];
      }
      return _result;
    }
    function readLineBreak(state) {
      var ch;
      ch = state.input.charCodeAt(state.position);
      if (ch === 10) {
        state.position++;
      } else if (ch === 13) {
        state.position++;
        if (state.input.charCodeAt(state.position) === 10) {
          state.position++;
        }
      } else {
        throwError(state, "a line break is expected");
      }
      state.line += 1;
      state.lineStart = state.position;
    }
    function skipSeparationSpace(state, allowComments, checkIndent) {
      var lineBreaks = 0, ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        while (is_WHITE_SPACE(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (allowComments && ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 10 && ch !== 13 && ch !== 0);
        }
        if (is_EOL(ch)) {
          readLineBreak(state);
          ch = state.input.charCodeAt(state.position);
          lineBreaks++;
          state.lineIndent = 0;
          while (ch === 32) {
            state.lineIndent++;
            ch = state.input.charCodeAt(++state.position);
          }
        } else {
          break;
        }
      }
      if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
        throwWarning(state, "deficient indentation");
      }
      return lineBreaks;
    }
    function testDocumentSeparator(state) {
      var _position = state.position, ch;
      ch = state.input.charCodeAt(_position);
      if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
        _position += 3;
        ch = state.input.charCodeAt(_position);
        if (ch === 0 || is_WS_OR_EOL(ch)) {
          return true;
        }
      }
      return false;
    }
    function writeFoldedLines(state, count2) {
      if (count2 === 1) {
        state.result += " ";
      } else if (count2 > 1) {
        state.result += common.repeat("\n", count2 - 1);
      }
    }
    function readPlainScalar(state, nodeIndent, withinFlowCollection) {
      var preceding, following, captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch;
      ch = state.input.charCodeAt(state.position);
      if (is_WS_OR_EOL(ch) || is_FLOW_INDICATOR(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
        return false;
      }
      if (ch === 63 || ch === 45) {
        following = state.input.charCodeAt(state.position + 1);
        if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
          return false;
        }
      }
      state.kind = "scalar";
      state.result = "";
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
      while (ch !== 0) {
        if (ch === 58) {
          following = state.input.charCodeAt(state.position + 1);
          if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
            break;
          }
        } else if (ch === 35) {
          preceding = state.input.charCodeAt(state.position - 1);
          if (is_WS_OR_EOL(preceding)) {
            break;
          }
        } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && is_FLOW_INDICATOR(ch)) {
          break;
        } else if (is_EOL(ch)) {
          _line = state.line;
          _lineStart = state.lineStart;
          _lineIndent = state.lineIndent;
          skipSeparationSpace(state, false, -1);
          if (state.lineIndent >= nodeIndent) {
            hasPendingContent = true;
            ch = state.input.charCodeAt(state.position);
            continue;
          } else {
            state.position = captureEnd;
            state.line = _line;
            state.lineStart = _lineStart;
            state.lineIndent = _lineIndent;
            break;
          }
        }
        if (hasPendingContent) {
          captureSegment(state, captureStart, captureEnd, false);
          writeFoldedLines(state, state.line - _line);
          captureStart = captureEnd = state.position;
          hasPendingContent = false;
        }
        if (!is_WHITE_SPACE(ch)) {
          captureEnd = state.position + 1;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, captureEnd, false);
      if (state.result) {
        return true;
      }
      state.kind = _kind;
      state.result = _result;
      return false;
    }
    function readSingleQuotedScalar(state, nodeIndent) {
      var ch, captureStart, captureEnd;
      ch = state.input.charCodeAt(state.position);
      if (ch !== 39) {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      state.position++;
      captureStart = captureEnd = state.position;
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        if (ch === 39) {
          captureSegment(state, captureStart, state.position, true);
          ch = state.input.charCodeAt(++state.position);
          if (ch === 39) {
            captureStart = state.position;
            state.position++;
            captureEnd = state.position;
          } else {
            return true;
          }
        } else if (is_EOL(ch)) {
          captureSegment(state, captureStart, captureEnd, true);
          writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
          captureStart = captureEnd = state.position;
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
          throwError(state, "unexpected end of the document within a single quoted scalar");
        } else {
          state.position++;
          captureEnd = state.position;
        }
      }
      throwError(state, "unexpected end of the stream within a single quoted scalar");
    }
    function readDoubleQuotedScalar(state, nodeIndent) {
      var captureStart, captureEnd, hexLength, hexResult, tmp, ch;
      ch = state.input.charCodeAt(state.position);
      if (ch !== 34) {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      state.position++;
      captureStart = captureEnd = state.position;
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        if (ch === 34) {
          captureSegment(state, captureStart, state.position, true);
          state.position++;
          return true;
        } else if (ch === 92) {
          captureSegment(state, captureStart, state.position, true);
          ch = state.input.charCodeAt(++state.position);
          if (is_EOL(ch)) {
            skipSeparationSpace(state, false, nodeIndent);
          } else if (ch < 256 && simpleEscapeCheck[ch]) {
            state.result += simpleEscapeMap[ch];
            state.position++;
          } else if ((tmp = escapedHexLen(ch)) > 0) {
            hexLength = tmp;
            hexResult = 0;
            for (; hexLength > 0; hexLength--) {
              ch = state.input.charCodeAt(++state.position);
              if ((tmp = fromHexCode(ch)) >= 0) {
                hexResult = (hexResult << 4) + tmp;
              } else {
                throwError(state, "expected hexadecimal character");
              }
            }
            state.result += charFromCodepoint(hexResult);
            state.position++;
          } else {
            throwError(state, "unknown escape sequence");
          }
          captureStart = captureEnd = state.position;
        } else if (is_EOL(ch)) {
          captureSegment(state, captureStart, captureEnd, true);
          writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
          captureStart = captureEnd = state.position;
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
          throwError(state, "unexpected end of the document within a double quoted scalar");
        } else {
          state.position++;
          captureEnd = state.position;
        }
      }
      throwError(state, "unexpected end of the stream within a double quoted scalar");
    }
    function readFlowCollection(state, nodeIndent) {
      var readNext = true, _line, _tag = state.tag, _result, _anchor = state.anchor, following, terminator, isPair, isExplicitPair, isMapping, overridableKeys = {}, keyNode, keyTag, valueNode, ch;
      ch = state.input.charCodeAt(state.position);
      if (ch === 91) {
        terminator = 93;
        isMapping = false;
        _result = [];
      } else if (ch === 123) {
        terminator = 125;
        isMapping = true;
        _result = {};
      } else {
        return false;
      }
      if (state.anchor !== null) {
        state.anchorMap[state.anchor] = _result;
      }
      ch = state.input.charCodeAt(++state.position);
      while (ch !== 0) {
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if (ch === terminator) {
          state.position++;
          state.tag = _tag;
          state.anchor = _anchor;
          state.kind = isMapping ? "mapping" : "sequence";
          state.result = _result;
          return true;
        } else if (!readNext) {
          throwError(state, "missed comma between flow collection entries");
        }
        keyTag = keyNode = valueNode = null;
        isPair = isExplicitPair = false;
        if (ch === 63) {
          following = state.input.charCodeAt(state.position + 1);
          if (is_WS_OR_EOL(following)) {
            isPair = isExplicitPair = true;
            state.position++;
            skipSeparationSpace(state, true, nodeIndent);
          }
        }
        _line = state.line;
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        keyTag = state.tag;
        keyNode = state.result;
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if ((isExplicitPair || state.line === _line) && ch === 58) {
          isPair = true;
          ch = state.input.charCodeAt(++state.position);
          skipSeparationSpace(state, true, nodeIndent);
          composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
          valueNode = state.result;
        }
        if (isMapping) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode);
        } else if (isPair) {
          _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode));
        } else {
          _result.push(keyNode);
        }
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if (ch === 44) {
          readNext = true;
          ch = state.input.charCodeAt(++state.position);
        } else {
          readNext = false;
        }
      }
      throwError(state, "unexpected end of the stream within a flow collection");
    }
    function readBlockScalar(state, nodeIndent) {
      var captureStart, folding, chomping = CHOMPING_CLIP, didReadContent = false, detectedIndent = false, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = false, tmp, ch;
      ch = state.input.charCodeAt(state.position);
      if (ch === 124) {
        folding = false;
      } else if (ch === 62) {
        folding = true;
      } else {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      while (ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
        if (ch === 43 || ch === 45) {
          if (CHOMPING_CLIP === chomping) {
            chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
          } else {
            throwError(state, "repeat of a chomping mode identifier");
          }
        } else if ((tmp = fromDecimalCode(ch)) >= 0) {
          if (tmp === 0) {
            throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
          } else if (!detectedIndent) {
            textIndent = nodeIndent + tmp - 1;
            detectedIndent = true;
          } else {
            throwError(state, "repeat of an indentation width identifier");
          }
        } else {
          break;
        }
      }
      if (is_WHITE_SPACE(ch)) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (is_WHITE_SPACE(ch));
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (!is_EOL(ch) && ch !== 0);
        }
      }
      while (ch !== 0) {
        readLineBreak(state);
        state.lineIndent = 0;
        ch = state.input.charCodeAt(state.position);
        while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
        if (!detectedIndent && state.lineIndent > textIndent) {
          textIndent = state.lineIndent;
        }
        if (is_EOL(ch)) {
          emptyLines++;
          continue;
        }
        if (state.lineIndent < textIndent) {
          if (chomping === CHOMPING_KEEP) {
            state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
          } else if (chomping === CHOMPING_CLIP) {
            if (didReadContent) {
              state.result += "\n";
            }
          }
          break;
        }
        if (folding) {
          if (is_WHITE_SPACE(ch)) {
            atMoreIndented = true;
            state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
          } else if (atMoreIndented) {
            atMoreIndented = false;
            state.result += common.repeat("\n", emptyLines + 1);
          } else if (emptyLines === 0) {
            if (didReadContent) {
              state.result += " ";
            }
          } else {
            state.result += common.repeat("\n", emptyLines);
          }
        } else {
          state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        }
        didReadContent = true;
        detectedIndent = true;
        emptyLines = 0;
        captureStart = state.position;
        while (!is_EOL(ch) && ch !== 0) {
          ch = state.input.charCodeAt(++state.position);
        }
        captureSegment(state, captureStart, state.position, false);
      }
      return true;
    }
    function readBlockSequence(state, nodeIndent) {
      var _line, _tag = state.tag, _anchor = state.anchor, _result = [], following, detected = false, ch;
      if (state.anchor !== null) {
        state.anchorMap[state.anchor] = _result;
      }
      ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (ch !== 45) {
          break;
        }
        following = state.input.charCodeAt(state.position + 1);
        if (!is_WS_OR_EOL(following)) {
          break;
        }
        detected = true;
        state.position++;
        if (skipSeparationSpace(state, true, -1)) {
          if (state.lineIndent <= nodeIndent) {
            _result.push(null);
            ch = state.input.charCodeAt(state.position);
            continue;
          }
        }
        _line = state.line;
        composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
        _result.push(state.result);
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
        if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
          throwError(state, "bad indentation of a sequence entry");
        } else if (state.lineIndent < nodeIndent) {
          break;
        }
      }
      if (detected) {
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = "sequence";
        state.result = _result;
        return true;
      }
      return false;
    }
    function readBlockMapping(state, nodeIndent, flowIndent) {
      var following, allowCompact, _line, _pos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = {}, keyTag = null, keyNode = null, valueNode = null, atExplicitKey = false, detected = false, ch;
      if (state.anchor !== null) {
        state.anchorMap[state.anchor] = _result;
      }
      ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        following = state.input.charCodeAt(state.position + 1);
        _line = state.line;
        _pos = state.position;
        if ((ch === 63 || ch === 58) && is_WS_OR_EOL(following)) {
          if (ch === 63) {
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = true;
            allowCompact = true;
          } else if (atExplicitKey) {
            atExplicitKey = false;
            allowCompact = true;
          } else {
            throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
          }
          state.position += 1;
          ch = following;
        } else if (composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          if (state.line === _line) {
            ch = state.input.charCodeAt(state.position);
            while (is_WHITE_SPACE(ch)) {
              ch = state.input.charCodeAt(++state.position);
            }
            if (ch === 58) {
              ch = state.input.charCodeAt(++state.position);
              if (!is_WS_OR_EOL(ch)) {
                throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
              }
              if (atExplicitKey) {
                storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
                keyTag = keyNode = valueNode = null;
              }
              detected = true;
              atExplicitKey = false;
              allowCompact = false;
              keyTag = state.tag;
              keyNode = state.result;
            } else if (detected) {
              throwError(state, "can not read an implicit mapping pair; a colon is missed");
            } else {
              state.tag = _tag;
              state.anchor = _anchor;
              return true;
            }
          } else if (detected) {
            throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else {
          break;
        }
        if (state.line === _line || state.lineIndent > nodeIndent) {
          if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
            if (atExplicitKey) {
              keyNode = state.result;
            } else {
              valueNode = state.result;
            }
          }
          if (!atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _pos);
            keyTag = keyNode = valueNode = null;
          }
          skipSeparationSpace(state, true, -1);
          ch = state.input.charCodeAt(state.position);
        }
        if (state.lineIndent > nodeIndent && ch !== 0) {
          throwError(state, "bad indentation of a mapping entry");
        } else if (state.lineIndent < nodeIndent) {
          break;
        }
      }
      if (atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
      }
      if (detected) {
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = "mapping";
        state.result = _result;
      }
      return detected;
    }
    function readTagProperty(state) {
      var _position, isVerbatim = false, isNamed = false, tagHandle, tagName, ch;
      ch = state.input.charCodeAt(state.position);
      if (ch !== 33) return false;
      if (state.tag !== null) {
        throwError(state, "duplication of a tag property");
      }
      ch = state.input.charCodeAt(++state.position);
      if (ch === 60) {
        isVerbatim = true;
        ch = state.input.charCodeAt(++state.position);
      } else if (ch === 33) {
        isNamed = true;
        tagHandle = "!!";
        ch = state.input.charCodeAt(++state.position);
      } else {
        tagHandle = "!";
      }
      _position = state.position;
      if (isVerbatim) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 0 && ch !== 62);
        if (state.position < state.length) {
          tagName = state.input.slice(_position, state.position);
          ch = state.input.charCodeAt(++state.position);
        } else {
          throwError(state, "unexpected end of the stream within a verbatim tag");
        }
      } else {
        while (ch !== 0 && !is_WS_OR_EOL(ch)) {
          if (ch === 33) {
            if (!isNamed) {
              tagHandle = state.input.slice(_position - 1, state.position + 1);
              if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
                throwError(state, "named tag handle cannot contain such characters");
              }
              isNamed = true;
              _position = state.position + 1;
            } else {
              throwError(state, "tag suffix cannot contain exclamation marks");
            }
          }
          ch = state.input.charCodeAt(++state.position);
        }
        tagName = state.input.slice(_position, state.position);
        if (PATTERN_FLOW_INDICATORS.test(tagName)) {
          throwError(state, "tag suffix cannot contain flow indicator characters");
        }
      }
      if (tagName && !PATTERN_TAG_URI.test(tagName)) {
        throwError(state, "tag name cannot contain such characters: " + tagName);
      }
      if (isVerbatim) {
        state.tag = tagName;
      } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
        state.tag = state.tagMap[tagHandle] + tagName;
      } else if (tagHandle === "!") {
        state.tag = "!" + tagName;
      } else if (tagHandle === "!!") {
        state.tag = "tag:yaml.org,2002:" + tagName;
      } else {
        throwError(state, 'undeclared tag handle "' + tagHandle + '"');
      }
      return true;
    }
    function readAnchorProperty(state) {
      var _position, ch;
      ch = state.input.charCodeAt(state.position);
      if (ch !== 38) return false;
      if (state.anchor !== null) {
        throwError(state, "duplication of an anchor property");
      }
      ch = state.input.charCodeAt(++state.position);
      _position = state.position;
      while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (state.position === _position) {
        throwError(state, "name of an anchor node must contain at least one character");
      }
      state.anchor = state.input.slice(_position, state.position);
      return true;
    }
    function readAlias(state) {
      var _position, alias, ch;
      ch = state.input.charCodeAt(state.position);
      if (ch !== 42) return false;
      ch = state.input.charCodeAt(++state.position);
      _position = state.position;
      while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (state.position === _position) {
        throwError(state, "name of an alias node must contain at least one character");
      }
      alias = state.input.slice(_position, state.position);
      if (!_hasOwnProperty.call(state.anchorMap, alias)) {
        throwError(state, 'unidentified alias "' + alias + '"');
      }
      state.result = state.anchorMap[alias];
      skipSeparationSpace(state, true, -1);
      return true;
    }
    function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
      var allowBlockStyles, allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = false, hasContent = false, typeIndex, typeQuantity, type, flowIndent, blockIndent;
      if (state.listener !== null) {
        state.listener("open", state);
      }
      state.tag = null;
      state.anchor = null;
      state.kind = null;
      state.result = null;
      allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
      if (allowToSeek) {
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        }
      }
      if (indentStatus === 1) {
        while (readTagProperty(state) || readAnchorProperty(state)) {
          if (skipSeparationSpace(state, true, -1)) {
            atNewLine = true;
            allowBlockCollections = allowBlockStyles;
            if (state.lineIndent > parentIndent) {
              indentStatus = 1;
            } else if (state.lineIndent === parentIndent) {
              indentStatus = 0;
            } else if (state.lineIndent < parentIndent) {
              indentStatus = -1;
            }
          } else {
            allowBlockCollections = false;
          }
        }
      }
      if (allowBlockCollections) {
        allowBlockCollections = atNewLine || allowCompact;
      }
      if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
        if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
          flowIndent = parentIndent;
        } else {
          flowIndent = parentIndent + 1;
        }
        blockIndent = state.position - state.lineStart;
        if (indentStatus === 1) {
          if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
            hasContent = true;
          } else {
            if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
              hasContent = true;
            } else if (readAlias(state)) {
              hasContent = true;
              if (state.tag !== null || state.anchor !== null) {
                throwError(state, "alias node should not have any properties");
              }
            } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
              hasContent = true;
              if (state.tag === null) {
                state.tag = "?";
              }
            }
            if (state.anchor !== null) {
              state.anchorMap[state.anchor] = state.result;
            }
          }
        } else if (indentStatus === 0) {
          hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
        }
      }
      if (state.tag !== null && state.tag !== "!") {
        if (state.tag === "?") {
          if (state.result !== null && state.kind !== "scalar") {
            throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
          }
          for (typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
            type = state.implicitTypes[typeIndex];
            if (type.resolve(state.result)) {
              state.result = type.construct(state.result);
              state.tag = type.tag;
              if (state.anchor !== null) {
                state.anchorMap[state.anchor] = state.result;
              }
              break;
            }
          }
        } else if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
          type = state.typeMap[state.kind || "fallback"][state.tag];
          if (state.result !== null && type.kind !== state.kind) {
            throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type.kind + '", not "' + state.kind + '"');
          }
          if (!type.resolve(state.result)) {
            throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
          } else {
            state.result = type.construct(state.result);
            if (state.anchor !== null) {
              state.anchorMap[state.anchor] = state.result;
            }
          }
        } else {
          throwError(state, "unknown tag !<" + state.tag + ">");
        }
      }
      if (state.listener !== null) {
        state.listener("close", state);
      }
      return state.tag !== null || state.anchor !== null || hasContent;
    }
    function readDocument(state) {
      var documentStart = state.position, _position, directiveName, directiveArgs, hasDirectives = false, ch;
      state.version = null;
      state.checkLineBreaks = state.legacy;
      state.tagMap = {};
      state.anchorMap = {};
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
        if (state.lineIndent > 0 || ch !== 37) {
          break;
        }
        hasDirectives = true;
        ch = state.input.charCodeAt(++state.position);
        _position = state.position;
        while (ch !== 0 && !is_WS_OR_EOL(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveName = state.input.slice(_position, state.position);
        directiveArgs = [];
        if (directiveName.length < 1) {
          throwError(state, "directive name must not be less than one character in length");
        }
        while (ch !== 0) {
          while (is_WHITE_SPACE(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 35) {
            do {
              ch = state.input.charCodeAt(++state.position);
            } while (ch !== 0 && !is_EOL(ch));
            break;
          }
          if (is_EOL(ch)) break;
          _position = state.position;
          while (ch !== 0 && !is_WS_OR_EOL(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          directiveArgs.push(state.input.slice(_position, state.position));
        }
        if (ch !== 0) readLineBreak(state);
        if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
          directiveHandlers[directiveName](state, directiveName, directiveArgs);
        } else {
          throwWarning(state, 'unknown document directive "' + directiveName + '"');
        }
      }
      skipSeparationSpace(state, true, -1);
      if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      } else if (hasDirectives) {
        throwError(state, "directives end mark is expected");
      }
      composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
      skipSeparationSpace(state, true, -1);
      if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
        throwWarning(state, "non-ASCII line breaks are interpreted as content");
      }
      state.documents.push(state.result);
      if (state.position === state.lineStart && testDocumentSeparator(state)) {
        if (state.input.charCodeAt(state.position) === 46) {
          state.position += 3;
          skipSeparationSpace(state, true, -1);
        }
        return;
      }
      if (state.position < state.length - 1) {
        throwError(state, "end of the stream or a document separator is expected");
      } else {
        return;
      }
    }
    function loadDocuments(input, options2) {
      input = String(input);
      options2 = options2 || {};
      if (input.length !== 0) {
        if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
          input += "\n";
        }
        if (input.charCodeAt(0) === 65279) {
          input = input.slice(1);
        }
      }
      var state = new State(input, options2);
      var nullpos = input.indexOf("\0");
      if (nullpos !== -1) {
        state.position = nullpos;
        throwError(state, "null byte is not allowed in input");
      }
      state.input += "\0";
      while (state.input.charCodeAt(state.position) === 32) {
        state.lineIndent += 1;
        state.position += 1;
      }
      while (state.position < state.length - 1) {
        readDocument(state);
      }
      return state.documents;
    }
    function loadAll(input, iterator, options2) {
      if (iterator !== null && typeof iterator === "object" && typeof options2 === "undefined") {
        options2 = iterator;
        iterator = null;
      }
      var documents = loadDocuments(input, options2);
      if (typeof iterator !== "function") {
        return documents;
      }
      for (var index = 0, length = documents.length; index < length; index += 1) {
        iterator(documents[index]);
      }
    }
    function load(input, options2) {
      var documents = loadDocuments(input, options2);
      if (documents.length === 0) {
        return void 0;
      } else if (documents.length === 1) {
        return documents[0];
      }
      throw new YAMLException("expected a single document in the stream, but found more");
    }
    function safeLoadAll(input, iterator, options2) {
      if (typeof iterator === "object" && iterator !== null && typeof options2 === "undefined") {
        options2 = iterator;
        iterator = null;
      }
      return loadAll(input, iterator, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options2));
    }
    function safeLoad(input, options2) {
      return load(input, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options2));
    }
    module2.exports.loadAll = loadAll;
    module2.exports.load = load;
    module2.exports.safeLoadAll = safeLoadAll;
    module2.exports.safeLoad = safeLoad;
  }
});

// node_modules/js-yaml/lib/js-yaml/dumper.js
var require_dumper = __commonJS({
  "node_modules/js-yaml/lib/js-yaml/dumper.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var YAMLException = require_exception();
    var DEFAULT_FULL_SCHEMA = require_default_full();
    var DEFAULT_SAFE_SCHEMA = require_default_safe();
    var _toString = Object.prototype.toString;
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var CHAR_TAB = 9;
    var CHAR_LINE_FEED = 10;
    var CHAR_CARRIAGE_RETURN = 13;
    var CHAR_SPACE = 32;
    var CHAR_EXCLAMATION = 33;
    var CHAR_DOUBLE_QUOTE = 34;
    var CHAR_SHARP = 35;
    var CHAR_PERCENT = 37;
    var CHAR_AMPERSAND = 38;
    var CHAR_SINGLE_QUOTE = 39;
    var CHAR_ASTERISK = 42;
    var CHAR_COMMA = 44;
    var CHAR_MINUS = 45;
    var CHAR_COLON = 58;
    var CHAR_EQUALS = 61;
    var CHAR_GREATER_THAN = 62;
    var CHAR_QUESTION = 63;
    var CHAR_COMMERCIAL_AT = 64;
    var CHAR_LEFT_SQUARE_BRACKET = 91;
    var CHAR_RIGHT_SQUARE_BRACKET = 93;
    var CHAR_GRAVE_ACCENT = 96;
    var CHAR_LEFT_CURLY_BRACKET = 123;
    var CHAR_VERTICAL_LINE = 124;
    var CHAR_RIGHT_CURLY_BRACKET = 125;
    var ESCAPE_SEQUENCES = {};
    ESCAPE_SEQUENCES[0] = "\\0";
    ESCAPE_SEQUENCES[7] = "\\a";
    ESCAPE_SEQUENCES[8] = "\\b";
    ESCAPE_SEQUENCES[9] = "\\t";
    ESCAPE_SEQUENCES[10] = "\\n";
    ESCAPE_SEQUENCES[11] = "\\v";
    ESCAPE_SEQUENCES[12] = "\\f";
    ESCAPE_SEQUENCES[13] = "\\r";
    ESCAPE_SEQUENCES[27] = "\\e";
    ESCAPE_SEQUENCES[34] = '\\"';
    ESCAPE_SEQUENCES[92] = "\\\\";
    ESCAPE_SEQUENCES[133] = "\\N";
    ESCAPE_SEQUENCES[160] = "\\_";
    ESCAPE_SEQUENCES[8232] = "\\L";
    ESCAPE_SEQUENCES[8233] = "\\P";
    var DEPRECATED_BOOLEANS_SYNTAX = [
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    function compileStyleMap(schema, map) {
      var result, keys, index, length, tag, style, type;
      if (map === null) return {};
      result = {};
      keys = Object.keys(map);
      for (index = 0, length = keys.length; index < length; index += 1) {
        tag = keys[index];
        style = String(map[tag]);
        if (tag.slice(0, 2) === "!!") {
          tag = "tag:yaml.org,2002:" + tag.slice(2);
        }
        type = schema.compiledTypeMap["fallback"][tag];
        if (type && _hasOwnProperty.call(type.styleAliases, style)) {
          style = type.styleAliases[style];
        }
        result[tag] = style;
      }
      return result;
    }
    function encodeHex(character) {
      var string, handle, length;
      string = character.toString(16).toUpperCase();
      if (character <= 255) {
        handle = "x";
        length = 2;
      } else if (character <= 65535) {
        handle = "u";
        length = 4;
      } else if (character <= 4294967295) {
        handle = "U";
        length = 8;
      } else {
        throw new YAMLException("code point within a string may not be greater than 0xFFFFFFFF");
      }
      return "\\" + handle + common.repeat("0", length - string.length) + string;
    }
    function State(options2) {
      this.schema = options2["schema"] || DEFAULT_FULL_SCHEMA;
      this.indent = Math.max(1, options2["indent"] || 2);
      this.noArrayIndent = options2["noArrayIndent"] || false;
      this.skipInvalid = options2["skipInvalid"] || false;
      this.flowLevel = common.isNothing(options2["flowLevel"]) ? -1 : options2["flowLevel"];
      this.styleMap = compileStyleMap(this.schema, options2["styles"] || null);
      this.sortKeys = options2["sortKeys"] || false;
      this.lineWidth = options2["lineWidth"] || 80;
      this.noRefs = options2["noRefs"] || false;
      this.noCompatMode = options2["noCompatMode"] || false;
      this.condenseFlow = options2["condenseFlow"] || false;
      this.implicitTypes = this.schema.compiledImplicit;
      this.explicitTypes = this.schema.compiledExplicit;
      this.tag = null;
      this.result = "";
      this.duplicates = [];
      this.usedDuplicates = null;
    }
    function indentString(string, spaces) {
      var ind = common.repeat(" ", spaces), position = 0, next = -1, result = "", line, length = string.length;
      while (position < length) {
        next = string.indexOf("\n", position);
        if (next === -1) {
          line = string.slice(position);
          position = length;
        } else {
          line = string.slice(position, next + 1);
          position = next + 1;
        }
        if (line.length && line !== "\n") result += ind;
        result += line;
      }
      return result;
    }
    function generateNextLine(state, level) {
      return "\n" + common.repeat(" ", state.indent * level);
    }
    function testImplicitResolving(state, str2) {
      var index, length, type;
      for (index = 0, length = state.implicitTypes.length; index < length; index += 1) {
        type = state.implicitTypes[index];
        if (type.resolve(str2)) {
          return true;
        }
      }
      return false;
    }
    function isWhitespace(c) {
      return c === CHAR_SPACE || c === CHAR_TAB;
    }
    function isPrintable(c) {
      return 32 <= c && c <= 126 || 161 <= c && c <= 55295 && c !== 8232 && c !== 8233 || 57344 <= c && c <= 65533 && c !== 65279 || 65536 <= c && c <= 1114111;
    }
    function isNsChar(c) {
      return isPrintable(c) && !isWhitespace(c) && c !== 65279 && c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
    }
    function isPlainSafe(c, prev) {
      return isPrintable(c) && c !== 65279 && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && c !== CHAR_COLON && (c !== CHAR_SHARP || prev && isNsChar(prev));
    }
    function isPlainSafeFirst(c) {
      return isPrintable(c) && c !== 65279 && !isWhitespace(c) && c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
    }
    function needIndentIndicator(string) {
      var leadingSpaceRe = /^\n* /;
      return leadingSpaceRe.test(string);
    }
    var STYLE_PLAIN = 1;
    var STYLE_SINGLE = 2;
    var STYLE_LITERAL = 3;
    var STYLE_FOLDED = 4;
    var STYLE_DOUBLE = 5;
    function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType) {
      var i;
      var char, prev_char;
      var hasLineBreak = false;
      var hasFoldableLine = false;
      var shouldTrackWidth = lineWidth !== -1;
      var previousLineBreak = -1;
      var plain = isPlainSafeFirst(string.charCodeAt(0)) && !isWhitespace(string.charCodeAt(string.length - 1));
      if (singleLineOnly) {
        for (i = 0; i < string.length; i++) {
          char = string.charCodeAt(i);
          if (!isPrintable(char)) {
            return STYLE_DOUBLE;
          }
          prev_char = i > 0 ? string.charCodeAt(i - 1) : null;
          plain = plain && isPlainSafe(char, prev_char);
        }
      } else {
        for (i = 0; i < string.length; i++) {
          char = string.charCodeAt(i);
          if (char === CHAR_LINE_FEED) {
            hasLineBreak = true;
            if (shouldTrackWidth) {
              hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
              i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
              previousLineBreak = i;
            }
          } else if (!isPrintable(char)) {
            return STYLE_DOUBLE;
          }
          prev_char = i > 0 ? string.charCodeAt(i - 1) : null;
          plain = plain && isPlainSafe(char, prev_char);
        }
        hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
      }
      if (!hasLineBreak && !hasFoldableLine) {
        return plain && !testAmbiguousType(string) ? STYLE_PLAIN : STYLE_SINGLE;
      }
      if (indentPerLevel > 9 && needIndentIndicator(string)) {
        return STYLE_DOUBLE;
      }
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    function writeScalar(state, string, level, iskey) {
      state.dump = (function() {
        if (string.length === 0) {
          return "''";
        }
        if (!state.noCompatMode && DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1) {
          return "'" + string + "'";
        }
        var indent = state.indent * Math.max(1, level);
        var lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
        var singleLineOnly = iskey || state.flowLevel > -1 && level >= state.flowLevel;
        function testAmbiguity(string2) {
          return testImplicitResolving(state, string2);
        }
        switch (chooseScalarStyle(string, singleLineOnly, state.indent, lineWidth, testAmbiguity)) {
          case STYLE_PLAIN:
            return string;
          case STYLE_SINGLE:
            return "'" + string.replace(/'/g, "''") + "'";
          case STYLE_LITERAL:
            return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
          case STYLE_FOLDED:
            return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
          case STYLE_DOUBLE:
            return '"' + escapeString2(string, lineWidth) + '"';
          default:
            throw new YAMLException("impossible error: invalid scalar style");
        }
      })();
    }
    function blockHeader(string, indentPerLevel) {
      var indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
      var clip = string[string.length - 1] === "\n";
      var keep = clip && (string[string.length - 2] === "\n" || string === "\n");
      var chomp = keep ? "+" : clip ? "" : "-";
      return indentIndicator + chomp + "\n";
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
    }
    function foldString(string, width) {
      var lineRe = /(\n+)([^\n]*)/g;
      var result = (function() {
        var nextLF = string.indexOf("\n");
        nextLF = nextLF !== -1 ? nextLF : string.length;
        lineRe.lastIndex = nextLF;
        return foldLine(string.slice(0, nextLF), width);
      })();
      var prevMoreIndented = string[0] === "\n" || string[0] === " ";
      var moreIndented;
      var match;
      while (match = lineRe.exec(string)) {
        var prefix = match[1], line = match[2];
        moreIndented = line[0] === " ";
        result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
        prevMoreIndented = moreIndented;
      }
      return result;
    }
    function foldLine(line, width) {
      if (line === "" || line[0] === " ") return line;
      var breakRe = / [^ ]/g;
      var match;
      var start = 0, end, curr = 0, next = 0;
      var result = "";
      while (match = breakRe.exec(line)) {
        next = match.index;
        if (next - start > width) {
          end = curr > start ? curr : next;
          result += "\n" + line.slice(start, end);
          start = end + 1;
        }
        curr = next;
      }
      result += "\n";
      if (line.length - start > width && curr > start) {
        result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
      } else {
        result += line.slice(start);
      }
      return result.slice(1);
    }
    function escapeString2(string) {
      var result = "";
      var char, nextChar;
      var escapeSeq;
      for (var i = 0; i < string.length; i++) {
        char = string.charCodeAt(i);
        if (char >= 55296 && char <= 56319) {
          nextChar = string.charCodeAt(i + 1);
          if (nextChar >= 56320 && nextChar <= 57343) {
            result += encodeHex((char - 55296) * 1024 + nextChar - 56320 + 65536);
            i++;
            continue;
          }
        }
        escapeSeq = ESCAPE_SEQUENCES[char];
        result += !escapeSeq && isPrintable(char) ? string[i] : escapeSeq || encodeHex(char);
      }
      return result;
    }
    function writeFlowSequence(state, level, object) {
      var _result = "", _tag = state.tag, index, length;
      for (index = 0, length = object.length; index < length; index += 1) {
        if (writeNode(state, level, object[index], false, false)) {
          if (index !== 0) _result += "," + (!state.condenseFlow ? " " : "");
          _result += state.dump;
        }
      }
      state.tag = _tag;
      state.dump = "[" + _result + "]";
    }
    function writeBlockSequence(state, level, object, compact) {
      var _result = "", _tag = state.tag, index, length;
      for (index = 0, length = object.length; index < length; index += 1) {
        if (writeNode(state, level + 1, object[index], true, true)) {
          if (!compact || index !== 0) {
            _result += generateNextLine(state, level);
          }
          if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
            _result += "-";
          } else {
            _result += "- ";
          }
          _result += state.dump;
        }
      }
      state.tag = _tag;
      state.dump = _result || "[]";
    }
    function writeFlowMapping(state, level, object) {
      var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, pairBuffer;
      for (index = 0, length = objectKeyList.length; index < length; index += 1) {
        pairBuffer = "";
        if (index !== 0) pairBuffer += ", ";
        if (state.condenseFlow) pairBuffer += '"';
        objectKey = objectKeyList[index];
        objectValue = object[objectKey];
        if (!writeNode(state, level, objectKey, false, false)) {
          continue;
        }
        if (state.dump.length > 1024) pairBuffer += "? ";
        pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
        if (!writeNode(state, level, objectValue, false, false)) {
          continue;
        }
        pairBuffer += state.dump;
        _result += pairBuffer;
      }
      state.tag = _tag;
      state.dump = "{" + _result + "}";
    }
    function writeBlockMapping(state, level, object, compact) {
      var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, explicitPair, pairBuffer;
      if (state.sortKeys === true) {
        objectKeyList.sort();
      } else if (typeof state.sortKeys === "function") {
        objectKeyList.sort(state.sortKeys);
      } else if (state.sortKeys) {
        throw new YAMLException("sortKeys must be a boolean or a function");
      }
      for (index = 0, length = objectKeyList.length; index < length; index += 1) {
        pairBuffer = "";
        if (!compact || index !== 0) {
          pairBuffer += generateNextLine(state, level);
        }
        objectKey = objectKeyList[index];
        objectValue = object[objectKey];
        if (!writeNode(state, level + 1, objectKey, true, true, true)) {
          continue;
        }
        explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
        if (explicitPair) {
          if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
            pairBuffer += "?";
          } else {
            pairBuffer += "? ";
          }
        }
        pairBuffer += state.dump;
        if (explicitPair) {
          pairBuffer += generateNextLine(state, level);
        }
        if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
          continue;
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += ":";
        } else {
          pairBuffer += ": ";
        }
        pairBuffer += state.dump;
        _result += pairBuffer;
      }
      state.tag = _tag;
      state.dump = _result || "{}";
    }
    function detectType(state, object, explicit) {
      var _result, typeList, index, length, type, style;
      typeList = explicit ? state.explicitTypes : state.implicitTypes;
      for (index = 0, length = typeList.length; index < length; index += 1) {
        type = typeList[index];
        if ((type.instanceOf || type.predicate) && (!type.instanceOf || typeof object === "object" && object instanceof type.instanceOf) && (!type.predicate || type.predicate(object))) {
          state.tag = explicit ? type.tag : "?";
          if (type.represent) {
            style = state.styleMap[type.tag] || type.defaultStyle;
            if (_toString.call(type.represent) === "[object Function]") {
              _result = type.represent(object, style);
            } else if (_hasOwnProperty.call(type.represent, style)) {
              _result = type.represent[style](object, style);
            } else {
              throw new YAMLException("!<" + type.tag + '> tag resolver accepts not "' + style + '" style');
            }
            state.dump = _result;
          }
          return true;
        }
      }
      return false;
    }
    function writeNode(state, level, object, block, compact, iskey) {
      state.tag = null;
      state.dump = object;
      if (!detectType(state, object, false)) {
        detectType(state, object, true);
      }
      var type = _toString.call(state.dump);
      if (block) {
        block = state.flowLevel < 0 || state.flowLevel > level;
      }
      var objectOrArray = type === "[object Object]" || type === "[object Array]", duplicateIndex, duplicate;
      if (objectOrArray) {
        duplicateIndex = state.duplicates.indexOf(object);
        duplicate = duplicateIndex !== -1;
      }
      if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
        compact = false;
      }
      if (duplicate && state.usedDuplicates[duplicateIndex]) {
        state.dump = "*ref_" + duplicateIndex;
      } else {
        if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
          state.usedDuplicates[duplicateIndex] = true;
        }
        if (type === "[object Object]") {
          if (block && Object.keys(state.dump).length !== 0) {
            writeBlockMapping(state, level, state.dump, compact);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + state.dump;
            }
          } else {
            writeFlowMapping(state, level, state.dump);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + " " + state.dump;
            }
          }
        } else if (type === "[object Array]") {
          var arrayLevel = state.noArrayIndent && level > 0 ? level - 1 : level;
          if (block && state.dump.length !== 0) {
            writeBlockSequence(state, arrayLevel, state.dump, compact);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + state.dump;
            }
          } else {
            writeFlowSequence(state, arrayLevel, state.dump);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + " " + state.dump;
            }
          }
        } else if (type === "[object String]") {
          if (state.tag !== "?") {
            writeScalar(state, state.dump, level, iskey);
          }
        } else {
          if (state.skipInvalid) return false;
          throw new YAMLException("unacceptable kind of an object to dump " + type);
        }
        if (state.tag !== null && state.tag !== "?") {
          state.dump = "!<" + state.tag + "> " + state.dump;
        }
      }
      return true;
    }
    function getDuplicateReferences(object, state) {
      var objects = [], duplicatesIndexes = [], index, length;
      inspectNode(object, objects, duplicatesIndexes);
      for (index = 0, length = duplicatesIndexes.length; index < length; index += 1) {
        state.duplicates.push(objects[duplicatesIndexes[index]]);
      }
      state.usedDuplicates = new Array(length);
    }
    function inspectNode(object, objects, duplicatesIndexes) {
      var objectKeyList, index, length;
      if (object !== null && typeof object === "object") {
        index = objects.indexOf(object);
        if (index !== -1) {
          if (duplicatesIndexes.indexOf(index) === -1) {
            duplicatesIndexes.push(index);
          }
        } else {
          objects.push(object);
          if (Array.isArray(object)) {
            for (index = 0, length = object.length; index < length; index += 1) {
              inspectNode(object[index], objects, duplicatesIndexes);
            }
          } else {
            objectKeyList = Object.keys(object);
            for (index = 0, length = objectKeyList.length; index < length; index += 1) {
              inspectNode(object[objectKeyList[index]], objects, duplicatesIndexes);
            }
          }
        }
      }
    }
    function dump(input, options2) {
      options2 = options2 || {};
      var state = new State(options2);
      if (!state.noRefs) getDuplicateReferences(input, state);
      if (writeNode(state, 0, input, true, true)) return state.dump + "\n";
      return "";
    }
    function safeDump(input, options2) {
      return dump(input, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options2));
    }
    module2.exports.dump = dump;
    module2.exports.safeDump = safeDump;
  }
});

// node_modules/js-yaml/lib/js-yaml.js
var require_js_yaml = __commonJS({
  "node_modules/js-yaml/lib/js-yaml.js"(exports2, module2) {
    "use strict";
    var loader = require_loader();
    var dumper = require_dumper();
    function deprecated(name2) {
      return function() {
        throw new Error("Function " + name2 + " is deprecated and cannot be used.");
      };
    }
    module2.exports.Type = require_type();
    module2.exports.Schema = require_schema();
    module2.exports.FAILSAFE_SCHEMA = require_failsafe();
    module2.exports.JSON_SCHEMA = require_json();
    module2.exports.CORE_SCHEMA = require_core();
    module2.exports.DEFAULT_SAFE_SCHEMA = require_default_safe();
    module2.exports.DEFAULT_FULL_SCHEMA = require_default_full();
    module2.exports.load = loader.load;
    module2.exports.loadAll = loader.loadAll;
    module2.exports.safeLoad = loader.safeLoad;
    module2.exports.safeLoadAll = loader.safeLoadAll;
    module2.exports.dump = dumper.dump;
    module2.exports.safeDump = dumper.safeDump;
    module2.exports.YAMLException = require_exception();
    module2.exports.MINIMAL_SCHEMA = require_failsafe();
    module2.exports.SAFE_SCHEMA = require_default_safe();
    module2.exports.DEFAULT_SCHEMA = require_default_full();
    module2.exports.scan = deprecated("scan");
    module2.exports.parse = deprecated("parse");
    module2.exports.compose = deprecated("compose");
    module2.exports.addConstructor = deprecated("addConstructor");
  }
});

// node_modules/js-yaml/index.js
var require_js_yaml2 = __commonJS({
  "node_modules/js-yaml/index.js"(exports2, module2) {
    "use strict";
    var yaml2 = require_js_yaml();
    module2.exports = yaml2;
  }
});

// node_modules/gray-matter/lib/engines.js
var require_engines = __commonJS({
  "node_modules/gray-matter/lib/engines.js"(exports, module) {
    "use strict";
    var yaml = require_js_yaml2();
    var engines = exports = module.exports;
    engines.yaml = {
      parse: yaml.safeLoad.bind(yaml),
      stringify: yaml.safeDump.bind(yaml)
    };
    engines.json = {
      parse: JSON.parse.bind(JSON),
      stringify: function(obj, options2) {
        const opts = Object.assign({ replacer: null, space: 2 }, options2);
        return JSON.stringify(obj, opts.replacer, opts.space);
      }
    };
    engines.javascript = {
      parse: function parse(str, options, wrap) {
        try {
          if (wrap !== false) {
            str = "(function() {\nreturn " + str.trim() + ";\n}());";
          }
          return eval(str) || {};
        } catch (err) {
          if (wrap !== false && /(unexpected|identifier)/i.test(err.message)) {
            return parse(str, options, false);
          }
          throw new SyntaxError(err);
        }
      },
      stringify: function() {
        throw new Error("stringifying JavaScript is not supported");
      }
    };
  }
});

// node_modules/strip-bom-string/index.js
var require_strip_bom_string = __commonJS({
  "node_modules/strip-bom-string/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(str2) {
      if (typeof str2 === "string" && str2.charAt(0) === "\uFEFF") {
        return str2.slice(1);
      }
      return str2;
    };
  }
});

// node_modules/gray-matter/lib/utils.js
var require_utils = __commonJS({
  "node_modules/gray-matter/lib/utils.js"(exports2) {
    "use strict";
    var stripBom = require_strip_bom_string();
    var typeOf = require_kind_of();
    exports2.define = function(obj, key, val) {
      Reflect.defineProperty(obj, key, {
        enumerable: false,
        configurable: true,
        writable: true,
        value: val
      });
    };
    exports2.isBuffer = function(val) {
      return typeOf(val) === "buffer";
    };
    exports2.isObject = function(val) {
      return typeOf(val) === "object";
    };
    exports2.toBuffer = function(input) {
      return typeof input === "string" ? Buffer.from(input) : input;
    };
    exports2.toString = function(input) {
      if (exports2.isBuffer(input)) return stripBom(String(input));
      if (typeof input !== "string") {
        throw new TypeError("expected input to be a string or buffer");
      }
      return stripBom(input);
    };
    exports2.arrayify = function(val) {
      return val ? Array.isArray(val) ? val : [val] : [];
    };
    exports2.startsWith = function(str2, substr, len) {
      if (typeof len !== "number") len = substr.length;
      return str2.slice(0, len) === substr;
    };
  }
});

// node_modules/gray-matter/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/gray-matter/lib/defaults.js"(exports2, module2) {
    "use strict";
    var engines2 = require_engines();
    var utils = require_utils();
    module2.exports = function(options2) {
      const opts = Object.assign({}, options2);
      opts.delimiters = utils.arrayify(opts.delims || opts.delimiters || "---");
      if (opts.delimiters.length === 1) {
        opts.delimiters.push(opts.delimiters[0]);
      }
      opts.language = (opts.language || opts.lang || "yaml").toLowerCase();
      opts.engines = Object.assign({}, engines2, opts.parsers, opts.engines);
      return opts;
    };
  }
});

// node_modules/gray-matter/lib/engine.js
var require_engine = __commonJS({
  "node_modules/gray-matter/lib/engine.js"(exports2, module2) {
    "use strict";
    module2.exports = function(name2, options2) {
      let engine = options2.engines[name2] || options2.engines[aliase(name2)];
      if (typeof engine === "undefined") {
        throw new Error('gray-matter engine "' + name2 + '" is not registered');
      }
      if (typeof engine === "function") {
        engine = { parse: engine };
      }
      return engine;
    };
    function aliase(name2) {
      switch (name2.toLowerCase()) {
        case "js":
        case "javascript":
          return "javascript";
        case "coffee":
        case "coffeescript":
        case "cson":
          return "coffee";
        case "yaml":
        case "yml":
          return "yaml";
        default: {
          return name2;
        }
      }
    }
  }
});

// node_modules/gray-matter/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/gray-matter/lib/stringify.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var getEngine = require_engine();
    var defaults = require_defaults();
    module2.exports = function(file, data, options2) {
      if (data == null && options2 == null) {
        switch (typeOf(file)) {
          case "object":
            data = file.data;
            options2 = {};
            break;
          case "string":
            return file;
          default: {
            throw new TypeError("expected file to be a string or object");
          }
        }
      }
      const str2 = file.content;
      const opts = defaults(options2);
      if (data == null) {
        if (!opts.data) return file;
        data = opts.data;
      }
      const language = file.language || opts.language;
      const engine = getEngine(language, opts);
      if (typeof engine.stringify !== "function") {
        throw new TypeError('expected "' + language + '.stringify" to be a function');
      }
      data = Object.assign({}, file.data, data);
      const open = opts.delimiters[0];
      const close = opts.delimiters[1];
      const matter2 = engine.stringify(data, options2).trim();
      let buf = "";
      if (matter2 !== "{}") {
        buf = newline(open) + newline(matter2) + newline(close);
      }
      if (typeof file.excerpt === "string" && file.excerpt !== "") {
        if (str2.indexOf(file.excerpt.trim()) === -1) {
          buf += newline(file.excerpt) + newline(close);
        }
      }
      return buf + newline(str2);
    };
    function newline(str2) {
      return str2.slice(-1) !== "\n" ? str2 + "\n" : str2;
    }
  }
});

// node_modules/gray-matter/lib/excerpt.js
var require_excerpt = __commonJS({
  "node_modules/gray-matter/lib/excerpt.js"(exports2, module2) {
    "use strict";
    var defaults = require_defaults();
    module2.exports = function(file, options2) {
      const opts = defaults(options2);
      if (file.data == null) {
        file.data = {};
      }
      if (typeof opts.excerpt === "function") {
        return opts.excerpt(file, opts);
      }
      const sep2 = file.data.excerpt_separator || opts.excerpt_separator;
      if (sep2 == null && (opts.excerpt === false || opts.excerpt == null)) {
        return file;
      }
      const delimiter = typeof opts.excerpt === "string" ? opts.excerpt : sep2 || opts.delimiters[0];
      const idx = file.content.indexOf(delimiter);
      if (idx !== -1) {
        file.excerpt = file.content.slice(0, idx);
      }
      return file;
    };
  }
});

// node_modules/gray-matter/lib/to-file.js
var require_to_file = __commonJS({
  "node_modules/gray-matter/lib/to-file.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var stringify3 = require_stringify();
    var utils = require_utils();
    module2.exports = function(file) {
      if (typeOf(file) !== "object") {
        file = { content: file };
      }
      if (typeOf(file.data) !== "object") {
        file.data = {};
      }
      if (file.contents && file.content == null) {
        file.content = file.contents;
      }
      utils.define(file, "orig", utils.toBuffer(file.content));
      utils.define(file, "language", file.language || "");
      utils.define(file, "matter", file.matter || "");
      utils.define(file, "stringify", function(data, options2) {
        if (options2 && options2.language) {
          file.language = options2.language;
        }
        return stringify3(file, data, options2);
      });
      file.content = utils.toString(file.content);
      file.isEmpty = false;
      file.excerpt = "";
      return file;
    };
  }
});

// node_modules/gray-matter/lib/parse.js
var require_parse = __commonJS({
  "node_modules/gray-matter/lib/parse.js"(exports2, module2) {
    "use strict";
    var getEngine = require_engine();
    var defaults = require_defaults();
    module2.exports = function(language, str2, options2) {
      const opts = defaults(options2);
      const engine = getEngine(language, opts);
      if (typeof engine.parse !== "function") {
        throw new TypeError('expected "' + language + '.parse" to be a function');
      }
      return engine.parse(str2, opts);
    };
  }
});

// node_modules/gray-matter/index.js
var require_gray_matter = __commonJS({
  "node_modules/gray-matter/index.js"(exports2, module2) {
    "use strict";
    var fs = __require("fs");
    var sections = require_section_matter();
    var defaults = require_defaults();
    var stringify3 = require_stringify();
    var excerpt = require_excerpt();
    var engines2 = require_engines();
    var toFile = require_to_file();
    var parse8 = require_parse();
    var utils = require_utils();
    function matter2(input, options2) {
      if (input === "") {
        return { data: {}, content: input, excerpt: "", orig: input };
      }
      let file = toFile(input);
      const cached = matter2.cache[file.content];
      if (!options2) {
        if (cached) {
          file = Object.assign({}, cached);
          file.orig = cached.orig;
          return file;
        }
        matter2.cache[file.content] = file;
      }
      return parseMatter(file, options2);
    }
    function parseMatter(file, options2) {
      const opts = defaults(options2);
      const open = opts.delimiters[0];
      const close = "\n" + opts.delimiters[1];
      let str2 = file.content;
      if (opts.language) {
        file.language = opts.language;
      }
      const openLen = open.length;
      if (!utils.startsWith(str2, open, openLen)) {
        excerpt(file, opts);
        return file;
      }
      if (str2.charAt(openLen) === open.slice(-1)) {
        return file;
      }
      str2 = str2.slice(openLen);
      const len = str2.length;
      const language = matter2.language(str2, opts);
      if (language.name) {
        file.language = language.name;
        str2 = str2.slice(language.raw.length);
      }
      let closeIndex = str2.indexOf(close);
      if (closeIndex === -1) {
        closeIndex = len;
      }
      file.matter = str2.slice(0, closeIndex);
      const block = file.matter.replace(/^\s*#[^\n]+/gm, "").trim();
      if (block === "") {
        file.isEmpty = true;
        file.empty = file.content;
        file.data = {};
      } else {
        file.data = parse8(file.language, file.matter, opts);
      }
      if (closeIndex === len) {
        file.content = "";
      } else {
        file.content = str2.slice(closeIndex + close.length);
        if (file.content[0] === "\r") {
          file.content = file.content.slice(1);
        }
        if (file.content[0] === "\n") {
          file.content = file.content.slice(1);
        }
      }
      excerpt(file, opts);
      if (opts.sections === true || typeof opts.section === "function") {
        sections(file, opts.section);
      }
      return file;
    }
    matter2.engines = engines2;
    matter2.stringify = function(file, data, options2) {
      if (typeof file === "string") file = matter2(file, options2);
      return stringify3(file, data, options2);
    };
    matter2.read = function(filepath, options2) {
      const str2 = fs.readFileSync(filepath, "utf8");
      const file = matter2(str2, options2);
      file.path = filepath;
      return file;
    };
    matter2.test = function(str2, options2) {
      return utils.startsWith(str2, defaults(options2).delimiters[0]);
    };
    matter2.language = function(str2, options2) {
      const opts = defaults(options2);
      const open = opts.delimiters[0];
      if (matter2.test(str2)) {
        str2 = str2.slice(open.length);
      }
      const language = str2.slice(0, str2.search(/\r?\n/));
      return {
        raw: language,
        name: language ? language.trim() : ""
      };
    };
    matter2.cache = {};
    matter2.clearCache = function() {
      matter2.cache = {};
    };
    module2.exports = matter2;
  }
});

// src/sources/read.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { join } from "node:path";

// src/sources/paths.ts
import { isAbsolute, relative, sep } from "node:path";
function isInside(root2, target) {
  const rel = relative(root2, target);
  return rel === "" || !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}

// src/sources/utf8.ts
function decodeUtf8(bytes) {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidOffset(bytes);
    return { ok: false, offset, line: lineOfOffset(bytes, offset) };
  }
}
function prefixThrows(bytes, length) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return false;
  } catch {
    return true;
  }
}
function firstInvalidOffset(bytes) {
  if (!prefixThrows(bytes, bytes.length)) return Math.max(0, bytes.length - 1);
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (prefixThrows(bytes, middle)) high = middle;
    else low = middle;
  }
  return high - 1;
}
function lineOfOffset(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

// src/sources/read.ts
var OUTSIDE_ROOT_MESSAGE = "symlink points outside the repository";
var TOO_LARGE_MESSAGE = "file is too large";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var scratch = Buffer.allocUnsafe(1 << 20);
function readSourceBytes(location) {
  const { path } = location;
  const fail = (message, line) => ({
    ok: false,
    diagnostic: line === void 0 ? { severity: "error", file: path, message } : { severity: "error", file: path, line, message }
  });
  let fd;
  try {
    fd = openSync(location.realPath ?? join(location.realRoot, path), OPEN_FLAGS);
  } catch (cause) {
    return fail(openFailure(cause));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return fail("file could not be read: not a regular file; expected a file");
    const tooLarge = (size) => fail(`${TOO_LARGE_MESSAGE}: ${size} bytes; expected at most ${location.maxBytes} bytes (max file size); not read`);
    if (stats.size > location.maxBytes) return tooLarge(stats.size);
    const length = readAll(fd, stats.size, location.maxBytes);
    if (length > location.maxBytes) return tooLarge(length);
    const bytes = scratch.subarray(0, length);
    return { ok: true, bytes, sha256: sha256Bytes(bytes) };
  } catch (cause) {
    return fail(`file could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
  } finally {
    closeSync(fd);
  }
}
function readSourceText(location) {
  const read = readSourceBytes(location);
  if (!read.ok) return read;
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    const message = `file is not valid UTF-8: invalid byte at offset ${decoded.offset}; expected UTF-8 text`;
    return { ok: false, diagnostic: { severity: "error", file: location.path, line: decoded.line, message } };
  }
  return { ok: true, text: decoded.text, sha256: read.sha256 };
}
function openFailure(cause) {
  const code = cause.code;
  if (code === "ENOENT") return "file could not be read: it does not exist (or is a broken symlink)";
  if (code === "EISDIR") return "file could not be read: not a regular file; expected a file";
  if (code === "ELOOP") return "file could not be read: it became a symlink after it was listed; not followed";
  return `file could not be read: ${cause instanceof Error ? cause.message : String(cause)}`;
}
function readAll(fd, size, maxBytes) {
  if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
  let total = 0;
  for (; ; ) {
    const n = readSync(fd, scratch, total, scratch.length - total, null);
    if (n === 0 || total + n > maxBytes) return total + n;
    total += n;
    if (total === scratch.length) grow();
  }
}
function grow() {
  const bigger = Buffer.allocUnsafe(scratch.length * 2);
  scratch.copy(bigger);
  scratch = bigger;
}

// src/documents/html/paths.ts
import { posix } from "node:path";

// src/documents/locale/tags.ts
function canonicalLocale(code) {
  const written = code.trim().replaceAll("_", "-");
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(written)) return void 0;
  try {
    return Intl.getCanonicalLocales(written)[0];
  } catch {
    return void 0;
  }
}
function localeKey(code) {
  return (canonicalLocale(code) ?? code.trim()).toLowerCase();
}
function matchLocale(name2, locales, options2 = {}) {
  const key = localeKey(name2);
  const found = locales.find((locale) => localeKey(locale) === key) ?? (options2.loose ? looseMatch(key, locales) : void 0);
  return found === void 0 ? void 0 : canonicalLocale(found) ?? found;
}
function looseMatch(key, locales) {
  const related = locales.filter((locale) => {
    const other = localeKey(locale);
    return key.startsWith(`${other}-`) || other.startsWith(`${key}-`);
  });
  return related.length === 1 ? related[0] : void 0;
}

// src/documents/html/paths.ts
var HTML_EXTENSIONS = [".html", ".htm"];
function isHtmlPath(path) {
  const extension = posix.extname(path).toLowerCase();
  return HTML_EXTENSIONS.includes(extension);
}
function pagePathOf(htmlPath, locales) {
  const segments = htmlPath.replaceAll("\\", "/").split("/").filter((s) => s !== "" && s !== ".");
  const locale = segments.length > 1 ? matchLocale(segments[0], locales) : void 0;
  const rest = locale === void 0 ? segments : segments.slice(1);
  const file = rest.at(-1) ?? "";
  const stem = file.slice(0, file.length - posix.extname(file).length);
  const folders = rest.slice(0, -1);
  const route = stem.toLowerCase() === "index" && folders.length > 0 ? folders : [...folders, stem];
  const reason = notAPageReason(route);
  if (reason) return { kind: "not-a-page", reason };
  const idPath = route.join("/");
  return locale === void 0 ? { kind: "page", idPath } : { kind: "page", idPath, locale };
}
var BLOG_FOLDERS = /* @__PURE__ */ new Set(["blog", "posts", "news"]);
function notAPageReason(route) {
  const last2 = route.at(-1)?.toLowerCase();
  const lower = route.map((segment) => segment.toLowerCase());
  if (last2 === "404") return "404 page of the built site";
  if (route.length === 1 && last2 === "search") return "search page of the built site";
  if (lower.includes("_print")) return "printable copy (Docsy `_print/`) of a section of the built site";
  if (BLOG_FOLDERS.has(lower[0] ?? "") && (lower[1] === "archive" || lower[1] === "authors") && route.length <= 3) {
    return "blog archive or author listing of the built site";
  }
  const isTaxonomy = (segment) => ["tags", "categories"].includes(segment.toLowerCase());
  const listingRoot = route.length <= 2 && isTaxonomy(last2 ?? "");
  if (listingRoot || route.slice(0, -1).some(isTaxonomy)) return "tag or category listing of the built site";
  if (route.length >= 2 && route.at(-2)?.toLowerCase() === "page" && /^\d+$/.test(last2 ?? "")) {
    return "paginated listing of the built site";
  }
  return void 0;
}

// src/documents/order.ts
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/documents/tags.ts
function normalizeTags(value) {
  if (value === void 0 || value === null) return { tags: [], ignored: [] };
  const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [value];
  const tags = /* @__PURE__ */ new Set();
  const ignored = [];
  for (const item of items) {
    if (item === null || item === void 0) continue;
    if (typeof item === "object") {
      ignored.push(item);
      continue;
    }
    const tag = String(item).trim();
    if (tag) tags.add(tag);
  }
  return { tags: [...tags].sort(compareCodeUnits), ignored };
}

// src/documents/title.ts
import { posix as posix2 } from "node:path";
function titleFromPath(sourcePath) {
  const name2 = posix2.basename(sourcePath.replaceAll("\\", "/"));
  const extension = posix2.extname(name2);
  return (extension ? name2.slice(0, -extension.length) : name2).normalize("NFC");
}

// src/documents/normalize.ts
function normalizeText(text) {
  const withoutBom = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, "\n");
}

// node_modules/hast-util-to-text/lib/index.js
var searchLineFeeds = /\n/g;
var searchTabOrSpaces = /[\t ]+/g;
var whitespaceOnly = /^[\t\n\f\r ]+$/;
var tablePartNames = /* @__PURE__ */ new Set([
  "caption",
  "col",
  "colgroup",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr"
]);
var notRenderedNames = /* @__PURE__ */ new Set([
  // List from: <https://html.spec.whatwg.org/multipage/rendering.html#hidden-elements>
  "datalist",
  "head",
  "noembed",
  "noframes",
  "noscript",
  // Act as if we support scripting.
  "rp",
  "script",
  "style",
  "template",
  "title"
]);
var blockOrCaptionNames = /* @__PURE__ */ new Set([
  "address",
  // Flow content
  "article",
  // Sections and headings
  "aside",
  // Sections and headings
  "blockquote",
  // Flow content
  "body",
  // Page
  "caption",
  // `table-caption`
  "center",
  // Flow content (legacy)
  "dd",
  // Lists
  "dialog",
  // Flow content
  "dir",
  // Lists (legacy)
  "dl",
  // Lists
  "dt",
  // Lists
  "div",
  // Flow content
  "figure",
  // Flow content
  "figcaption",
  // Flow content
  "footer",
  // Flow content
  "form",
  // Flow content
  "h1",
  // Sections and headings
  "h2",
  // Sections and headings
  "h3",
  // Sections and headings
  "h4",
  // Sections and headings
  "h5",
  // Sections and headings
  "h6",
  // Sections and headings
  "header",
  // Flow content
  "hgroup",
  // Sections and headings
  "hr",
  // Flow content
  "html",
  // Page
  "legend",
  // Flow content
  "li",
  // Lists (as `display: list-item`)
  "listing",
  // Flow content (legacy)
  "main",
  // Flow content
  "menu",
  // Lists
  "nav",
  // Sections and headings
  "ol",
  // Lists
  "p",
  // Flow content
  "plaintext",
  // Flow content (legacy)
  "pre",
  // Flow content
  "section",
  // Sections and headings
  "ul",
  // Lists
  "xmp"
  // Flow content (legacy)
]);
function toText(tree, options2) {
  const options_ = options2 || {};
  const children = "children" in tree ? tree.children : [];
  let block = false;
  let inTable = false;
  if (tree.type === "element") {
    block = blockOrCaptionNames.has(tree.tagName);
    inTable = tree.tagName === "table" || rowGroup(tree);
  }
  const whitespace3 = inferWhitespace(tree, {
    breakAfter: false,
    breakBefore: false,
    whitespace: options_.whitespace || "normal"
  });
  const results = [];
  if (tree.type === "text" || tree.type === "comment") {
    append(
      results,
      collectText(tree, {
        breakAfter: true,
        breakBefore: true,
        whitespace: whitespace3
      })
    );
  }
  let index = -1;
  while (++index < children.length) {
    const next = children[index + 1];
    const breakAfter = next ? next.type === "element" && next.tagName === "br" : block;
    const breakBefore = index ? void 0 : block;
    append(
      results,
      renderedTextCollection(
        children[index],
        index,
        /** @type {Parents} */
        tree,
        {
          breakAfter,
          breakBefore,
          rowAfter: inTable ? inferRowAfter(tree, index, void 0) : void 0,
          whitespace: whitespace3
        }
      )
    );
  }
  const result = [];
  let count2;
  index = -1;
  while (++index < results.length) {
    const value = results[index];
    if (typeof value === "number") {
      if (count2 !== void 0 && value > count2) count2 = value;
    } else if (value) {
      if (count2 !== void 0 && count2 > -1) {
        result.push("\n".repeat(count2) || " ");
      }
      count2 = -1;
      result.push(value);
    }
  }
  return result.join("");
}
function renderedTextCollection(node, index, parent, info) {
  if (node.type === "element") {
    return collectElement(node, index, parent, info);
  }
  if (node.type === "text") {
    if (whitespaceOnly.test(node.value) && parent.type === "element" && (parent.tagName === "table" || parent.tagName === "tr" || rowGroup(parent))) {
      const before = parent.children[index - 1];
      const after2 = parent.children[index + 1];
      if ((!before || before.type === "element" && tablePartNames.has(before.tagName)) && (!after2 || after2.type === "element" && tablePartNames.has(after2.tagName))) {
        return [];
      }
    }
    return info.whitespace === "normal" ? collectText(node, info) : collectPreText(node);
  }
  return [];
}
function collectElement(node, position, parent, info) {
  const whitespace3 = inferWhitespace(node, info);
  const children = node.children || [];
  const inTable = node.tagName === "table" || rowGroup(node);
  let index = -1;
  const items = [];
  if (notRenderedNames.has(node.tagName) || // Hidden attribute.
  node.properties?.hidden || // From: <https://html.spec.whatwg.org/multipage/rendering.html#flow-content-3>
  node.tagName === "dialog" && !node.properties?.open) {
    return items;
  }
  let prefix;
  let suffix;
  if (node.tagName === "br") {
    suffix = "\n";
  } else if (row(node) && (info.rowAfter || after(parent, position, row))) {
    suffix = "\n";
  } else if (node.tagName === "p") {
    prefix = 2;
    suffix = 2;
  } else if (blockOrCaptionNames.has(node.tagName)) {
    prefix = 1;
    suffix = 1;
  }
  while (++index < children.length) {
    const next = children[index + 1];
    const breakAfter = next ? next.type === "element" && next.tagName === "br" : suffix;
    const breakBefore = index ? void 0 : prefix;
    append(
      items,
      renderedTextCollection(children[index], index, node, {
        breakAfter,
        breakBefore,
        rowAfter: inTable ? inferRowAfter(node, index, info.rowAfter) : void 0,
        whitespace: whitespace3
      })
    );
  }
  if (cell(node) && after(parent, position, cell)) {
    items.push("	");
  }
  if (prefix) items.unshift(prefix);
  if (suffix) items.push(suffix);
  return items;
}
function collectText(node, info) {
  const value = String(node.value);
  const lines = [];
  const result = [];
  let start = 0;
  while (start <= value.length) {
    searchLineFeeds.lastIndex = start;
    const match = searchLineFeeds.exec(value);
    const end = match && "index" in match ? match.index : value.length;
    lines.push(
      // Any sequence of collapsible spaces and tabs immediately preceding or
      // following a segment break is removed.
      trimAndCollapseSpacesAndTabs(
        // […] ignoring bidi formatting characters (characters with the
        // Bidi_Control property [UAX9]: ALM, LTR, RTL, LRE-RLO, LRI-PDI) as if
        // they were not there.
        value.slice(start, end).replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ""),
        start === 0 ? info.breakBefore : true,
        end === value.length ? info.breakAfter : true
      )
    );
    start = end + 1;
  }
  let index = -1;
  let join2;
  while (++index < lines.length) {
    if (lines[index].charCodeAt(lines[index].length - 1) === 8203 || index < lines.length - 1 && lines[index + 1].charCodeAt(0) === 8203) {
      result.push(lines[index]);
      join2 = void 0;
    } else if (lines[index]) {
      if (typeof join2 === "number") result.push(join2);
      result.push(lines[index]);
      join2 = 0;
    } else if (index === 0 || index === lines.length - 1) {
      result.push(0);
    }
  }
  return result;
}
function collectPreText(node) {
  return [String(node.value)];
}
function trimAndCollapseSpacesAndTabs(value, breakBefore, breakAfter) {
  const result = [];
  let start = 0;
  let end;
  while (start < value.length) {
    searchTabOrSpaces.lastIndex = start;
    const match = searchTabOrSpaces.exec(value);
    end = match ? match.index : value.length;
    if (!start && !end && match && !breakBefore) {
      result.push("");
    }
    if (start !== end) {
      result.push(value.slice(start, end));
    }
    start = match ? end + match[0].length : end;
  }
  if (start !== end && !breakAfter) {
    result.push("");
  }
  return result.join(" ");
}
function inferWhitespace(node, info) {
  if (node.type === "element") {
    switch (node.tagName) {
      case "listing":
      case "plaintext":
      case "xmp": {
        return "pre";
      }
      case "nobr": {
        return "nowrap";
      }
      case "pre": {
        return node.properties?.wrap ? "pre-wrap" : "pre";
      }
      case "td":
      case "th": {
        return node.properties?.noWrap ? "nowrap" : info.whitespace;
      }
      case "textarea": {
        return "pre-wrap";
      }
      default:
    }
  }
  return info.whitespace;
}
function inferRowAfter(parent, index, rowAfter) {
  return parent.type === "element" && parent.tagName === "table" ? after(parent, index, rowOrRowGroupWithRow) : rowAfter;
}
function after(parent, index, test2) {
  while (++index < parent.children.length) {
    const child = parent.children[index];
    if (child.type === "element" && test2(child)) return true;
  }
  return false;
}
function append(list2, items) {
  let index = -1;
  while (++index < items.length) {
    list2.push(items[index]);
  }
}
function cell(node) {
  return node.tagName === "td" || node.tagName === "th";
}
function rowGroup(node) {
  return node.tagName === "tbody" || node.tagName === "tfoot" || node.tagName === "thead";
}
function rowOrRowGroupWithRow(node) {
  if (row(node)) return true;
  if (rowGroup(node)) {
    let index = -1;
    while (++index < node.children.length) {
      const child = node.children[index];
      if (child.type === "element" && row(child)) return true;
    }
  }
  return false;
}
function row(node) {
  return node.tagName === "tr";
}

// node_modules/hast-util-to-string/lib/index.js
function toString(node) {
  if ("children" in node) {
    return all(node);
  }
  return "value" in node ? node.value : "";
}
function one(node) {
  if (node.type === "text") {
    return node.value;
  }
  return "children" in node ? all(node) : "";
}
function all(node) {
  let index = -1;
  const result = [];
  while (++index < node.children.length) {
    result[index] = one(node.children[index]);
  }
  return result.join("");
}

// src/documents/html/tree.ts
function rewriteTree(parent, rewrites) {
  const children = parent.children;
  let kept;
  children.forEach((child, index) => {
    const expanded = expand(child, rewrites);
    if (kept === void 0 && expanded !== child) kept = children.slice(0, index);
    if (kept === void 0) return;
    if (Array.isArray(expanded)) kept.push(...expanded);
    else kept.push(expanded);
  });
  if (kept !== void 0) parent.children = kept;
}
function expand(node, rewrites) {
  if (node.type === "comment" || rewrites.drop.has(node)) return [];
  if (node.type !== "element") return node;
  const replacement = rewrites.replace.get(node);
  if (replacement) return replacement.flatMap((inner) => inner === node ? [] : expand(inner, rewrites));
  rewriteTree(node, rewrites);
  return node;
}
function walkElements(root2, visit2, ancestors = []) {
  for (const child of root2.children) {
    if (child.type !== "element") continue;
    if (visit2(child, ancestors) === false) continue;
    ancestors.push(child);
    walkElements(child, visit2, ancestors);
    ancestors.pop();
  }
}
function classesOf(element) {
  const value = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}
function attributeOf(element, name2) {
  const value = element.properties[name2];
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.join(" ");
  return void 0;
}
var INVISIBLE = /[\u200B\u2060\uFEFF]/g;
function visibleText(node) {
  return toString(node).replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

// src/documents/html/code-lines.ts
var LINE_STRUCTURES = [
  // prism-react-renderer (Docusaurus): `<span|div class="token-line">…<br></span|div>`; as a
  // block `div` (Docusaurus 3.10) the `<br>` would add a second line break.
  { highlighter: "prism (Docusaurus)", lineClass: "token-line" },
  // Expressive Code (Starlight): `<div class="ec-line"><div class="code">…</div></div>`; an
  // empty line holds a lone "\n".
  { highlighter: "expressive-code (Starlight)", lineClass: "ec-line" },
  // Shiki (VitePress) `<span class="line">…</span>\n`, Chroma (Hugo) `<span class="line"><span class="cl">…\n</span></span>`.
  { highlighter: "shiki (VitePress), chroma (Hugo)", lineClass: "line" }
];
var CODE_GUTTER_CLASSES = /* @__PURE__ */ new Set([
  "linenos",
  "lineno",
  "linenodiv",
  "ln",
  "lnt",
  "gutter",
  "line-number",
  "line-numbers-rows",
  "codeLineNumber"
]);
function isGutter(element) {
  return classesOf(element).some((name2) => CODE_GUTTER_CLASSES.has(name2) || CODE_GUTTER_CLASSES.has(name2.replace(/_[\w-]+$/, "")));
}
function codeTextOf(pre) {
  const lines = lineElements(pre);
  const text = lines ? lines.map(lineText).join("\n") : toText(withoutGutters(pre), { whitespace: "pre" });
  return text.replace(/\n+$/, "");
}
function lineElements(pre) {
  const present = /* @__PURE__ */ new Map();
  collectLines(pre, present);
  for (const { lineClass } of LINE_STRUCTURES) {
    const lines = present.get(lineClass);
    if (lines) return lines;
  }
  return void 0;
}
var LINE_CLASSES = new Set(LINE_STRUCTURES.map((s) => s.lineClass));
function collectLines(parent, found) {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    const lineClass = classesOf(child).find((name2) => LINE_CLASSES.has(name2));
    if (lineClass === void 0) collectLines(child, found);
    else found.set(lineClass, [...found.get(lineClass) ?? [], child]);
  }
}
function lineText(line) {
  let text = "";
  const visit2 = (nodes) => {
    for (const node of nodes) {
      if (node.type === "text") text += node.value;
      else if (node.type === "element" && node.tagName !== "br" && !isGutter(node)) visit2(node.children);
    }
  };
  visit2(line.children);
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}
function withoutGutters(element) {
  const children = element.children.flatMap(
    (child) => child.type !== "element" ? [child] : isGutter(child) ? [] : [withoutGutters(child)]
  );
  return { ...element, children };
}

// src/documents/html/code.ts
var LANGUAGE_CLASS = /^(?:language|lang)-(.+)$/;
var WRAPPER_DEPTH = 3;
function normalizeCodeBlocks(root2, titles = /* @__PURE__ */ new Map()) {
  const used = /* @__PURE__ */ new Set();
  walkElements(root2, (element, ancestors) => {
    if (element.tagName !== "pre") return true;
    const language = languageOf(element, ancestors);
    const title = titles.size > 0 ? titleNear(ancestors.slice(-WRAPPER_DEPTH).reverse(), titles, used) : void 0;
    const code = {
      type: "element",
      tagName: "code",
      properties: language ? { className: [`language-${language}`] } : {},
      children: [{ type: "text", value: codeTextOf(element) }]
    };
    element.properties = title ? { title } : {};
    element.children = [code];
    return false;
  });
  if (used.size > 0) removeElements(root2, used);
}
function titleNear(wrappers, titles, used) {
  for (const wrapper of wrappers) {
    let found;
    walkElements(wrapper, (element) => {
      if (found || element.tagName === "pre") return false;
      if (titles.has(element) && !used.has(element)) found = element;
      return found === void 0;
    });
    if (found) {
      used.add(found);
      return titles.get(found) || void 0;
    }
  }
  return void 0;
}
function removeElements(root2, elements) {
  root2.children = root2.children.filter((child) => child.type !== "element" || !elements.has(child));
  for (const child of root2.children) if (child.type === "element") removeElements(child, elements);
}
function languageOf(pre, ancestors) {
  const code = pre.children.find((c) => c.type === "element" && c.tagName === "code");
  for (const element of code ? [code, pre] : [pre]) {
    const found = languageFromClasses(element) ?? attributeOf(element, "dataLanguage") ?? attributeOf(element, "dataLang");
    if (found) return found;
  }
  for (const ancestor of ancestors.slice(-WRAPPER_DEPTH).reverse()) {
    const found = languageFromClasses(ancestor);
    if (found) return found;
  }
  return void 0;
}
function languageFromClasses(element) {
  for (const name2 of classesOf(element)) {
    const match = LANGUAGE_CLASS.exec(name2);
    if (match) return match[1];
  }
  return void 0;
}

// node_modules/css-selector-parser/dist/mjs/indexes.js
var emptyMulticharIndex = {};
var emptyRegularIndex = {};
function extendIndex(item, index) {
  var currentIndex = index;
  for (var pos = 0; pos < item.length; pos++) {
    var isLast = pos === item.length - 1;
    var char = item.charAt(pos);
    var charIndex = currentIndex[char] || (currentIndex[char] = { chars: {} });
    if (isLast) {
      charIndex.self = item;
    }
    currentIndex = charIndex.chars;
  }
}
function createMulticharIndex(items) {
  if (items.length === 0) {
    return emptyMulticharIndex;
  }
  var index = {};
  for (var _i = 0, items_1 = items; _i < items_1.length; _i++) {
    var item = items_1[_i];
    extendIndex(item, index);
  }
  return index;
}
function createRegularIndex(items) {
  if (items.length === 0) {
    return emptyRegularIndex;
  }
  var result = {};
  for (var _i = 0, items_2 = items; _i < items_2.length; _i++) {
    var item = items_2[_i];
    result[item] = true;
  }
  return result;
}

// node_modules/css-selector-parser/dist/mjs/pseudo-signatures.js
var emptyPseudoSignatures = {};
var defaultPseudoSignature = {
  type: "String",
  optional: true
};
function calculatePseudoSignature(types) {
  var result = {
    type: "NoArgument",
    optional: false
  };
  function setResultType(type2) {
    if (result.type && result.type !== type2 && result.type !== "NoArgument") {
      throw new Error('Conflicting pseudo-class argument type: "'.concat(result.type, '" vs "').concat(type2, '".'));
    }
    result.type = type2;
  }
  for (var _i = 0, types_1 = types; _i < types_1.length; _i++) {
    var type = types_1[_i];
    if (type === "NoArgument") {
      result.optional = true;
    }
    if (type === "Formula") {
      setResultType("Formula");
    }
    if (type === "FormulaOfSelector") {
      setResultType("Formula");
      result.ofSelector = true;
    }
    if (type === "String") {
      setResultType("String");
    }
    if (type === "Selector") {
      setResultType("Selector");
    }
  }
  return result;
}
function inverseCategories(obj) {
  var result = {};
  for (var _i = 0, _a = Object.keys(obj); _i < _a.length; _i++) {
    var category = _a[_i];
    var items = obj[category];
    if (items) {
      for (var _b = 0, _c = items; _b < _c.length; _b++) {
        var item = _c[_b];
        (result[item] || (result[item] = [])).push(category);
      }
    }
  }
  return result;
}
function calculatePseudoSignatures(definitions) {
  var pseudoClassesToArgumentTypes = inverseCategories(definitions);
  var result = {};
  for (var _i = 0, _a = Object.keys(pseudoClassesToArgumentTypes); _i < _a.length; _i++) {
    var pseudoClass = _a[_i];
    var argumentTypes = pseudoClassesToArgumentTypes[pseudoClass];
    if (argumentTypes) {
      result[pseudoClass] = calculatePseudoSignature(argumentTypes);
    }
  }
  return result;
}

// node_modules/css-selector-parser/dist/mjs/syntax-definitions.js
var __assign = function() {
  __assign = Object.assign || function(t) {
    for (var s, i = 1, n = arguments.length; i < n; i++) {
      s = arguments[i];
      for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
        t[p] = s[p];
    }
    return t;
  };
  return __assign.apply(this, arguments);
};
var emptyXmlOptions = {};
var defaultXmlOptions = { wildcard: true };
function getXmlOptions(param) {
  if (param) {
    if (typeof param === "boolean") {
      return defaultXmlOptions;
    } else {
      return param;
    }
  } else {
    return emptyXmlOptions;
  }
}
function withMigration(migration, merge) {
  return function(base, extension) {
    return merge(migration(base), migration(extension));
  };
}
function withNoNegative(merge) {
  return function(base, extension) {
    var result = merge(base, extension);
    if (!result) {
      throw new Error("Syntax definition cannot be null or undefined.");
    }
    return result;
  };
}
function withPositive(positive, merge) {
  return function(base, extension) {
    if (extension === true) {
      return positive;
    }
    return merge(base === true ? positive : base, extension);
  };
}
function mergeSection(values) {
  return function(base, extension) {
    if (!extension || !base) {
      return extension;
    }
    if (typeof extension !== "object" || extension === null) {
      throw new Error("Unexpected syntax definition extension type: ".concat(extension, "."));
    }
    var result = __assign({}, base);
    for (var _i = 0, _a = Object.entries(extension); _i < _a.length; _i++) {
      var _b = _a[_i], key = _b[0], value = _b[1];
      if (key === "latest") {
        continue;
      }
      var mergeSchema = values[key];
      result[key] = mergeSchema(base[key], value);
    }
    return result;
  };
}
function replaceValueIfSpecified(base, extension) {
  if (extension !== void 0) {
    return extension;
  }
  return base;
}
function concatArray(base, extension) {
  if (!extension) {
    return base;
  }
  if (!base) {
    return extension;
  }
  return base.concat(extension);
}
function mergeDefinitions(base, extension) {
  if (!extension) {
    return base;
  }
  if (!base) {
    return extension;
  }
  var result = __assign({}, base);
  for (var _i = 0, _a = Object.entries(extension); _i < _a.length; _i++) {
    var _b = _a[_i], key = _b[0], value = _b[1];
    if (!value) {
      delete result[key];
      continue;
    }
    var baseValue = base[key];
    if (!baseValue) {
      result[key] = value;
      continue;
    }
    result[key] = baseValue.concat(value);
  }
  return result;
}
var extendSyntaxDefinition = withNoNegative(mergeSection({
  baseSyntax: replaceValueIfSpecified,
  modules: concatArray,
  tag: withPositive(defaultXmlOptions, mergeSection({
    wildcard: replaceValueIfSpecified
  })),
  ids: replaceValueIfSpecified,
  classNames: replaceValueIfSpecified,
  nestingSelector: replaceValueIfSpecified,
  namespace: withPositive(defaultXmlOptions, mergeSection({
    wildcard: replaceValueIfSpecified
  })),
  combinators: concatArray,
  attributes: mergeSection({
    operators: concatArray,
    caseSensitivityModifiers: concatArray,
    unknownCaseSensitivityModifiers: replaceValueIfSpecified
  }),
  pseudoClasses: mergeSection({
    unknown: replaceValueIfSpecified,
    definitions: mergeDefinitions
  }),
  pseudoElements: mergeSection({
    unknown: replaceValueIfSpecified,
    notation: replaceValueIfSpecified,
    definitions: withMigration(function(definitions) {
      return Array.isArray(definitions) ? { NoArgument: definitions } : definitions;
    }, mergeDefinitions)
  })
}));
var css1SyntaxDefinition = {
  tag: {},
  ids: true,
  classNames: true,
  combinators: [],
  pseudoElements: {
    unknown: "reject",
    notation: "singleColon",
    definitions: ["first-letter", "first-line"]
  },
  pseudoClasses: {
    unknown: "reject",
    definitions: {
      NoArgument: ["link", "visited", "active"]
    }
  }
};
var css2SyntaxDefinition = extendSyntaxDefinition(css1SyntaxDefinition, {
  tag: { wildcard: true },
  combinators: [">", "+"],
  attributes: {
    unknownCaseSensitivityModifiers: "reject",
    operators: ["=", "~=", "|="]
  },
  pseudoElements: {
    definitions: ["before", "after"]
  },
  pseudoClasses: {
    unknown: "reject",
    definitions: {
      NoArgument: ["hover", "focus", "first-child"],
      String: ["lang"]
    }
  }
});
var selectors3SyntaxDefinition = extendSyntaxDefinition(css2SyntaxDefinition, {
  namespace: {
    wildcard: true
  },
  combinators: ["~"],
  attributes: {
    operators: ["^=", "$=", "*="]
  },
  pseudoElements: {
    notation: "both"
  },
  pseudoClasses: {
    definitions: {
      NoArgument: [
        "root",
        "last-child",
        "first-of-type",
        "last-of-type",
        "only-child",
        "only-of-type",
        "empty",
        "target",
        "enabled",
        "disabled",
        "checked",
        "indeterminate"
      ],
      Formula: ["nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type"],
      Selector: ["not"]
    }
  }
});
var selectors4SyntaxDefinition = extendSyntaxDefinition(selectors3SyntaxDefinition, {
  combinators: ["||"],
  attributes: {
    caseSensitivityModifiers: ["i", "I", "s", "S"]
  },
  pseudoClasses: {
    definitions: {
      NoArgument: [
        "any-link",
        "local-link",
        "target-within",
        "scope",
        "current",
        "past",
        "future",
        "focus-within",
        "focus-visible",
        "read-write",
        "read-only",
        "placeholder-shown",
        "default",
        "valid",
        "invalid",
        "in-range",
        "out-of-range",
        "required",
        "optional",
        "blank",
        "user-invalid",
        "playing",
        "paused",
        "autofill",
        "modal",
        "fullscreen",
        "picture-in-picture",
        "defined",
        "loading",
        "popover-open"
      ],
      Formula: ["nth-col", "nth-last-col"],
      String: ["dir"],
      FormulaOfSelector: ["nth-child", "nth-last-child"],
      Selector: ["current", "is", "where", "has", "state"]
    }
  },
  pseudoElements: {
    definitions: {
      NoArgument: ["marker"]
    }
  }
});
var cssModules = {
  "css-position-1": {
    latest: false,
    pseudoClasses: {
      definitions: {
        NoArgument: ["static", "relative", "absolute"]
      }
    }
  },
  "css-position-2": {
    latest: false,
    pseudoClasses: {
      definitions: {
        NoArgument: ["static", "relative", "absolute", "fixed"]
      }
    }
  },
  "css-position-3": {
    latest: false,
    pseudoClasses: {
      definitions: {
        NoArgument: ["sticky", "fixed", "absolute", "relative", "static"]
      }
    }
  },
  "css-position-4": {
    latest: true,
    pseudoClasses: {
      definitions: {
        NoArgument: ["sticky", "fixed", "absolute", "relative", "static", "initial"]
      }
    }
  },
  "css-scoping-1": {
    latest: true,
    pseudoClasses: {
      definitions: {
        NoArgument: ["host", "host-context"],
        Selector: ["host", "host-context"]
      }
    },
    pseudoElements: {
      definitions: {
        Selector: ["slotted"]
      }
    }
  },
  "css-pseudo-4": {
    latest: true,
    pseudoElements: {
      definitions: {
        NoArgument: [
          "marker",
          "selection",
          "target-text",
          "search-text",
          "spelling-error",
          "grammar-error",
          "backdrop",
          "file-selector-button",
          "prefix",
          "postfix",
          "placeholder",
          "details-content"
        ],
        String: ["highlight"]
      }
    }
  },
  "css-shadow-parts-1": {
    latest: true,
    pseudoElements: {
      definitions: {
        String: ["part"]
      }
    }
  },
  "css-nesting-1": {
    latest: true,
    nestingSelector: true
  }
};
var latestSyntaxDefinition = __assign(__assign({}, selectors4SyntaxDefinition), { modules: Object.entries(cssModules).filter(function(_a) {
  var latest = _a[1].latest;
  return latest;
}).map(function(_a) {
  var name2 = _a[0];
  return name2;
}) });
var progressiveSyntaxDefinition = extendSyntaxDefinition(latestSyntaxDefinition, {
  pseudoElements: {
    unknown: "accept"
  },
  pseudoClasses: {
    unknown: "accept"
  },
  attributes: {
    unknownCaseSensitivityModifiers: "accept"
  }
});
var cssSyntaxDefinitions = {
  css1: css1SyntaxDefinition,
  css2: css2SyntaxDefinition,
  css3: selectors3SyntaxDefinition,
  "selectors-3": selectors3SyntaxDefinition,
  "selectors-4": selectors4SyntaxDefinition,
  latest: latestSyntaxDefinition,
  progressive: progressiveSyntaxDefinition
};
function buildPseudoLocationIndex() {
  var index = {
    pseudoClasses: {},
    pseudoElements: {}
  };
  var cssLevels = ["css1", "css2", "css3", "selectors-3", "selectors-4"];
  for (var _i = 0, cssLevels_1 = cssLevels; _i < cssLevels_1.length; _i++) {
    var level = cssLevels_1[_i];
    var syntax = cssSyntaxDefinitions[level];
    if (syntax.pseudoClasses && typeof syntax.pseudoClasses === "object") {
      var definitions = syntax.pseudoClasses.definitions;
      if (definitions) {
        for (var _a = 0, _b = Object.entries(definitions); _a < _b.length; _a++) {
          var _c = _b[_a], names = _c[1];
          for (var _d = 0, names_1 = names; _d < names_1.length; _d++) {
            var name_1 = names_1[_d];
            if (!index.pseudoClasses[name_1]) {
              index.pseudoClasses[name_1] = [];
            }
            if (!index.pseudoClasses[name_1].includes(level)) {
              index.pseudoClasses[name_1].push(level);
            }
          }
        }
      }
    }
    if (syntax.pseudoElements && typeof syntax.pseudoElements === "object") {
      var definitions = syntax.pseudoElements.definitions;
      if (definitions) {
        if (Array.isArray(definitions)) {
          for (var _e = 0, definitions_1 = definitions; _e < definitions_1.length; _e++) {
            var name_2 = definitions_1[_e];
            if (!index.pseudoElements[name_2]) {
              index.pseudoElements[name_2] = [];
            }
            if (!index.pseudoElements[name_2].includes(level)) {
              index.pseudoElements[name_2].push(level);
            }
          }
        } else {
          for (var _f = 0, _g = Object.values(definitions); _f < _g.length; _f++) {
            var names = _g[_f];
            for (var _h = 0, names_2 = names; _h < names_2.length; _h++) {
              var name_3 = names_2[_h];
              if (!index.pseudoElements[name_3]) {
                index.pseudoElements[name_3] = [];
              }
              if (!index.pseudoElements[name_3].includes(level)) {
                index.pseudoElements[name_3].push(level);
              }
            }
          }
        }
      }
    }
  }
  for (var _j = 0, _k = Object.entries(cssModules); _j < _k.length; _j++) {
    var _l = _k[_j], moduleName = _l[0], moduleSyntax = _l[1];
    if (moduleSyntax.pseudoClasses && typeof moduleSyntax.pseudoClasses === "object") {
      var definitions = moduleSyntax.pseudoClasses.definitions;
      if (definitions) {
        for (var _m = 0, _o = Object.values(definitions); _m < _o.length; _m++) {
          var names = _o[_m];
          for (var _p = 0, names_3 = names; _p < names_3.length; _p++) {
            var name_4 = names_3[_p];
            if (!index.pseudoClasses[name_4]) {
              index.pseudoClasses[name_4] = [];
            }
            if (!index.pseudoClasses[name_4].includes(moduleName)) {
              index.pseudoClasses[name_4].push(moduleName);
            }
          }
        }
      }
    }
    if (moduleSyntax.pseudoElements && typeof moduleSyntax.pseudoElements === "object") {
      var definitions = moduleSyntax.pseudoElements.definitions;
      if (definitions) {
        if (Array.isArray(definitions)) {
          for (var _q = 0, definitions_2 = definitions; _q < definitions_2.length; _q++) {
            var name_5 = definitions_2[_q];
            if (!index.pseudoElements[name_5]) {
              index.pseudoElements[name_5] = [];
            }
            if (!index.pseudoElements[name_5].includes(moduleName)) {
              index.pseudoElements[name_5].push(moduleName);
            }
          }
        } else {
          for (var _r = 0, _s = Object.values(definitions); _r < _s.length; _r++) {
            var names = _s[_r];
            for (var _t = 0, names_4 = names; _t < names_4.length; _t++) {
              var name_6 = names_4[_t];
              if (!index.pseudoElements[name_6]) {
                index.pseudoElements[name_6] = [];
              }
              if (!index.pseudoElements[name_6].includes(moduleName)) {
                index.pseudoElements[name_6].push(moduleName);
              }
            }
          }
        }
      }
    }
  }
  return index;
}
var pseudoLocationIndex = buildPseudoLocationIndex();

// node_modules/css-selector-parser/dist/mjs/utils.js
function isIdentStart(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "-" || c === "_" || c === "\\" || c >= "\xA0";
}
function isIdent(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === "-" || c === "_" || c >= "\xA0";
}
function isHex(c) {
  return c >= "a" && c <= "f" || c >= "A" && c <= "F" || c >= "0" && c <= "9";
}
var whitespaceChars = {
  " ": true,
  "	": true,
  "\n": true,
  "\r": true,
  "\f": true
};
var quoteChars = {
  '"': true,
  "'": true
};
var digitsChars = {
  0: true,
  1: true,
  2: true,
  3: true,
  4: true,
  5: true,
  6: true,
  7: true,
  8: true,
  9: true
};
var maxHexLength = 6;

// node_modules/css-selector-parser/dist/mjs/parser.js
var errorPrefix = "css-selector-parser parse error: ";
function createParser(options2) {
  if (options2 === void 0) {
    options2 = {};
  }
  var _a = options2.syntax, syntax = _a === void 0 ? "latest" : _a, substitutes = options2.substitutes, _b = options2.strict, strict = _b === void 0 ? true : _b, modules = options2.modules;
  var syntaxDefinition = typeof syntax === "object" ? syntax : cssSyntaxDefinitions[syntax];
  if (syntaxDefinition.baseSyntax) {
    syntaxDefinition = extendSyntaxDefinition(cssSyntaxDefinitions[syntaxDefinition.baseSyntax], syntaxDefinition);
  }
  if (syntaxDefinition.modules && syntaxDefinition.modules.length > 0) {
    for (var _i = 0, _c = syntaxDefinition.modules; _i < _c.length; _i++) {
      var module_1 = _c[_i];
      var moduleSyntax = cssModules[module_1];
      if (moduleSyntax) {
        syntaxDefinition = extendSyntaxDefinition(moduleSyntax, syntaxDefinition);
      }
    }
  }
  if (modules && modules.length > 0) {
    for (var _d = 0, modules_1 = modules; _d < modules_1.length; _d++) {
      var module_2 = modules_1[_d];
      var moduleSyntax = cssModules[module_2];
      if (moduleSyntax) {
        syntaxDefinition = extendSyntaxDefinition(moduleSyntax, syntaxDefinition);
      }
    }
  }
  var _e = syntaxDefinition.tag ? [true, Boolean(getXmlOptions(syntaxDefinition.tag).wildcard)] : [false, false], tagNameEnabled = _e[0], tagNameWildcardEnabled = _e[1];
  var idEnabled = Boolean(syntaxDefinition.ids);
  var classNamesEnabled = Boolean(syntaxDefinition.classNames);
  var nestingSelectorEnabled = Boolean(syntaxDefinition.nestingSelector);
  var namespaceEnabled = Boolean(syntaxDefinition.namespace);
  var namespaceWildcardEnabled = syntaxDefinition.namespace && (syntaxDefinition.namespace === true || syntaxDefinition.namespace.wildcard === true);
  if (namespaceEnabled && !tagNameEnabled) {
    throw new Error("".concat(errorPrefix, "Namespaces cannot be enabled while tags are disabled."));
  }
  var substitutesEnabled = Boolean(substitutes);
  var combinatorsIndex = syntaxDefinition.combinators ? createMulticharIndex(syntaxDefinition.combinators) : emptyMulticharIndex;
  var _f = syntaxDefinition.attributes ? [
    true,
    syntaxDefinition.attributes.operators ? createMulticharIndex(syntaxDefinition.attributes.operators) : emptyMulticharIndex,
    syntaxDefinition.attributes.caseSensitivityModifiers ? createRegularIndex(syntaxDefinition.attributes.caseSensitivityModifiers) : emptyRegularIndex,
    syntaxDefinition.attributes.unknownCaseSensitivityModifiers === "accept"
  ] : [false, emptyMulticharIndex, emptyRegularIndex, false], attributesEnabled = _f[0], attributesOperatorsIndex = _f[1], attributesCaseSensitivityModifiers = _f[2], attributesAcceptUnknownCaseSensitivityModifiers = _f[3];
  var attributesCaseSensitivityModifiersEnabled = attributesAcceptUnknownCaseSensitivityModifiers || Object.keys(attributesCaseSensitivityModifiers).length > 0;
  var _g = syntaxDefinition.pseudoClasses ? [
    true,
    syntaxDefinition.pseudoClasses.definitions ? calculatePseudoSignatures(syntaxDefinition.pseudoClasses.definitions) : emptyPseudoSignatures,
    syntaxDefinition.pseudoClasses.unknown === "accept"
  ] : [false, emptyPseudoSignatures, false], pseudoClassesEnabled = _g[0], pseudoClassesDefinitions = _g[1], pseudoClassesAcceptUnknown = _g[2];
  var _h = syntaxDefinition.pseudoElements ? [
    true,
    syntaxDefinition.pseudoElements.notation === "singleColon" || syntaxDefinition.pseudoElements.notation === "both",
    !syntaxDefinition.pseudoElements.notation || syntaxDefinition.pseudoElements.notation === "doubleColon" || syntaxDefinition.pseudoElements.notation === "both",
    syntaxDefinition.pseudoElements.definitions ? calculatePseudoSignatures(Array.isArray(syntaxDefinition.pseudoElements.definitions) ? { NoArgument: syntaxDefinition.pseudoElements.definitions } : syntaxDefinition.pseudoElements.definitions) : emptyPseudoSignatures,
    syntaxDefinition.pseudoElements.unknown === "accept"
  ] : [false, false, false, emptyPseudoSignatures, false], pseudoElementsEnabled = _h[0], pseudoElementsSingleColonNotationEnabled = _h[1], pseudoElementsDoubleColonNotationEnabled = _h[2], pseudoElementsDefinitions = _h[3], pseudoElementsAcceptUnknown = _h[4];
  var str2 = "";
  var l = str2.length;
  var pos = 0;
  var chr = "";
  var is2 = function(comparison) {
    return chr === comparison;
  };
  var isTagStart = function() {
    return is2("*") || isIdentStart(chr);
  };
  var rewind = function(newPos) {
    pos = newPos;
    chr = str2.charAt(pos);
  };
  var next = function() {
    pos++;
    chr = str2.charAt(pos);
  };
  var readAndNext = function() {
    var current = chr;
    pos++;
    chr = str2.charAt(pos);
    return current;
  };
  function fail(errorMessage) {
    var position = Math.min(l - 1, pos);
    var error = new Error("".concat(errorPrefix).concat(errorMessage, " Pos: ").concat(position, "."));
    error.position = position;
    error.name = "ParserError";
    throw error;
  }
  function assert(condition, errorMessage) {
    if (!condition) {
      return fail(errorMessage);
    }
  }
  var assertNonEof = function() {
    assert(pos < l, "Unexpected end of input.");
  };
  var isEof = function() {
    return pos >= l;
  };
  var pass = function(character) {
    assert(pos < l, 'Expected "'.concat(character, '" but end of input reached.'));
    assert(chr === character, 'Expected "'.concat(character, '" but "').concat(chr, '" found.'));
    pos++;
    chr = str2.charAt(pos);
  };
  function matchMulticharIndex(index) {
    var match = matchMulticharIndexPos(index, pos);
    if (match) {
      pos += match.length;
      chr = str2.charAt(pos);
      return match;
    }
  }
  function matchMulticharIndexPos(index, subPos) {
    var char = str2.charAt(subPos);
    var charIndex = index[char];
    if (charIndex) {
      var subMatch = matchMulticharIndexPos(charIndex.chars, subPos + 1);
      if (subMatch) {
        return subMatch;
      }
      if (charIndex.self) {
        return charIndex.self;
      }
    }
  }
  function parseHex() {
    var hex = readAndNext();
    var count2 = 1;
    while (isHex(chr) && count2 < maxHexLength) {
      hex += readAndNext();
      count2++;
    }
    skipSingleWhitespace();
    return String.fromCharCode(parseInt(hex, 16));
  }
  function parseString(quote) {
    var result = "";
    pass(quote);
    while (pos < l) {
      if (is2(quote)) {
        next();
        return result;
      } else if (is2("\\")) {
        next();
        if (is2(quote)) {
          result += quote;
          next();
        } else if (chr === "\n" || chr === "\f") {
          next();
        } else if (chr === "\r") {
          next();
          if (is2("\n")) {
            next();
          }
        } else if (isHex(chr)) {
          result += parseHex();
        } else {
          result += chr;
          next();
        }
      } else {
        result += chr;
        next();
      }
    }
    return result;
  }
  function parseIdentifier() {
    if (!isIdentStart(chr)) {
      return null;
    }
    var result = "";
    while (is2("-")) {
      result += chr;
      next();
    }
    if (result === "-" && !isIdent(chr) && !is2("\\")) {
      fail("Identifiers cannot consist of a single hyphen.");
    }
    if (strict && result.length >= 2) {
      fail("Identifiers cannot start with two hyphens with strict mode on.");
    }
    if (digitsChars[chr]) {
      fail("Identifiers cannot start with hyphens followed by digits.");
    }
    while (pos < l) {
      if (isIdent(chr)) {
        result += readAndNext();
      } else if (is2("\\")) {
        next();
        assertNonEof();
        if (isHex(chr)) {
          result += parseHex();
        } else {
          result += readAndNext();
        }
      } else {
        break;
      }
    }
    return result;
  }
  function parsePseudoClassString() {
    var result = "";
    while (pos < l) {
      if (is2(")")) {
        break;
      } else if (is2("\\")) {
        next();
        if (isEof() && !strict) {
          return (result + "\\").trim();
        }
        assertNonEof();
        if (isHex(chr)) {
          result += parseHex();
        } else {
          result += readAndNext();
        }
      } else {
        result += readAndNext();
      }
    }
    return result.trim();
  }
  function skipSingleWhitespace() {
    if (chr === " " || chr === "	" || chr === "\f" || chr === "\n") {
      next();
      return;
    }
    if (chr === "\r") {
      next();
    }
    if (chr === "\n") {
      next();
    }
  }
  function skipWhitespace() {
    while (whitespaceChars[chr]) {
      next();
    }
  }
  function parseSelector(relative2) {
    if (relative2 === void 0) {
      relative2 = false;
    }
    skipWhitespace();
    var rules = [parseRule(relative2)];
    while (is2(",")) {
      next();
      skipWhitespace();
      rules.push(parseRule(relative2));
    }
    return {
      type: "Selector",
      rules
    };
  }
  function parseAttribute() {
    pass("[");
    skipWhitespace();
    var attr;
    if (is2("|")) {
      assert(namespaceEnabled, "Namespaces are not enabled.");
      next();
      var name_1 = parseIdentifier();
      assert(name_1, "Expected attribute name.");
      attr = {
        type: "Attribute",
        name: name_1,
        namespace: { type: "NoNamespace" }
      };
    } else if (is2("*")) {
      assert(namespaceEnabled, "Namespaces are not enabled.");
      assert(namespaceWildcardEnabled, "Wildcard namespace is not enabled.");
      next();
      pass("|");
      var name_2 = parseIdentifier();
      assert(name_2, "Expected attribute name.");
      attr = {
        type: "Attribute",
        name: name_2,
        namespace: { type: "WildcardNamespace" }
      };
    } else {
      var identifier = parseIdentifier();
      assert(identifier, "Expected attribute name.");
      attr = {
        type: "Attribute",
        name: identifier
      };
      if (is2("|")) {
        var savedPos = pos;
        next();
        if (isIdentStart(chr)) {
          assert(namespaceEnabled, "Namespaces are not enabled.");
          var name_3 = parseIdentifier();
          assert(name_3, "Expected attribute name.");
          attr = {
            type: "Attribute",
            name: name_3,
            namespace: { type: "NamespaceName", name: identifier }
          };
        } else {
          rewind(savedPos);
        }
      }
    }
    assert(attr.name, "Expected attribute name.");
    skipWhitespace();
    if (isEof() && !strict) {
      return attr;
    }
    if (is2("]")) {
      next();
    } else {
      attr.operator = matchMulticharIndex(attributesOperatorsIndex);
      assert(attr.operator, "Expected a valid attribute selector operator.");
      skipWhitespace();
      assertNonEof();
      if (quoteChars[chr]) {
        attr.value = {
          type: "String",
          value: parseString(chr)
        };
      } else if (substitutesEnabled && is2("$")) {
        next();
        var name_4 = parseIdentifier();
        assert(name_4, "Expected substitute name.");
        attr.value = {
          type: "Substitution",
          name: name_4
        };
      } else {
        var value = parseIdentifier();
        assert(value, "Expected attribute value.");
        attr.value = {
          type: "String",
          value
        };
      }
      skipWhitespace();
      if (isEof() && !strict) {
        return attr;
      }
      if (!is2("]")) {
        var caseSensitivityModifier = parseIdentifier();
        assert(caseSensitivityModifier, "Expected end of attribute selector.");
        attr.caseSensitivityModifier = caseSensitivityModifier;
        assert(attributesCaseSensitivityModifiersEnabled, "Attribute case sensitivity modifiers are not enabled.");
        assert(attributesAcceptUnknownCaseSensitivityModifiers || attributesCaseSensitivityModifiers[attr.caseSensitivityModifier], "Unknown attribute case sensitivity modifier.");
        skipWhitespace();
        if (isEof() && !strict) {
          return attr;
        }
      }
      pass("]");
    }
    return attr;
  }
  function parseNumber() {
    var result = "";
    while (digitsChars[chr]) {
      result += readAndNext();
    }
    assert(result !== "", "Formula parse error.");
    return parseInt(result);
  }
  var isNumberStart = function() {
    return is2("-") || is2("+") || digitsChars[chr];
  };
  function parseFormula() {
    if (is2("e") || is2("o")) {
      var ident = parseIdentifier();
      if (ident === "even") {
        skipWhitespace();
        return [2, 0];
      }
      if (ident === "odd") {
        skipWhitespace();
        return [2, 1];
      }
    }
    var firstNumber = null;
    var firstNumberMultiplier = 1;
    if (is2("-")) {
      next();
      firstNumberMultiplier = -1;
    }
    if (isNumberStart()) {
      if (is2("+")) {
        next();
      }
      firstNumber = parseNumber();
      if (!is2("\\") && !is2("n")) {
        return [0, firstNumber * firstNumberMultiplier];
      }
    }
    if (firstNumber === null) {
      firstNumber = 1;
    }
    firstNumber *= firstNumberMultiplier;
    var identifier;
    if (is2("\\")) {
      next();
      if (isHex(chr)) {
        identifier = parseHex();
      } else {
        identifier = readAndNext();
      }
    } else {
      identifier = readAndNext();
    }
    assert(identifier === "n", 'Formula parse error: expected "n".');
    skipWhitespace();
    if (is2("+") || is2("-")) {
      var sign = is2("+") ? 1 : -1;
      next();
      skipWhitespace();
      return [firstNumber, sign * parseNumber()];
    } else {
      return [firstNumber, 0];
    }
  }
  function parsePseudoArgument(pseudoName, type, signature) {
    var argument;
    if (is2("(")) {
      next();
      skipWhitespace();
      if (substitutesEnabled && is2("$")) {
        next();
        var name_5 = parseIdentifier();
        assert(name_5, "Expected substitute name.");
        argument = {
          type: "Substitution",
          name: name_5
        };
      } else if (signature.type === "String") {
        argument = {
          type: "String",
          value: parsePseudoClassString()
        };
        assert(argument.value, "Expected ".concat(type, " argument value."));
      } else if (signature.type === "Selector") {
        argument = parseSelector(true);
      } else if (signature.type === "Formula") {
        var _a2 = parseFormula(), a = _a2[0], b = _a2[1];
        argument = {
          type: "Formula",
          a,
          b
        };
        if (signature.ofSelector) {
          skipWhitespace();
          if (is2("o") || is2("\\")) {
            var ident = parseIdentifier();
            assert(ident === "of", "Formula of selector parse error.");
            skipWhitespace();
            argument = {
              type: "FormulaOfSelector",
              a,
              b,
              selector: parseRule()
            };
          }
        }
      } else {
        return fail("Invalid ".concat(type, " signature."));
      }
      skipWhitespace();
      if (isEof() && !strict) {
        return argument;
      }
      pass(")");
    } else {
      assert(signature.optional, "Argument is required for ".concat(type, ' "').concat(pseudoName, '".'));
    }
    return argument;
  }
  function parseTagName() {
    if (is2("*")) {
      assert(tagNameWildcardEnabled, "Wildcard tag name is not enabled.");
      next();
      return { type: "WildcardTag" };
    } else if (isIdentStart(chr)) {
      assert(tagNameEnabled, "Tag names are not enabled.");
      var name_6 = parseIdentifier();
      assert(name_6, "Expected tag name.");
      return {
        type: "TagName",
        name: name_6
      };
    } else {
      return fail("Expected tag name.");
    }
  }
  function parseTagNameWithNamespace() {
    if (is2("*")) {
      var savedPos = pos;
      next();
      if (!is2("|")) {
        rewind(savedPos);
        return parseTagName();
      }
      next();
      if (!isTagStart()) {
        rewind(savedPos);
        return parseTagName();
      }
      assert(namespaceEnabled, "Namespaces are not enabled.");
      assert(namespaceWildcardEnabled, "Wildcard namespace is not enabled.");
      var tagName = parseTagName();
      tagName.namespace = { type: "WildcardNamespace" };
      return tagName;
    } else if (is2("|")) {
      assert(namespaceEnabled, "Namespaces are not enabled.");
      next();
      var tagName = parseTagName();
      tagName.namespace = { type: "NoNamespace" };
      return tagName;
    } else if (isIdentStart(chr)) {
      var identifier = parseIdentifier();
      assert(identifier, "Expected tag name.");
      if (!is2("|")) {
        assert(tagNameEnabled, "Tag names are not enabled.");
        return {
          type: "TagName",
          name: identifier
        };
      }
      var savedPos = pos;
      next();
      if (!isTagStart()) {
        rewind(savedPos);
        return {
          type: "TagName",
          name: identifier
        };
      }
      assert(namespaceEnabled, "Namespaces are not enabled.");
      var tagName = parseTagName();
      tagName.namespace = { type: "NamespaceName", name: identifier };
      return tagName;
    } else {
      return fail("Expected tag name.");
    }
  }
  function parseRule(relative2) {
    var _a2, _b2;
    if (relative2 === void 0) {
      relative2 = false;
    }
    var rule = { type: "Rule", items: [] };
    if (relative2) {
      var combinator = matchMulticharIndex(combinatorsIndex);
      if (combinator) {
        rule.combinator = combinator;
        skipWhitespace();
      }
    }
    while (pos < l) {
      if (isTagStart()) {
        assert(rule.items.length === 0, "Unexpected tag/namespace start.");
        rule.items.push(parseTagNameWithNamespace());
      } else if (is2("|")) {
        var savedPos = pos;
        next();
        if (isTagStart()) {
          assert(rule.items.length === 0, "Unexpected tag/namespace start.");
          rewind(savedPos);
          rule.items.push(parseTagNameWithNamespace());
        } else {
          rewind(savedPos);
          break;
        }
      } else if (is2(".")) {
        assert(classNamesEnabled, "Class names are not enabled.");
        next();
        var className2 = parseIdentifier();
        assert(className2, "Expected class name.");
        rule.items.push({ type: "ClassName", name: className2 });
      } else if (is2("#")) {
        assert(idEnabled, "IDs are not enabled.");
        next();
        var idName = parseIdentifier();
        assert(idName, "Expected ID name.");
        rule.items.push({ type: "Id", name: idName });
      } else if (is2("&")) {
        assert(nestingSelectorEnabled, "Nesting selector is not enabled.");
        next();
        rule.items.push({ type: "NestingSelector" });
      } else if (is2("[")) {
        assert(attributesEnabled, "Attributes are not enabled.");
        rule.items.push(parseAttribute());
      } else if (is2(":")) {
        var isDoubleColon = false;
        var isPseudoElement = false;
        next();
        if (is2(":")) {
          assert(pseudoElementsEnabled, "Pseudo elements are not enabled.");
          assert(pseudoElementsDoubleColonNotationEnabled, "Pseudo elements double colon notation is not enabled.");
          isDoubleColon = true;
          next();
        }
        var pseudoName = parseIdentifier();
        assert(isDoubleColon || pseudoName, "Expected pseudo-class name.");
        assert(!isDoubleColon || pseudoName, "Expected pseudo-element name.");
        assert(pseudoName, "Expected pseudo-class name.");
        if (!isDoubleColon || pseudoElementsAcceptUnknown || Object.prototype.hasOwnProperty.call(pseudoElementsDefinitions, pseudoName)) {
        } else {
          var locations = pseudoLocationIndex.pseudoElements[pseudoName];
          var errorMessage = 'Unknown pseudo-element "'.concat(pseudoName, '"');
          if (locations && locations.length > 0) {
            errorMessage += ". It is defined in: ".concat(locations.join(", "));
          }
          fail(errorMessage + ".");
        }
        isPseudoElement = pseudoElementsEnabled && (isDoubleColon || !isDoubleColon && pseudoElementsSingleColonNotationEnabled && Object.prototype.hasOwnProperty.call(pseudoElementsDefinitions, pseudoName));
        if (isPseudoElement) {
          var signature = (_a2 = pseudoElementsDefinitions[pseudoName]) !== null && _a2 !== void 0 ? _a2 : pseudoElementsAcceptUnknown && defaultPseudoSignature;
          var pseudoElement = {
            type: "PseudoElement",
            name: pseudoName
          };
          var argument = parsePseudoArgument(pseudoName, "pseudo-element", signature);
          if (argument) {
            assert(argument.type !== "Formula" && argument.type !== "FormulaOfSelector", "Pseudo-elements cannot have formula argument.");
            pseudoElement.argument = argument;
          }
          rule.items.push(pseudoElement);
        } else {
          assert(pseudoClassesEnabled, "Pseudo-classes are not enabled.");
          var signature = (_b2 = pseudoClassesDefinitions[pseudoName]) !== null && _b2 !== void 0 ? _b2 : pseudoClassesAcceptUnknown && defaultPseudoSignature;
          if (signature) {
          } else {
            var locations = pseudoLocationIndex.pseudoClasses[pseudoName];
            var errorMessage = 'Unknown pseudo-class: "'.concat(pseudoName, '"');
            if (locations && locations.length > 0) {
              errorMessage += ". It is defined in: ".concat(locations.join(", "));
            }
            fail(errorMessage + ".");
          }
          var argument = parsePseudoArgument(pseudoName, "pseudo-class", signature);
          var pseudoClass = {
            type: "PseudoClass",
            name: pseudoName
          };
          if (argument) {
            pseudoClass.argument = argument;
          }
          rule.items.push(pseudoClass);
        }
      } else {
        break;
      }
    }
    if (rule.items.length === 0) {
      if (isEof()) {
        return fail("Expected rule but end of input reached.");
      } else {
        return fail('Expected rule but "'.concat(chr, '" found.'));
      }
    }
    skipWhitespace();
    if (!isEof() && !is2(",") && !is2(")")) {
      var combinator = matchMulticharIndex(combinatorsIndex);
      skipWhitespace();
      rule.nestedRule = parseRule();
      rule.nestedRule.combinator = combinator;
    }
    return rule;
  }
  return function(input) {
    if (typeof input !== "string") {
      throw new Error("".concat(errorPrefix, "Expected string input."));
    }
    str2 = input;
    l = str2.length;
    pos = 0;
    chr = str2.charAt(0);
    return parseSelector();
  };
}

// node_modules/css-selector-parser/dist/mjs/ast.js
var __assign2 = function() {
  __assign2 = Object.assign || function(t) {
    for (var s, i = 1, n = arguments.length; i < n; i++) {
      s = arguments[i];
      for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
        t[p] = s[p];
    }
    return t;
  };
  return __assign2.apply(this, arguments);
};
function astMethods(type) {
  return function(generatorName, checkerName) {
    var _a;
    return _a = {}, _a[generatorName] = function(props) {
      return __assign2({ type }, props);
    }, _a[checkerName] = function(entity) {
      return typeof entity === "object" && entity !== null && entity.type === type;
    }, _a;
  };
}
var ast = __assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2(__assign2({}, astMethods("Selector")("selector", "isSelector")), astMethods("Rule")("rule", "isRule")), astMethods("TagName")("tagName", "isTagName")), astMethods("Id")("id", "isId")), astMethods("ClassName")("className", "isClassName")), astMethods("WildcardTag")("wildcardTag", "isWildcardTag")), astMethods("NamespaceName")("namespaceName", "isNamespaceName")), astMethods("WildcardNamespace")("wildcardNamespace", "isWildcardNamespace")), astMethods("NoNamespace")("noNamespace", "isNoNamespace")), astMethods("NestingSelector")("nestingSelector", "isNestingSelector")), astMethods("Attribute")("attribute", "isAttribute")), astMethods("PseudoClass")("pseudoClass", "isPseudoClass")), astMethods("PseudoElement")("pseudoElement", "isPseudoElement")), astMethods("String")("string", "isString")), astMethods("Formula")("formula", "isFormula")), astMethods("FormulaOfSelector")("formulaOfSelector", "isFormulaOfSelector")), astMethods("Substitution")("substitution", "isSubstitution"));

// node_modules/hast-util-select/lib/parse.js
var cssSelectorParse = createParser({ syntax: "selectors-4" });
function parse6(selector) {
  if (typeof selector !== "string") {
    throw new TypeError("Expected `string` as selector, not `" + selector + "`");
  }
  return cssSelectorParse(selector);
}

// node_modules/direction/index.js
var rtlRange = "\u0591-\u07FF\uFB1D-\uFDFD\uFE70-\uFEFC";
var ltrRange = "A-Za-z\xC0-\xD6\xD8-\xF6\xF8-\u02B8\u0300-\u0590\u0800-\u1FFF\u200E\u2C00-\uFB1C\uFE00-\uFE6F\uFEFD-\uFFFF";
var rtl = new RegExp("^[^" + ltrRange + "]*[" + rtlRange + "]");
var ltr = new RegExp("^[^" + rtlRange + "]*[" + ltrRange + "]");
function direction(value) {
  const source = String(value || "");
  return rtl.test(source) ? "rtl" : ltr.test(source) ? "ltr" : "neutral";
}

// node_modules/hast-util-select/lib/enter-state.js
function enterState(state, node) {
  const schema = state.schema;
  const language = state.language;
  const currentDirection = state.direction;
  const editableOrEditingHost = state.editableOrEditingHost;
  let directionInferred;
  if (node.type === "element") {
    const lang2 = node.properties.xmlLang || node.properties.lang;
    const type = node.properties.type || "text";
    const direction2 = directionProperty(node);
    if (lang2 !== null && lang2 !== void 0) {
      state.language = String(lang2);
    }
    if (schema && schema.space === "html") {
      if (node.properties.contentEditable === "true") {
        state.editableOrEditingHost = true;
      }
      if (node.tagName === "svg") {
        state.schema = svg;
      }
      if (direction2 === "rtl") {
        directionInferred = direction2;
      } else if (
        // Explicit `[dir=ltr]`.
        direction2 === "ltr" || // HTML with an invalid or no `[dir]`.
        direction2 !== "auto" && node.tagName === "html" || // `input[type=tel]` with an invalid or no `[dir]`.
        direction2 !== "auto" && node.tagName === "input" && type === "tel"
      ) {
        directionInferred = "ltr";
      } else if (direction2 === "auto" || node.tagName === "bdi") {
        if (node.tagName === "textarea") {
          directionInferred = directionBidi(toString(node));
        } else if (node.tagName === "input" && (type === "email" || type === "search" || type === "tel" || type === "text")) {
          directionInferred = node.properties.value ? directionBidi(String(node.properties.value)) : "ltr";
        } else {
          visit(node, inferDirectionality);
        }
      }
      if (directionInferred) {
        state.direction = directionInferred;
      }
    } else if (state.editableOrEditingHost) {
      state.editableOrEditingHost = false;
    }
  }
  return reset;
  function reset() {
    state.schema = schema;
    state.language = language;
    state.direction = currentDirection;
    state.editableOrEditingHost = editableOrEditingHost;
  }
  function inferDirectionality(child) {
    if (child.type === "text") {
      directionInferred = directionBidi(child.value);
      return directionInferred ? EXIT : void 0;
    }
    if (child !== node && child.type === "element" && (child.tagName === "bdi" || child.tagName === "script" || child.tagName === "style" || child.tagName === "textare" || directionProperty(child))) {
      return SKIP;
    }
  }
}
function directionBidi(value) {
  const result = direction(value);
  return result === "neutral" ? void 0 : result;
}
function directionProperty(node) {
  const value = node.type === "element" && typeof node.properties.dir === "string" ? node.properties.dir.toLowerCase() : void 0;
  return value === "auto" || value === "ltr" || value === "rtl" ? value : void 0;
}

// node_modules/hast-util-select/lib/attribute.js
function attribute(query, element, schema) {
  const info = find(schema, query.name);
  const propertyValue2 = element.properties[info.property];
  let value = normalizeValue(propertyValue2, info);
  if (!query.value) {
    return value !== void 0;
  }
  ok(query.value.type === "String", "expected plain string");
  let key = query.value.value;
  if (query.caseSensitivityModifier === "i") {
    key = key.toLowerCase();
    if (value) {
      value = value.toLowerCase();
    }
  }
  if (value !== void 0) {
    switch (query.operator) {
      // Exact.
      case "=": {
        return key === value;
      }
      // Ends.
      case "$=": {
        return key === value.slice(-key.length);
      }
      // Contains.
      case "*=": {
        return value.includes(key);
      }
      // Begins.
      case "^=": {
        return key === value.slice(0, key.length);
      }
      // Exact or prefix.
      case "|=": {
        return key === value || key === value.slice(0, key.length) && value.charAt(key.length) === "-";
      }
      // Space-separated list.
      case "~=": {
        return (
          // For all other values (including comma-separated lists), return whether this
          // is an exact match.
          key === value || // If this is a space-separated list, and the query is contained in it, return
          // true.
          parse3(value).includes(key)
        );
      }
    }
  }
  return false;
}
function normalizeValue(value, info) {
  if (value === null || value === void 0) {
  } else if (typeof value === "boolean") {
    if (value) {
      return info.attribute;
    }
  } else if (Array.isArray(value)) {
    if (value.length > 0) {
      return (info.commaSeparated ? stringify : stringify2)(value);
    }
  } else {
    return String(value);
  }
}

// node_modules/hast-util-select/lib/class-name.js
var emptyClassNames = [];
function className(query, element) {
  const value = (
    /** @type {Readonly<Array<string>>} */
    element.properties.className || emptyClassNames
  );
  return value.includes(query.name);
}

// node_modules/hast-util-select/lib/id.js
function id(query, element) {
  return element.properties.id === query.name;
}

// node_modules/hast-util-select/lib/name.js
function name(query, element) {
  return query.name === element.tagName;
}

// node_modules/bcp-47-match/index.js
function factory(check, filter) {
  return function(tags, ranges) {
    let left = cast(tags, "tag");
    const right = cast(
      ranges === null || ranges === void 0 ? "*" : ranges,
      "range"
    );
    const matches2 = [];
    let rightIndex = -1;
    while (++rightIndex < right.length) {
      const range = right[rightIndex].toLowerCase();
      if (!filter && range === "*") continue;
      let leftIndex = -1;
      const next = [];
      while (++leftIndex < left.length) {
        if (check(left[leftIndex].toLowerCase(), range)) {
          if (!filter) {
            return (
              /** @type {IsFilter extends true ? Tags : Tag|undefined} */
              left[leftIndex]
            );
          }
          matches2.push(left[leftIndex]);
        } else {
          next.push(left[leftIndex]);
        }
      }
      left = next;
    }
    return (
      /** @type {IsFilter extends true ? Tags : Tag|undefined} */
      filter ? matches2 : void 0
    );
  };
}
var basicFilter = factory(function(tag, range) {
  return range === "*" || tag === range || tag.includes(range + "-");
}, true);
var extendedFilter = factory(function(tag, range) {
  const left = tag.split("-");
  const right = range.split("-");
  let leftIndex = 0;
  let rightIndex = 0;
  if (right[rightIndex] !== "*" && left[leftIndex] !== right[rightIndex]) {
    return false;
  }
  leftIndex++;
  rightIndex++;
  while (rightIndex < right.length) {
    if (right[rightIndex] === "*") {
      rightIndex++;
      continue;
    }
    if (!left[leftIndex]) return false;
    if (left[leftIndex] === right[rightIndex]) {
      leftIndex++;
      rightIndex++;
      continue;
    }
    if (left[leftIndex].length === 1) return false;
    leftIndex++;
  }
  return true;
}, true);
var lookup = factory(function(tag, range) {
  let right = range;
  while (true) {
    if (right === "*" || tag === right) return true;
    let index = right.lastIndexOf("-");
    if (index < 0) return false;
    if (right.charAt(index - 2) === "-") index -= 2;
    right = right.slice(0, index);
  }
}, false);
function cast(values, name2) {
  const value = values && typeof values === "string" ? [values] : values;
  if (!value || typeof value !== "object" || !("length" in value)) {
    throw new Error(
      "Invalid " + name2 + " `" + value + "`, expected non-empty string"
    );
  }
  return value;
}

// node_modules/hast-util-has-property/lib/index.js
var own = {}.hasOwnProperty;
function hasProperty(node, name2) {
  const value = node.type === "element" && own.call(node.properties, name2) && node.properties[name2];
  return value !== null && value !== void 0 && value !== false;
}

// node_modules/nth-check/lib/esm/parse.js
var whitespace2 = /* @__PURE__ */ new Set([9, 10, 12, 13, 32]);
var ZERO = "0".charCodeAt(0);
var NINE = "9".charCodeAt(0);
function parse7(formula) {
  formula = formula.trim().toLowerCase();
  if (formula === "even") {
    return [2, 0];
  } else if (formula === "odd") {
    return [2, 1];
  }
  let idx = 0;
  let a = 0;
  let sign = readSign();
  let number = readNumber();
  if (idx < formula.length && formula.charAt(idx) === "n") {
    idx++;
    a = sign * (number !== null && number !== void 0 ? number : 1);
    skipWhitespace();
    if (idx < formula.length) {
      sign = readSign();
      skipWhitespace();
      number = readNumber();
    } else {
      sign = number = 0;
    }
  }
  if (number === null || idx < formula.length) {
    throw new Error(`n-th rule couldn't be parsed ('${formula}')`);
  }
  return [a, sign * number];
  function readSign() {
    if (formula.charAt(idx) === "-") {
      idx++;
      return -1;
    }
    if (formula.charAt(idx) === "+") {
      idx++;
    }
    return 1;
  }
  function readNumber() {
    const start = idx;
    let value = 0;
    while (idx < formula.length && formula.charCodeAt(idx) >= ZERO && formula.charCodeAt(idx) <= NINE) {
      value = value * 10 + (formula.charCodeAt(idx) - ZERO);
      idx++;
    }
    return idx === start ? null : value;
  }
  function skipWhitespace() {
    while (idx < formula.length && whitespace2.has(formula.charCodeAt(idx))) {
      idx++;
    }
  }
}

// node_modules/nth-check/lib/esm/compile.js
var import_boolbase = __toESM(require_boolbase(), 1);
function compile(parsed) {
  const a = parsed[0];
  const b = parsed[1] - 1;
  if (b < 0 && a <= 0)
    return import_boolbase.default.falseFunc;
  if (a === -1)
    return (index) => index <= b;
  if (a === 0)
    return (index) => index === b;
  if (a === 1)
    return b < 0 ? import_boolbase.default.trueFunc : (index) => index >= b;
  const absA = Math.abs(a);
  const bMod = (b % absA + absA) % absA;
  return a > 1 ? (index) => index >= b && index % absA === bMod : (index) => index <= b && index % absA === bMod;
}

// node_modules/nth-check/lib/esm/index.js
function nthCheck(formula) {
  return compile(parse7(formula));
}

// node_modules/hast-util-select/lib/pseudo.js
var nthCheck2 = nthCheck.default || nthCheck;
var pseudo = zwitch("name", {
  handlers: {
    "any-link": anyLink,
    blank,
    checked,
    dir,
    disabled,
    empty,
    enabled,
    "first-child": firstChild,
    "first-of-type": firstOfType,
    has,
    is,
    lang,
    "last-child": lastChild,
    "last-of-type": lastOfType,
    not,
    "nth-child": nthChild,
    "nth-last-child": nthLastChild,
    "nth-last-of-type": nthLastOfType,
    "nth-of-type": nthOfType,
    "only-child": onlyChild,
    "only-of-type": onlyOfType,
    optional,
    "read-only": readOnly,
    "read-write": readWrite,
    required,
    root,
    scope
  },
  invalid: invalidPseudo,
  unknown: unknownPseudo
});
function anyLink(_, element) {
  return (element.tagName === "a" || element.tagName === "area" || element.tagName === "link") && hasProperty(element, "href");
}
function assertDeep(state, query) {
  if (state.shallow) {
    throw new Error("Cannot use `:" + query.name + "` without parent");
  }
}
function blank(_, element) {
  return !someChildren(element, check);
  function check(child) {
    return child.type === "element" || child.type === "text" && !whitespace(child);
  }
}
function checked(_, element) {
  if (element.tagName === "input" || element.tagName === "menuitem") {
    return Boolean(
      (element.properties.type === "checkbox" || element.properties.type === "radio") && hasProperty(element, "checked")
    );
  }
  if (element.tagName === "option") {
    return hasProperty(element, "selected");
  }
  return false;
}
function dir(query, _1, _2, _3, state) {
  ok(query.argument, "expected `argument`");
  ok(query.argument.type === "String", "expected plain text");
  return state.direction === query.argument.value;
}
function disabled(_, element) {
  return (element.tagName === "button" || element.tagName === "input" || element.tagName === "select" || element.tagName === "textarea" || element.tagName === "optgroup" || element.tagName === "option" || element.tagName === "menuitem" || element.tagName === "fieldset") && hasProperty(element, "disabled");
}
function empty(_, element) {
  return !someChildren(element, check);
  function check(child) {
    return child.type === "element" || child.type === "text";
  }
}
function enabled(query, element) {
  return !disabled(query, element);
}
function firstChild(query, _1, _2, _3, state) {
  assertDeep(state, query);
  return state.elementIndex === 0;
}
function firstOfType(query, _1, _2, _3, state) {
  assertDeep(state, query);
  return state.typeIndex === 0;
}
function getCachedNthCheck(query) {
  let cachedFunction = query._cachedFn;
  if (!cachedFunction) {
    const value = query.argument;
    ok(value, "expected `argument`");
    if (value.type !== "Formula") {
      throw new Error(
        "Expected `nth` formula, such as `even` or `2n+1` (`of` is not yet supported)"
      );
    }
    cachedFunction = nthCheck2(value.a + "n+" + value.b);
    query._cachedFn = cachedFunction;
  }
  return cachedFunction;
}
function has(query, element, _1, _2, state) {
  ok(query.argument, "expected `argument`");
  ok(query.argument.type === "Selector", "expected selector");
  const childState = {
    ...state,
    // Not found yet.
    found: false,
    // One result is enough.
    one: true,
    results: [],
    rootQuery: query.argument,
    scopeElements: [element],
    // Do walk deep.
    shallow: false
  };
  walk(childState, { type: "root", children: element.children });
  return childState.results.length > 0;
}
function invalidPseudo() {
  unreachable("Invalid pseudo-selector");
}
function is(query, element, _1, _2, state) {
  ok(query.argument, "expected `argument`");
  ok(query.argument.type === "Selector", "expected selector");
  const childState = {
    ...state,
    // Not found yet.
    found: false,
    // One result is enough.
    one: true,
    results: [],
    rootQuery: query.argument,
    scopeElements: [element],
    // Do walk deep.
    shallow: false
  };
  walk(childState, element);
  return childState.results[0] === element;
}
function lang(query, _1, _2, _3, state) {
  ok(query.argument, "expected `argument`");
  ok(query.argument.type === "String", "expected string");
  return state.language !== "" && state.language !== void 0 && extendedFilter(state.language, parse2(query.argument.value)).length > 0;
}
function lastChild(query, _1, _2, _3, state) {
  assertDeep(state, query);
  return Boolean(
    state.elementCount && state.elementIndex === state.elementCount - 1
  );
}
function lastOfType(query, _1, _2, _3, state) {
  assertDeep(state, query);
  return typeof state.typeIndex === "number" && typeof state.typeCount === "number" && state.typeIndex === state.typeCount - 1;
}
function not(query, element, index, parent, state) {
  return !is(query, element, index, parent, state);
}
function nthChild(query, _1, _2, _3, state) {
  const cachedFunction = getCachedNthCheck(query);
  assertDeep(state, query);
  return typeof state.elementIndex === "number" && cachedFunction(state.elementIndex);
}
function nthLastChild(query, _1, _2, _3, state) {
  const cachedFunction = getCachedNthCheck(query);
  assertDeep(state, query);
  return Boolean(
    typeof state.elementCount === "number" && typeof state.elementIndex === "number" && cachedFunction(state.elementCount - state.elementIndex - 1)
  );
}
function nthLastOfType(query, _1, _2, _3, state) {
  const cachedFunction = getCachedNthCheck(query);
  assertDeep(state, query);
  return typeof state.typeCount === "number" && typeof state.typeIndex === "number" && cachedFunction(state.typeCount - 1 - state.typeIndex);
}
function nthOfType(query, _1, _2, _3, state) {
  const cachedFunction = getCachedNthCheck(query);
  assertDeep(state, query);
  return typeof state.typeIndex === "number" && cachedFunction(state.typeIndex);
}
function onlyChild(query, _1, _2, _3, state) {
  assertDeep(state, query);
  return state.elementCount === 1;
}
function onlyOfType(query, _1, _2, _3, state) {
  assertDeep(state, query);
  return state.typeCount === 1;
}
function optional(query, element) {
  return !required(query, element);
}
function readOnly(query, element, index, parent, state) {
  return !readWrite(query, element, index, parent, state);
}
function readWrite(_, element, _1, _2, state) {
  return element.tagName === "input" || element.tagName === "textarea" ? !hasProperty(element, "readOnly") && !hasProperty(element, "disabled") : Boolean(state.editableOrEditingHost);
}
function required(_, element) {
  return (element.tagName === "input" || element.tagName === "textarea" || element.tagName === "select") && hasProperty(element, "required");
}
function root(_1, element, _2, parent, state) {
  return Boolean(
    (!parent || parent.type === "root") && state.schema && (state.schema.space === "html" || state.schema.space === "svg") && (element.tagName === "html" || element.tagName === "svg")
  );
}
function scope(_1, element, _2, _3, state) {
  return state.scopeElements.includes(element);
}
function someChildren(element, check) {
  const children = element.children;
  let index = -1;
  while (++index < children.length) {
    if (check(children[index])) return true;
  }
  return false;
}
function unknownPseudo(query_) {
  const query = (
    /** @type {AstPseudoClass} */
    query_
  );
  throw new Error("Unknown pseudo-selector `" + query.name + "`");
}

// node_modules/hast-util-select/lib/test.js
function test(query, element, index, parent, state) {
  for (const item of query.items) {
    if (item.type === "Attribute") {
      if (!attribute(item, element, state.schema)) return false;
    } else if (item.type === "Id") {
      if (!id(item, element)) return false;
    } else if (item.type === "ClassName") {
      if (!className(item, element)) return false;
    } else if (item.type === "PseudoClass") {
      if (!pseudo(item, element, index, parent, state)) return false;
    } else if (item.type === "PseudoElement") {
      throw new Error("Invalid selector: `::" + item.name + "`");
    } else if (item.type === "TagName") {
      if (!name(item, element)) return false;
    } else {
    }
  }
  return true;
}

// node_modules/hast-util-select/lib/walk.js
var empty2 = [];
function walk(state, tree) {
  if (tree) {
    one2(state, [], tree, void 0, void 0, tree);
  }
}
function add(nest, field, rule) {
  const list2 = nest[field];
  if (list2) {
    list2.push(rule);
  } else {
    nest[field] = [rule];
  }
}
function all2(state, nest, node, tree) {
  const fromParent = combine(nest.descendant, nest.directChild);
  let fromSibling;
  let index = -1;
  const total = { count: 0, types: /* @__PURE__ */ new Map() };
  const before = { count: 0, types: /* @__PURE__ */ new Map() };
  while (++index < node.children.length) {
    count(total, node.children[index]);
  }
  index = -1;
  while (++index < node.children.length) {
    const child = node.children[index];
    const name2 = child.type === "element" ? child.tagName.toUpperCase() : void 0;
    state.elementIndex = before.count;
    state.typeIndex = name2 ? before.types.get(name2) || 0 : 0;
    state.elementCount = total.count;
    state.typeCount = name2 ? total.types.get(name2) : 0;
    if ("children" in child) {
      const forSibling = combine(fromParent, fromSibling);
      const nest2 = one2(
        state,
        forSibling,
        node.children[index],
        index,
        node,
        tree
      );
      fromSibling = combine(nest2.generalSibling, nest2.adjacentSibling);
    }
    if (state.one && state.found) {
      break;
    }
    count(before, node.children[index]);
  }
}
function applySelectors(state, rules, node, index, parent) {
  const nestResult = {
    adjacentSibling: void 0,
    descendant: void 0,
    directChild: void 0,
    generalSibling: void 0
  };
  let selectorIndex = -1;
  while (++selectorIndex < rules.length) {
    const rule = rules[selectorIndex];
    if (state.one && state.found) {
      break;
    }
    if (state.shallow && rule.nestedRule) {
      throw new Error("Expected selector without nesting");
    }
    if (test(rule, node, index, parent, state)) {
      const nest = rule.nestedRule;
      if (nest) {
        const label = nest.combinator === "+" ? "adjacentSibling" : nest.combinator === "~" ? "generalSibling" : nest.combinator === ">" ? "directChild" : "descendant";
        add(nestResult, label, nest);
      } else {
        state.found = true;
        if (!state.results.includes(node)) {
          state.results.push(node);
        }
      }
    }
    if (rule.combinator === void 0) {
      add(nestResult, "descendant", rule);
    } else if (rule.combinator === "~") {
      add(nestResult, "generalSibling", rule);
    }
  }
  return nestResult;
}
function combine(left, right) {
  return left && right && left.length > 0 && right.length > 0 ? [...left, ...right] : left && left.length > 0 ? left : right && right.length > 0 ? right : empty2;
}
function count(counts, node) {
  if (node.type === "element") {
    const name2 = node.tagName.toUpperCase();
    const count2 = (counts.types.get(name2) || 0) + 1;
    counts.count++;
    counts.types.set(name2, count2);
  }
}
function one2(state, currentRules, node, index, parent, tree) {
  let nestResult = {
    adjacentSibling: void 0,
    descendant: void 0,
    directChild: void 0,
    generalSibling: void 0
  };
  const exit = enterState(state, node);
  if (node.type === "element") {
    let rootRules = state.rootQuery.rules;
    if (parent && parent !== tree) {
      rootRules = state.rootQuery.rules.filter(
        (d) => d.combinator === void 0 || d.combinator === ">" && parent === tree
      );
    }
    nestResult = applySelectors(
      state,
      // Try the root rules for this element too.
      combine(currentRules, rootRules),
      node,
      index,
      parent
    );
  }
  if ("children" in node && !state.shallow && !(state.one && state.found)) {
    all2(state, nestResult, node, tree);
  }
  exit();
  return nestResult;
}

// node_modules/hast-util-select/lib/index.js
function matches(selector, node, space) {
  const state = createState(selector, node, space);
  state.one = true;
  state.shallow = true;
  walk(state, node || void 0);
  return state.results.length > 0;
}
function selectAll(selector, tree, space) {
  const state = createState(selector, tree, space);
  walk(state, tree || void 0);
  return state.results;
}
function createState(selector, tree, space) {
  return {
    direction: "ltr",
    editableOrEditingHost: false,
    elementCount: void 0,
    elementIndex: void 0,
    found: false,
    language: void 0,
    one: false,
    // State of the query.
    results: [],
    rootQuery: parse6(selector),
    schema: space === "svg" ? svg : html,
    scopeElements: tree ? tree.type === "root" ? tree.children : [tree] : [],
    shallow: false,
    typeIndex: void 0,
    typeCount: void 0
  };
}

// src/documents/html/compound.ts
var TOKEN = /^(?:\*|([a-zA-Z][\w-]*))?((?:\.[\w-]+|#[\w-]+|\[[^\]]+\]|:not\((?:[^()]|\([^()]*\))+\))*)$/;
var PART = /\.([\w-]+)|#([\w-]+)|\[\s*([\w-]+)\s*(?:([*^$~|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*))\s*)?\]|:not\(((?:[^()]|\([^()]*\))+)\)/g;
function compileCompound(selector) {
  const match = TOKEN.exec(selector.trim());
  if (!match) return void 0;
  const tests = [];
  const tag = match[1]?.toLowerCase();
  if (tag) tests.push((element) => element.tagName === tag);
  const rest = match[2] ?? "";
  let consumed = 0;
  for (const part of rest.matchAll(PART)) {
    consumed += part[0].length;
    const test2 = partTest(part);
    if (!test2) return void 0;
    tests.push(test2);
  }
  if (consumed !== rest.length) return void 0;
  return (element) => tests.every((test2) => test2(element));
}
function partTest(part) {
  const [, className2, id2, attribute2, operator, double, single, bare, not2] = part;
  if (className2 !== void 0) return (element) => classList(element).includes(className2);
  if (id2 !== void 0) return (element) => attributeValue(element, "id") === id2;
  if (attribute2 !== void 0) return attributeTest(attribute2, operator, double ?? single ?? bare ?? "");
  const inner = not2.split(",").map((s) => compileCompound(s));
  if (inner.some((test2) => test2 === void 0)) return void 0;
  return (element) => !inner.some((test2) => test2(element));
}
function attributeTest(name2, operator, value) {
  const property = find(html, name2).property;
  if (property === "className" && operator === "*=" && !/\s/.test(value) && value !== "") {
    return (element) => classList(element).some((name3) => String(name3).includes(value));
  }
  const read = (element) => attributeValue(element, property);
  switch (operator) {
    case void 0:
      return (element) => read(element) !== void 0;
    case "=":
      return (element) => read(element) === value;
    case "*=":
      return (element) => value !== "" && (read(element)?.includes(value) ?? false);
    case "^=":
      return (element) => value !== "" && (read(element)?.startsWith(value) ?? false);
    case "$=":
      return (element) => value !== "" && (read(element)?.endsWith(value) ?? false);
    case "~=":
      return (element) => (read(element)?.split(/\s+/) ?? []).includes(value);
    default:
      return (element) => read(element) === value || (read(element)?.startsWith(`${value}-`) ?? false);
  }
}
function attributeValue(element, property) {
  const value = element.properties[property];
  if (value === void 0 || value === null || value === false) return void 0;
  if (value === true) return "";
  return Array.isArray(value) ? value.join(" ") : String(value);
}
function classList(element) {
  const value = element.properties.className;
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? value.split(/\s+/) : [];
}

// src/documents/html/selector.ts
function compileSelector(list2) {
  const selectors = splitSelectorList(list2).map(compileChain);
  if (selectors.some((test2) => test2 === void 0)) return void 0;
  return (element, ancestors) => selectors.some((test2) => test2(element, ancestors));
}
function compileChain(selector) {
  const tokens = selector.trim().replace(/\s*>\s*/g, " > ").split(/\s+/);
  const steps = [];
  let combinator = " ";
  for (const token of tokens) {
    if (token === ">") {
      combinator = ">";
      continue;
    }
    if (/^[+~]$/.test(token)) return void 0;
    const test2 = compileCompound(token);
    if (!test2) return void 0;
    steps.push({ test: test2, combinator });
    combinator = " ";
  }
  const subject = steps.pop();
  if (!subject || combinator === ">") return void 0;
  return (element, ancestors) => subject.test(element) && matchesAncestors(steps, steps.length - 1, ancestors, ancestors.length - 1, subject.combinator);
}
function matchesAncestors(steps, step, ancestors, from, combinator) {
  if (step < 0) return true;
  const { test: test2, combinator: before } = steps[step];
  const lowest = combinator === ">" ? from : 0;
  for (let index = from; index >= lowest; index--) {
    if (test2(ancestors[index]) && matchesAncestors(steps, step - 1, ancestors, index - 1, before)) return true;
  }
  return false;
}
function selectEvery(list2, root2) {
  const test2 = compiled(list2);
  if (!test2) return selectAll(list2, root2);
  const found = [];
  const ancestors = [root2];
  const visit2 = (parent) => {
    for (const child of parent.children) {
      if (child.type !== "element") continue;
      if (test2(child, ancestors)) found.push(child);
      ancestors.push(child);
      visit2(child);
      ancestors.pop();
    }
  };
  visit2(root2);
  return found;
}
function selectFirst(list2, root2) {
  return selectEvery(list2, root2)[0];
}
var cache = /* @__PURE__ */ new Map();
function compiled(list2) {
  if (!cache.has(list2)) cache.set(list2, compileSelector(list2));
  return cache.get(list2);
}
function splitSelectorList(list2) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const char of list2) {
    if (char === "(" || char === "[") depth++;
    if (char === ")" || char === "]") depth--;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else {
      current += char;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts.filter(Boolean);
}

// src/documents/html/selector-index.ts
var SelectorIndex = class {
  // Filed by kind, so looking an element's classes up builds no key strings.
  byTag = /* @__PURE__ */ new Map();
  byClass = /* @__PURE__ */ new Map();
  byId = /* @__PURE__ */ new Map();
  byRole = /* @__PURE__ */ new Map();
  everywhere = [];
  complex = [];
  constructor(entries) {
    let order = 0;
    for (const [list2, value] of entries) {
      for (const selector of splitSelectorList(list2)) this.add(selector, value, order++);
    }
  }
  /** Every element below `root` (not root itself) that matches, with the values of its matching entries in table order. */
  matchAll(root2) {
    const found = /* @__PURE__ */ new Map();
    const ancestors = [root2];
    this.visit(root2, ancestors, found);
    for (const entry of this.complex) {
      if (entry.test) continue;
      for (const element of selectAll(entry.selector, root2)) if (element !== root2) push(found, element, { ...entry, test: () => true });
    }
    const result = /* @__PURE__ */ new Map();
    for (const [element, candidates] of found) {
      result.set(element, candidates.sort((a, b) => a.order - b.order).map((c) => c.value));
    }
    return result;
  }
  // Loops rather than callbacks: this runs for every element of every page.
  visit(parent, ancestors, found) {
    for (const child of parent.children) {
      if (child.type !== "element") continue;
      testAll(this.everywhere, child, found);
      testAll(this.byTag.get(child.tagName), child, found);
      const className2 = child.properties.className;
      for (const name2 of Array.isArray(className2) ? className2 : classesOf(child)) testAll(this.byClass.get(String(name2)), child, found);
      const id2 = attributeOf(child, "id");
      if (id2 !== void 0) testAll(this.byId.get(id2), child, found);
      const role = attributeOf(child, "role");
      if (role !== void 0) testAll(this.byRole.get(role), child, found);
      for (const entry of this.complex) {
        if (entry.test?.(child, ancestors)) push(found, child, { ...entry, test: () => true });
      }
      ancestors.push(child);
      this.visit(child, ancestors, found);
      ancestors.pop();
    }
  }
  add(selector, value, order) {
    if (hasCombinator(selector)) {
      const test2 = compileSelector(selector);
      this.complex.push(test2 ? { order, value, selector, test: test2 } : { order, value, selector });
      return;
    }
    const compound = parseCompound(selector);
    const candidate = { order, value, test: compileCompound(selector) ?? ((e) => matches(selector, e)) };
    const [map, key] = compound.classes[0] !== void 0 ? [this.byClass, compound.classes[0]] : compound.id !== void 0 ? [this.byId, compound.id] : compound.role !== void 0 ? [this.byRole, compound.role] : compound.tag !== void 0 ? [this.byTag, compound.tag] : [void 0, void 0];
    if (map === void 0) this.everywhere.push(candidate);
    else map.set(key, [...map.get(key) ?? [], candidate]);
  }
};
function testAll(candidates, element, found) {
  if (candidates === void 0) return;
  for (const candidate of candidates) if (candidate.test(element)) push(found, element, candidate);
}
function push(found, element, candidate) {
  const list2 = found.get(element);
  if (!list2) found.set(element, [candidate]);
  else if (!list2.some((c) => c.order === candidate.order)) list2.push(candidate);
}
function parseCompound(selector) {
  const outside = selector.replace(/\([^)]*\)/g, "()").replace(/\[(?!role=)[^\]]*\]/g, "[]");
  const compound = { classes: [] };
  const tag = /^([a-zA-Z][\w-]*)/.exec(outside)?.[1];
  if (tag) compound.tag = tag.toLowerCase();
  for (const match of outside.matchAll(/\.([\w-]+)/g)) compound.classes.push(match[1]);
  const id2 = /#([\w-]+)/.exec(outside)?.[1];
  if (id2) compound.id = id2;
  const role = /\[role=([\w-]+)\]/.exec(outside)?.[1];
  if (role) compound.role = role;
  return compound;
}
function hasCombinator(selector) {
  const outside = selector.trim().replace(/\([^)]*\)/g, "()").replace(/\[[^\]]*\]/g, "[]");
  return /[\s>+~]/.test(outside);
}

// src/documents/html/selectors.ts
var CONTENT_SELECTORS = [
  // Docusaurus (classic theme): DocItem/Content renders `div.theme-doc-markdown.markdown` inside the article.
  { generator: "docusaurus", selector: "article .theme-doc-markdown" },
  // Docusaurus blog posts and older versions: `div.markdown` inside the article.
  { generator: "docusaurus", selector: "article .markdown" },
  // MkDocs Material: `article.md-content__inner.md-typeset`.
  { generator: "mkdocs-material", selector: "article.md-content__inner" },
  // Jekyll with just-the-docs: `div#main-content`, which also has role=main (so before MkDocs).
  { generator: "jekyll-just-the-docs", selector: "#main-content" },
  // MkDocs built-in themes (mkdocs, readthedocs): `div[role=main]`.
  { generator: "mkdocs", selector: "div[role=main]" },
  // Starlight: MarkdownContent renders `div.sl-markdown-content` inside `main`.
  { generator: "starlight", selector: "main .sl-markdown-content" },
  // VitePress home layout: hero, features, then the page's own `div.vp-doc`.
  { generator: "vitepress", selector: ".VPHome" },
  // VitePress default theme: `div.vp-doc` inside the doc layout.
  { generator: "vitepress", selector: ".vp-doc" },
  // Hugo with Docsy: `div.td-content`.
  { generator: "hugo-docsy", selector: ".td-content" },
  { generator: "generic", selector: "main article" },
  { generator: "generic", selector: "main" },
  { generator: "generic", selector: "article" },
  { generator: "generic", selector: "[role=main]" }
];
var NOISE_ELEMENTS = [
  // Starlight renders callouts as `aside.starlight-aside`: those are content.
  "nav",
  "aside:not(.starlight-aside)",
  "footer",
  "script",
  "style",
  "noscript",
  "template",
  "button",
  "svg",
  "form",
  "dialog",
  "link",
  "meta",
  "object",
  "embed",
  "canvas",
  "select",
  "textarea",
  // Inputs are widgets (code-group radios), except the checkboxes of GFM task lists.
  "input:not([type=checkbox])"
];
var NOISE_SELECTORS = [
  // ARIA landmarks that are never content.
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[role=search]",
  "[role=complementary]",
  // Text meant for screen readers only, never shown to a reader.
  ".sr-only",
  ".visually-hidden",
  ".screen-reader-text",
  // Docusaurus.
  ".theme-doc-breadcrumbs",
  ".theme-doc-toc-mobile",
  ".theme-doc-toc-desktop",
  ".theme-doc-footer",
  ".theme-doc-version-badge",
  ".theme-doc-version-banner",
  ".theme-edit-this-page",
  ".theme-last-updated",
  ".theme-doc-sidebar-container",
  ".pagination-nav",
  ".table-of-contents",
  // MkDocs Material.
  ".md-sidebar",
  ".md-header",
  ".md-tabs",
  ".md-footer",
  ".md-content__button",
  ".md-source-file",
  ".md-feedback",
  ".md-top",
  ".md-search",
  ".md-nav",
  ".md-dialog",
  ".md-banner",
  ".md-clipboard",
  // Starlight.
  ".sl-anchor-link",
  ".right-sidebar",
  ".sidebar-pane",
  "starlight-toc",
  "mobile-starlight-toc",
  ".pagination-links",
  "#starlight__on-this-page",
  // VitePress.
  ".VPNav",
  ".VPSidebar",
  ".VPLocalNav",
  ".VPDocAside",
  ".VPDocFooter",
  ".aside",
  ".edit-link",
  ".prev-next",
  ".pager",
  ".line-numbers-wrapper",
  // VitePress home page: the hero's call-to-action buttons.
  ".VPHero .actions",
  // Hugo / Docsy: sidebars, page meta, "Last modified", the feedback widget, the blog byline and pager,
  // the generated list of a section's pages, and the frontmatter description printed as a lead
  // (kept as the document's description, as on the Markdown side).
  ".td-sidebar",
  ".td-sidebar-toc",
  ".td-toc",
  ".td-page-meta",
  ".td-page-meta__lastmod",
  ".td-byline",
  ".section-index",
  ".td-content > .lead",
  ".feedback--title",
  ".feedback--question",
  ".feedback--answer",
  ".feedback--response",
  "ul.list-unstyled.d-flex.justify-content-between",
  // Hugo book.
  ".book-menu",
  ".book-toc",
  ".book-header",
  ".book-footer",
  ".book-comments",
  // MkDocs plugins: git revision dates ("Last update: …").
  ".git-revision-date-localized-plugin",
  ".md-source-date",
  // Kramdown's generated `{:toc}` list (Jekyll).
  "#markdown-toc",
  // Jekyll (just-the-docs) and common themes.
  ".breadcrumb-nav",
  ".breadcrumb",
  ".breadcrumbs",
  ".toc",
  "#toc",
  ".pagination",
  ".edit-this-page",
  ".skip-link",
  ".copy-code-button",
  // VitePress prints the language name beside the code block.
  "div[class*=language-] > span.lang",
  // Footnote "back to text" arrows.
  "a.footnote-backref",
  "a.data-footnote-backref",
  "a[data-footnote-backref]"
];
var HEADING_ANCHOR_SELECTORS = [
  "a.hash-link",
  "a.headerlink",
  "a.anchor",
  "a.header-anchor",
  "a.anchor-heading",
  "a.heading-anchor",
  "a.td-heading-self-link",
  "a.anchorjs-link",
  ".sl-anchor-link"
];
var TOC_HEADING_SELECTORS = [".toctitle", ".toc-title", "#toc-title", ".table-of-contents__title"];
var LINE_NUMBER_TABLES = "table.highlighttable, table.lntable, table.rouge-table";
var CODE_TITLE_SELECTORS = ["[class*=codeBlockTitle]", "figcaption .title", ".filename"];
var CALLOUT_SELECTORS = [
  // Docusaurus 3 (`admonitionHeading_<hash>`) and 2 (`.admonition-heading`).
  { container: ".theme-admonition, .admonition", title: "[class*=admonitionHeading], .admonition-heading, .admonition-title" },
  { container: "aside.starlight-aside", title: ".starlight-aside__title" },
  { container: ".custom-block", title: ".custom-block-title" },
  // Docsy alerts; Docusaurus also styles <details> as `.alert`, which stays a details block.
  { container: ".alert:not(details)", title: ".alert-heading" },
  { container: ".book-hint, .callout", title: ".callout-title" }
];
var TAB_SET_SELECTORS = [
  // Docusaurus Tabs and Starlight Tabs use ARIA roles.
  { set: ".tabs-container, starlight-tabs", labels: "[role=tab]", panels: "[role=tabpanel]" },
  // MkDocs Material content tabs (alternate style).
  { set: ".tabbed-set", labels: ".tabbed-labels > label", panels: ".tabbed-content > .tabbed-block" },
  // VitePress code groups.
  { set: ".vp-code-group", labels: ".tabs > label", panels: ".blocks > *" }
];

// src/documents/html/widgets.ts
function replaceCallout(callout, entry, marks) {
  const heading2 = selectFirst(entry.title, callout);
  const text = heading2 ? capitalized(visibleText(heading2)) : "";
  if (heading2) marks.drop.add(heading2);
  const children = text ? [paragraph(text), ...callout.children] : callout.children;
  marks.replace.set(callout, [{ type: "element", tagName: "blockquote", properties: {}, children }]);
}
function replaceTabSet(tabs, entry, marks) {
  const names = selectEvery(entry.labels, tabs);
  const bodies = selectEvery(entry.panels, tabs);
  if (names.length === 0 || names.length !== bodies.length) return;
  marks.replace.set(tabs, bodies.flatMap((body, i) => [paragraph(visibleText(names[i])), body]));
}
function paragraph(boldText) {
  const strong = { type: "element", tagName: "strong", properties: {}, children: [{ type: "text", value: boldText }] };
  return { type: "element", tagName: "p", properties: {}, children: [strong] };
}
function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/documents/html/clean.ts
var HEADINGS = "h1, h2, h3, h4, h5, h6";
var ROLES = new SelectorIndex([
  [[...NOISE_ELEMENTS, ...NOISE_SELECTORS, ...HEADING_ANCHOR_SELECTORS, ...TOC_HEADING_SELECTORS].join(", "), { kind: "noise" }],
  [HEADINGS, { kind: "heading" }],
  ["header", { kind: "header" }],
  ["a", { kind: "link" }],
  [LINE_NUMBER_TABLES, { kind: "code-table" }],
  ["table", { kind: "table" }],
  [CODE_TITLE_SELECTORS.join(", "), { kind: "code-title" }],
  ...CALLOUT_SELECTORS.map((entry) => [entry.container, { kind: "callout", entry }]),
  ...TAB_SET_SELECTORS.map((entry) => [entry.set, { kind: "tabs", entry }])
]);
var ANCHOR_GLYPHS = /^[#¶§🔗\s]*$/u;
var HIDDEN_TEXT_CLASSES = /* @__PURE__ */ new Set(["sr-only", "visually-hidden", "screen-reader-text"]);
var MEDIA = /* @__PURE__ */ new Set(["img", "picture", "video", "audio", "iframe", "object", "canvas"]);
function cleanContent(content) {
  const marks = { drop: /* @__PURE__ */ new Set(), replace: /* @__PURE__ */ new Map() };
  const titles = /* @__PURE__ */ new Map();
  for (const [element, roles] of ROLES.matchAll(content)) {
    if (roles.some((r) => r.kind === "noise")) marks.drop.add(element);
    else for (const role of roles) mark(element, role, marks, titles);
  }
  rewriteTree(content, marks);
  normalizeCodeBlocks(content, titles);
}
function mark(element, role, marks, titles) {
  switch (role.kind) {
    case "heading":
      return markHeading(element, marks);
    case "header":
      return markHeader(element, marks);
    case "link":
      if (!marks.replace.has(element) && isEmptyLink(element)) marks.drop.add(element);
      return;
    case "code-table":
      return markCodeTable(element, marks);
    case "table":
      if (!marks.replace.has(element) && hasLineNumberCell(element)) markCodeTable(element, marks);
      return;
    case "code-title":
      titles.set(element, visibleText(element));
      return;
    case "callout":
      if (!marks.replace.has(element)) replaceCallout(element, role.entry, marks);
      return;
    case "tabs":
      if (!marks.replace.has(element)) replaceTabSet(element, role.entry, marks);
      return;
    default:
      return;
  }
}
function markHeading(heading2, marks) {
  walkElements(heading2, (element) => {
    if (attributeOf(element, "ariaHidden") === "true") marks.drop.add(element);
    else if (element.tagName === "a" && attributeOf(element, "href")?.startsWith("#")) {
      if (isEmptyLink(element)) marks.drop.add(element);
      else marks.replace.set(element, element.children);
    }
  });
}
function isEmptyLink(link2) {
  let text = "";
  const seen = (node) => {
    for (const child of node.children) {
      if (child.type === "text") text += child.value;
      if (child.type !== "element" || attributeOf(child, "ariaHidden") === "true") continue;
      if (MEDIA.has(child.tagName)) return true;
      if (!classesOf(child).some((name2) => HIDDEN_TEXT_CLASSES.has(name2)) && seen(child)) return true;
    }
    return false;
  };
  return !seen(link2) && ANCHOR_GLYPHS.test(text.replace(/[\u200B\u2060\uFEFF]/g, ""));
}
function markHeader(header, marks) {
  const headings = [];
  walkElements(header, (element) => {
    if (!/^h[1-6]$/.test(element.tagName)) return true;
    headings.push(element);
    return false;
  });
  if (headings.length === 0) marks.drop.add(header);
  else marks.replace.set(header, headings);
}
function hasLineNumberCell(table) {
  let found = false;
  walkElements(table, (element) => {
    if (found || element.tagName === "table") return false;
    if (element.tagName === "td" && classesOf(element).includes("linenos")) found = true;
    return !found;
  });
  return found;
}
function markCodeTable(table, marks) {
  let code;
  walkElements(table, (element) => {
    if (element.tagName === "pre") code = element;
    return element.tagName !== "pre";
  });
  if (code) marks.replace.set(table, [code]);
}

// src/documents/html/from-parse5.ts
function elementToHast(node) {
  const properties = {};
  for (const attribute2 of node.attrs) {
    const name2 = attribute2.prefix ? `${attribute2.prefix}:${attribute2.name}` : attribute2.name;
    const info = infoOf(name2);
    const value = propertyValue(info, attribute2.value);
    if (value !== void 0) properties[info.property] = value;
  }
  const children = [];
  for (const child of node.childNodes) {
    const converted = childToHast(child);
    if (converted) children.push(converted);
  }
  return { type: "element", tagName: node.tagName, properties, children };
}
function childToHast(node) {
  if (node.nodeName === "#text") return { type: "text", value: node.value };
  if (node.nodeName === "#comment") return { type: "comment", value: node.data };
  return "tagName" in node ? elementToHast(node) : void 0;
}
var infos = /* @__PURE__ */ new Map();
function infoOf(name2) {
  let info = infos.get(name2);
  if (!info) {
    info = find(html, name2);
    infos.set(name2, info);
  }
  return info;
}
function propertyValue(info, value) {
  if (info.spaceSeparated) return words(value).map((word) => listItem(info, word));
  if (info.commaSeparated) return value.split(",").map((part) => listItem(info, part.trim()));
  if (info.commaOrSpaceSeparated) return words(value.split(",").join(" ")).map((word) => listItem(info, word));
  return primitive(info, value);
}
function listItem(info, value) {
  return info.number && value !== "" && !Number.isNaN(Number(value)) ? Number(value) : value;
}
function words(value) {
  return value.split(/[ \t\n\r\f]+/).filter((word) => word !== "");
}
function primitive(info, value) {
  if (info.number) return listItem(info, value);
  if ((info.boolean || info.overloadedBoolean) && (value === "" || normalize(value) === normalize(info.property))) return true;
  return value;
}

// src/documents/html/locate.ts
function parseTop(text) {
  const body = startTagIndex(text, /<body[\s>]/gi, 0);
  const end = body === -1 ? -1 : text.indexOf(">", body);
  if (end === -1) return { tree: fromParse5(parse4(text)), bodyFrom: 0 };
  return { tree: fromParse5(parse4(text.slice(0, end + 1))), bodyFrom: end + 1 };
}
var DONE = new Error("element parsed");
function parseElementAt(text, start) {
  let root2;
  let first;
  const treeAdapter = {
    ...defaultTreeAdapter,
    onItemPush(item) {
      if (!root2) root2 = item;
      else first ??= item;
    },
    onItemPop(item) {
      if (item === first) throw DONE;
    }
  };
  try {
    parseFragment(text.slice(start), { treeAdapter });
  } catch (error) {
    if (error !== DONE) throw error;
  }
  return first ? elementToHast(first) : void 0;
}
var RAW_TEXT = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|noscript|template|title|xmp)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
function startTagIndex(text, pattern, from) {
  const regions = rawTextRegions(text);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!inside(regions, match.index)) return match.index;
  }
  return -1;
}
var last;
function rawTextRegions(text) {
  if (last?.text === text) return last;
  const regions = { text, starts: [], ends: [] };
  RAW_TEXT.lastIndex = 0;
  for (let match = RAW_TEXT.exec(text); match; match = RAW_TEXT.exec(text)) {
    regions.starts.push(match.index);
    regions.ends.push(match.index + match[0].length);
    if (match[0].length === 0) RAW_TEXT.lastIndex++;
  }
  last = regions;
  return regions;
}
function inside(regions, index) {
  let low = 0;
  let high = regions.starts.length - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    if (regions.starts[middle] >= index) high = middle - 1;
    else if (regions.ends[middle] <= index) low = middle + 1;
    else return true;
  }
  return false;
}

// src/documents/html/content.ts
var CANDIDATES = CONTENT_SELECTORS.map(({ generator, selector }) => {
  const compounds = selector.trim().split(/\s+/);
  const inner = compounds.at(-1);
  const outer = compounds.slice(0, -1).map((compound) => ({ start: startTagProbe(compound), end: endTagProbe(compound) }));
  return { generator, selector, probe: startTagProbe(inner), inner: compileCompound(inner) ?? ((e) => matches(inner, e)), outer };
});
function locateMainContent(text, from) {
  let empty3;
  for (const candidate of CANDIDATES) {
    const element = firstMatch(text, from, candidate);
    if (!element) continue;
    if (hasVisibleText(element)) return { kind: "found", element, generator: candidate.generator, selector: candidate.selector };
    empty3 ??= { kind: "empty", generator: candidate.generator, selector: candidate.selector };
  }
  return empty3 ?? { kind: "missing", tried: CANDIDATES.map((c) => c.selector) };
}
function firstMatch(text, from, candidate) {
  let start = from;
  let limit = text.length;
  for (const outer of candidate.outer) {
    const at = startTagIndex(text, outer.start, start);
    if (at === -1 || at >= limit) return void 0;
    const end = startTagIndex(text, outer.end, at);
    limit = Math.min(limit, end === -1 ? text.length : end);
    start = at + 1;
  }
  for (let at = startTagIndex(text, candidate.probe, start); at !== -1 && at < limit; at = startTagIndex(text, candidate.probe, at + 1)) {
    const element = parseElementAt(text, at);
    if (element && candidate.inner(element)) return element;
  }
  return void 0;
}
function endTagProbe(compound) {
  const tag = /^[a-zA-Z][\w-]*/.exec(compound)?.[0] ?? "[a-zA-Z][\\w-]*";
  return new RegExp(`</${tag}\\s*>`, "gi");
}
function startTagProbe(compound) {
  const tag = /^[a-zA-Z][\w-]*/.exec(compound)?.[0] ?? "[a-zA-Z][\\w-]*";
  const className2 = /\.([\w-]+)/.exec(compound)?.[1];
  const id2 = /#([\w-]+)/.exec(compound)?.[1];
  const role = /\[role=([\w-]+)\]/.exec(compound)?.[1];
  const value = (name2, word) => `\\s${name2}\\s*=\\s*["']?(?:[^"'>]*?\\s)?${escape(word)}(?![\\w-])`;
  const attribute2 = className2 ? value("class", className2) : id2 ? value("id", id2) : role ? value("role", role) : "";
  return new RegExp(`<${tag}(?=[\\s/>])${attribute2 ? `[^>]*?${attribute2}` : ""}`, "gi");
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var VISIBLE = /[^\s\u200B\u2060\uFEFF]/;
var UNSEEN = /* @__PURE__ */ new Set(["script", "style", "template", "noscript", "svg", "button"]);
function hasVisibleText(node) {
  return node.children.some(
    (child) => child.type === "text" ? VISIBLE.test(child.value) : child.type === "element" && !UNSEEN.has(child.tagName) && hasVisibleText(child)
  );
}

// src/documents/html/markdown-text.ts
var SKIPPED = /* @__PURE__ */ new Set(["input", "svg", "math", "wbr", "script", "style", "template", "button", "select", "textarea", "object", "canvas"]);
function phrasing(nodes, context = {}) {
  const out = { text: "" };
  for (const node of nodes) appendNode(out, node, context);
  if (out.text.includes("\\\n")) return out.text.replace(/ *\\\n */g, "\\\n").replace(/^(?:\\\n| )+|(?:\\\n| )+$/g, "");
  return withoutEdgeSpaces(out.text);
}
function withoutEdgeSpaces(text) {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
function appendNode(out, node, context) {
  if (node.type === "text") append2(out, escapeText(node.value.replace(/[ \t\n\r\f]+/g, " "), context));
  else if (node.type === "element") appendElement(out, node, context);
}
function append2(out, text) {
  let next = out.text.endsWith(" ") && text.startsWith(" ") ? text.slice(1) : text;
  if (out.closerAfterPunctuation && /^[\p{L}\p{N}]/u.test(next)) next = `${characterReference(next.codePointAt(0))}${next.slice(String.fromCodePoint(next.codePointAt(0)).length)}`;
  if (next !== "") out.closerAfterPunctuation = false;
  out.text += next;
}
var characterReference = (code) => `&#x${code.toString(16).toUpperCase()};`;
var PUNCTUATION = /[\p{P}\p{S}]/u;
function appendElement(out, element, context) {
  const tag = element.tagName;
  if (SKIPPED.has(tag)) return;
  if (tag === "br") return append2(out, context.inTable ? " " : "\\\n");
  if (tag === "code" || tag === "kbd" || tag === "samp" || tag === "tt") return append2(out, codeSpan(textContent(element), context));
  if (tag === "img") return append2(out, image(element, context));
  if (tag === "a") return link(out, element, context);
  if (tag === "em" || tag === "i") return wrap2(out, element, "*", context);
  if (tag === "strong" || tag === "b") return wrap2(out, element, "**", context);
  if (tag === "del" || tag === "s" || tag === "strike") return wrap2(out, element, "~~", context);
  for (const child of element.children) appendNode(out, child, context);
}
function wrap2(out, element, marker, context) {
  const { lead, body, trail } = edges(phrasingKeepingEdges(element.children, context));
  if (body === "") return append2(out, lead || trail);
  const before = out.text + lead;
  const opensAfterLetter = PUNCTUATION.test(body[0]) && /[\p{L}\p{N}]$/u.test(before);
  if (opensAfterLetter) {
    const last2 = String.fromCodePoint(before.codePointAt(before.length - 1) ?? before.charCodeAt(before.length - 1));
    out.text = `${before.slice(0, -last2.length)}${characterReference(last2.codePointAt(0))}`;
  } else {
    append2(out, lead);
  }
  out.text += `${marker}${body}${marker}`;
  out.closerAfterPunctuation = PUNCTUATION.test(body.at(-1)) && trail === "";
  append2(out, trail);
}
function link(out, element, context) {
  const { lead, body, trail } = edges(phrasingKeepingEdges(element.children, context));
  append2(out, lead);
  append2(out, linkMarkdown(element, body, context));
  append2(out, trail);
}
function edges(inner) {
  const body = inner.trim();
  return { lead: body !== "" && inner.startsWith(" ") ? " " : body === "" && inner !== "" ? " " : "", body, trail: body !== "" && inner.endsWith(" ") ? " " : "" };
}
function phrasingKeepingEdges(nodes, context) {
  const out = { text: "" };
  for (const node of nodes) appendNode(out, node, context);
  return out.text;
}
function linkMarkdown(element, inner, context) {
  const href = attributeOf(element, "href");
  if (href === void 0 || href === "") return inner;
  if (inner === "") return "";
  const title = attributeOf(element, "title");
  if (title === void 0 && inner === escapeText(href, context) && /^[a-z][a-z\d+.-]*:[^\s<>]*$/i.test(href)) return `<${href}>`;
  return `[${inner}](${destination(href)}${titlePart(title)})`;
}
function image(element, context) {
  const src = attributeOf(element, "src");
  if (src === void 0 || src === "") return "";
  const alt = escapeText((attributeOf(element, "alt") ?? "").replace(/\s+/g, " ").trim(), context);
  return `![${alt}](${destination(src)}${titlePart(attributeOf(element, "title"))})`;
}
function destination(url) {
  const balanced = (url.match(/\(/g) ?? []).length === (url.match(/\)/g) ?? []).length;
  if (/[\s<>]/.test(url) || !balanced) return `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>`;
  return url;
}
function titlePart(title) {
  return title ? ` "${title.replace(/["\\]/g, "\\$&")}"` : "";
}
function codeSpan(text, context = {}) {
  const written = text.replace(/\n/g, " ");
  const value = context.inTable ? written.replace(/\|/g, "\\|") : written;
  if (value === "") return "";
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^`|`$/.test(value) || /^ /.test(value) && / $/.test(value) && value.trim() !== "" ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
var MAYBE_SYNTAX = /[\\*`[\]_<&~|]/;
function escapeText(text, context = {}) {
  if (!MAYBE_SYNTAX.test(text)) return text;
  let escaped = text.replace(/\\(?=[!-/:-@[-`{-~])/g, "\\\\").replace(/[*`[\]]/g, "\\$&").replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (match) => match.replace("_", "\\_")).replace(/<(?=[a-zA-Z/!?])/g, "\\<").replace(/&(?=#?\w+;)/g, "\\&").replace(/~/g, "\\~");
  if (context.inTable) escaped = escaped.replace(/\|/g, "\\|");
  return escaped;
}
function escapeLineStart(line) {
  return line.replace(/^(#{1,6})(?= |$)/, "\\$1").replace(/^([>+-])(?= |$)/, "\\$1").replace(/^(\d{1,9})([.)])(?= |$)/, "$1\\$2").replace(/^(=+|-{3,})\s*$/, "\\$1");
}
function textContent(node) {
  return node.children.map((child) => child.type === "text" ? child.value : child.type === "element" ? textContent(child) : "").join("");
}

// src/documents/html/presentation.ts
var KEPT_ATTRIBUTES = /* @__PURE__ */ new Set(["href", "src", "alt", "title", "id", "colSpan", "rowSpan", "start", "type", "checked", "disabled", "lang", "dir"]);
function stripPresentation(content) {
  walkElements(content, (element) => {
    const kept = {};
    for (const [name2, value] of Object.entries(element.properties)) {
      if (KEPT_ATTRIBUTES.has(name2)) kept[name2] = value;
    }
    const codeClass = element.properties.className;
    if (element.tagName === "code" && Array.isArray(codeClass) && codeClass.length > 0) kept.className = codeClass;
    element.properties = kept;
  });
  tidy(content);
}
var EMPTY_ALLOWED = /* @__PURE__ */ new Set(["img", "br", "hr", "input", "td", "th", "col", "source", "video", "audio", "iframe"]);
function holdsOnlyElements(element) {
  return element.children.every((c) => c.type === "element" || c.type === "text" && c.value.trim() === "");
}
function tidy(parent) {
  const children = [];
  for (const child of parent.children) {
    if (child.type !== "element") {
      children.push(child);
      continue;
    }
    tidy(child);
    const bare = Object.keys(child.properties).length === 0;
    if (child.children.length === 0 && !EMPTY_ALLOWED.has(child.tagName)) continue;
    if (bare && (child.tagName === "span" || child.tagName === "div" && holdsOnlyElements(child))) {
      children.push(...child.children);
    } else {
      children.push(child);
    }
  }
  parent.children = children;
}

// src/documents/html/markdown-table.ts
var BLOCKS = /* @__PURE__ */ new Set(["ul", "ol", "dl", "blockquote", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "details", "figure", "br"]);
function tableMarkdown(table) {
  const rows = rowsOf(table);
  if (!rows.every((row2) => row2.cells.every(fitsGfm))) return htmlTable(table);
  const cells = rows.map((row2) => row2.cells.map((cell2) => cellText(cell2)));
  if (!rows[0]?.header) cells.unshift([]);
  const columns = Math.max(1, ...cells.map((row2) => row2.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(1, ...cells.map((row2) => (row2[column] ?? "").length)));
  const line = (row2) => `| ${widths.map((width, column) => (row2[column] ?? "").padEnd(width)).join(" | ")} |`;
  return [line(cells[0]), `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`, ...cells.slice(1).map(line)].join("\n");
}
function rowsOf(table) {
  const rows = [];
  const visit2 = (parent, inHead) => {
    for (const child of parent.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "tr") rows.push({ header: inHead || isHeaderRow(child, rows.length), cells: cellsOf(child) });
      else if (["thead", "tbody", "tfoot"].includes(child.tagName)) visit2(child, child.tagName === "thead");
    }
  };
  visit2(table, false);
  return rows;
}
function isHeaderRow(row2, index) {
  const cells = row2.children.filter((c) => c.type === "element");
  return index === 0 && cells.length > 0 && cells.every((cell2) => cell2.tagName === "th");
}
function cellsOf(row2) {
  const cells = [];
  for (const child of row2.children) {
    if (child.type !== "element" || child.tagName !== "td" && child.tagName !== "th") continue;
    cells.push(child);
    const span = Number(child.properties.colSpan ?? 1);
    for (let extra = 1; extra < Math.min(span, 1e3); extra++) cells.push({ type: "element", tagName: "td", properties: {}, children: [] });
  }
  return cells;
}
function fitsGfm(cell2) {
  let paragraphs = 0;
  const fits = (element) => element.children.every((child) => {
    if (child.type !== "element") return true;
    if (child.tagName === "p" && element === cell2) paragraphs++;
    if (BLOCKS.has(child.tagName) || child.tagName === "pre" && textContent(child).includes("\n")) return false;
    return fits(child);
  });
  return fits(cell2) && paragraphs <= 1;
}
function cellText(cell2) {
  return phrasing(inlineCode(cell2.children), { inTable: true });
}
function inlineCode(nodes) {
  return nodes.map((node) => {
    if (node.type !== "element") return node;
    if (node.tagName === "pre") return { type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: textContent(node) }] };
    return { ...node, children: inlineCode(node.children) };
  });
}
function htmlTable(table) {
  const holder = { type: "element", tagName: "div", properties: {}, children: [structuredClone(table)] };
  stripPresentation(holder);
  return toHtml(holder.children).replace(/\n/g, "&#10;");
}

// src/documents/html/markdown-blocks.ts
var BLOCK = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "details",
  "dialog",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "ul",
  "summary",
  "figcaption",
  "video",
  "audio",
  "iframe",
  "starlight-tabs",
  "center"
]);
function blocks(nodes) {
  const out = [];
  let inline = [];
  let previousList;
  const flushInline = () => {
    if (inline.length > 0) push2(out, paragraph2(inline));
    inline = [];
  };
  for (const node of nodes) {
    if (node.type !== "element" || !BLOCK.has(node.tagName) && !holdsBlocks(node)) {
      inline.push(node);
      continue;
    }
    flushInline();
    const isList = node.tagName === "ul" || node.tagName === "ol";
    const bullet = isList && previousList === node.tagName && out.length > 0 && out.at(-1).startsWith("- ") ? "*" : "-";
    for (const block of blockOf(node, bullet)) push2(out, block);
    previousList = isList ? node.tagName : void 0;
  }
  flushInline();
  return out;
}
function holdsBlocks(element) {
  return element.children.some((child) => child.type === "element" && (BLOCK.has(child.tagName) || holdsBlocks(child)));
}
function push2(out, block) {
  if (block.trim() !== "") out.push(block);
}
function blockOf(element, bullet) {
  const tag = element.tagName;
  if (/^h[1-6]$/.test(tag)) return [heading(element)];
  if (tag === "p" || tag === "summary" || tag === "figcaption" || tag === "dt") return [paragraph2(element.children)];
  if (tag === "pre") return [codeBlock(element)];
  if (tag === "blockquote") return [prefixLines(blocks(element.children).join("\n\n"), "> ", ">")];
  if (tag === "ul" || tag === "ol") return [list(element, bullet)];
  if (tag === "dl") return [definitionList(element)];
  if (tag === "table") return [tableMarkdown(element)];
  if (tag === "hr") return ["---"];
  if (tag === "video" || tag === "audio" || tag === "iframe") return [mediaLink(element)];
  return blocks(element.children);
}
function heading(element) {
  const text = phrasing(element.children).replace(/\\\n/g, " ");
  return text === "" ? "" : `${"#".repeat(Number(element.tagName[1]))} ${text}`;
}
function paragraph2(nodes) {
  return phrasing(nodes).split("\n").map(escapeLineStart).join("\n");
}
function codeBlock(pre) {
  const code = pre.children.find((c) => c.type === "element" && c.tagName === "code");
  const value = textContent(code ?? pre).replace(/\n+$/, "");
  const language = code ? classesOf(code).find((name2) => name2.startsWith("language-"))?.slice("language-".length) : void 0;
  const title = attributeOf(pre, "title");
  const longest = Math.max(2, ...(value.match(/^ {0,3}`{3,}/gm) ?? []).map((fence2) => fence2.trim().length));
  const fence = "`".repeat(longest + 1);
  const info = language === void 0 ? "" : title ? `${language} title=${JSON.stringify(title)}` : language;
  const block = `${fence}${info}
${value}${value === "" ? "" : "\n"}${fence}`;
  return language === void 0 && title ? `${paragraph2([{ type: "text", value: title }])}

${block}` : block;
}
function list(element, bullet) {
  const items = itemsOf(element);
  const ordered = element.tagName === "ol";
  const start = Number(attributeOf(element, "start") ?? 1) || 1;
  const rendered = items.map((item, index) => listItem2(item, ordered ? `${start + index}.` : bullet));
  const loose = items.some((item) => blocks(item.children).length > 1);
  return rendered.join(loose ? "\n\n" : "\n");
}
function itemsOf(list2) {
  const items = [];
  for (const child of list2.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "li") items.push(child);
    else if (items.length > 0) items[items.length - 1] = { ...items.at(-1), children: [...items.at(-1).children, child] };
    else items.push({ type: "element", tagName: "li", properties: {}, children: [child] });
  }
  return items;
}
function listItem2(item, marker) {
  const checkbox = taskState(item);
  const body = blocks(item.children).join("\n\n");
  const prefix = `${marker} ${checkbox === void 0 ? "" : checkbox ? "[x] " : "[ ] "}`;
  const indent = " ".repeat(marker.length + 1);
  return `${prefix}${body.split("\n").map((line, index) => index === 0 || line === "" ? line : `${indent}${line}`).join("\n")}`.trimEnd();
}
function taskState(item) {
  const first = firstElement(item);
  const box = first?.tagName === "p" ? firstElement(first) : first;
  return box?.tagName === "input" && attributeOf(box, "type") === "checkbox" ? box.properties.checked === true || box.properties.checked === "" : void 0;
}
function firstElement(parent) {
  for (const child of parent.children) {
    if (child.type === "element") return child;
    if (child.type === "text" && child.value.trim() !== "") return void 0;
  }
  return void 0;
}
function definitionList(element) {
  const groups = [];
  let group = [];
  let last2 = "";
  for (const child of element.children.flatMap((c) => c.type === "element" && c.tagName === "div" ? c.children : [c])) {
    if (child.type !== "element") continue;
    if (child.tagName === "dt" && last2 === "dd") {
      groups.push(group);
      group = [];
    }
    group.push(child);
    last2 = child.tagName;
  }
  groups.push(group);
  const item = (nodes) => ({ type: "element", tagName: "li", properties: {}, children: nodes });
  return list({ type: "element", tagName: "ul", properties: {}, children: groups.filter((g) => g.length > 0).map(item) }, "-");
}
function mediaLink(element) {
  const src = attributeOf(element, "src");
  return src ? paragraph2([{ type: "element", tagName: "a", properties: { href: src }, children: [{ type: "text", value: src }] }]) : "";
}
function prefixLines(text, prefix, emptyPrefix) {
  return text.split("\n").map((line) => line === "" ? emptyPrefix : `${prefix}${line}`).join("\n");
}

// src/documents/html/convert.ts
function htmlOf(content) {
  return toHtml(content.children).trim();
}
function markdownOf(content) {
  const markdown = blocks(content.children).join("\n\n").trim();
  return markdown ? `${markdown}
` : "";
}

// src/documents/html/head.ts
function readHead(tree) {
  const head = { keywords: [], generators: [], noindex: false, alternates: [], pageClasses: [] };
  const html2 = tree.children.find((c) => c.type === "element" && c.tagName === "html");
  const lang2 = html2 ? canonicalLanguage(attributeOf(html2, "lang")) : void 0;
  if (lang2) head.lang = lang2;
  const child = (name2) => html2?.children.find((c) => c.type === "element" && c.tagName === name2);
  const body = child("body");
  head.pageClasses = [...html2 ? classesOf(html2) : [], ...body ? classesOf(body) : []];
  const headElement = child("head");
  if (!headElement) return dropUndefined(head);
  walkElements(headElement, (element) => {
    if (element.tagName === "title") head.title ??= visibleText(element) || void 0;
    else if (element.tagName === "meta") readMeta(element, head);
    else if (element.tagName === "link") readLink(element, head);
  });
  return dropUndefined(head);
}
function readMeta(meta, head) {
  const name2 = (attributeOf(meta, "name") ?? attributeOf(meta, "property") ?? "").toLowerCase();
  const content = attributeOf(meta, "content")?.trim();
  const httpEquiv = attributeOf(meta, "httpEquiv")?.toLowerCase();
  if (content === void 0 || content === "") return;
  if (httpEquiv === "refresh") head.redirectTo = refreshTarget(content);
  else if (name2 === "robots" || name2 === "googlebot") head.noindex ||= /\b(?:noindex|none)\b/i.test(content);
  else if (name2 === "og:title") head.ogTitle ??= content;
  else if (name2 === "og:site_name") head.siteName ??= content;
  else if (name2 === "og:url") head.ogUrl ??= content;
  else if (name2 === "description") head.description ??= content;
  else if (name2 === "keywords") head.keywords.push(...content.split(",").map((k) => k.trim()).filter(Boolean));
  else if (name2 === "article:tag") head.keywords.push(content);
  else if (name2 === "generator") head.generators.push(content);
}
function readLink(link2, head) {
  const rel = (attributeOf(link2, "rel") ?? "").toLowerCase().split(/\s+/);
  const href = attributeOf(link2, "href")?.trim();
  if (!href) return;
  if (rel.includes("canonical")) head.canonical ??= href;
  const hreflang = attributeOf(link2, "hrefLang");
  if (rel.includes("alternate") && hreflang) head.alternates.push({ hreflang, href });
}
function refreshTarget(content) {
  const match = /url\s*=\s*['"]?([^'"]+)['"]?/i.exec(content);
  return match?.[1]?.trim() || void 0;
}
function canonicalLanguage(value) {
  const written = value?.trim();
  if (!written) return void 0;
  try {
    return Intl.getCanonicalLocales(written.replaceAll("_", "-"))[0];
  } catch {
    return void 0;
  }
}
function dropUndefined(head) {
  for (const key of Object.keys(head)) if (head[key] === void 0) delete head[key];
  return head;
}

// src/documents/html/page-kind.ts
var LISTING_PAGE_CLASSES = [
  // Docusaurus blog plugin (`<html class="blog-wrapper blog-list-page …">`).
  { className: "blog-list-page", what: "blog index (Docusaurus)" },
  { className: "blog-tags-list-page", what: "blog tag index (Docusaurus)" },
  { className: "blog-tags-post-list-page", what: "blog tag listing (Docusaurus)" },
  { className: "blog-authors-list-page", what: "blog author index (Docusaurus)" },
  { className: "blog-authors-posts-page", what: "blog author listing (Docusaurus)" },
  { className: "blog-archive-page", what: "blog archive (Docusaurus)" },
  // Docusaurus docs plugin: the tag pages of docs.
  { className: "docs-tags-list-page", what: "docs tag index (Docusaurus)" },
  { className: "docs-tags-doc-list-page", what: "docs tag listing (Docusaurus)" }
];
var LISTING_ELEMENTS = [
  // Docusaurus `generated-index` category pages: `<div class="generatedIndexPage_vN6x">` (CSS-module suffix).
  { probe: /<div[^>]*?\sclass\s*=\s*["']?(?:[^"'>]*\s)?generatedIndexPage_/gi, what: "generated category index (Docusaurus)" }
];
var LISTING_CLASS_PAIRS = [
  { classes: ["td-section", "td-blog"], what: "blog section listing (Docsy)" }
];
function listingReason(classes, text, bodyFrom) {
  const has2 = new Set(classes);
  const byClass = LISTING_PAGE_CLASSES.find((entry) => has2.has(entry.className));
  if (byClass) return `${byClass.what}: a generated listing of the built site`;
  const byPair = LISTING_CLASS_PAIRS.find((entry) => entry.classes.every((name2) => has2.has(name2)));
  if (byPair) return `${byPair.what}: a generated listing of the built site`;
  const byElement = LISTING_ELEMENTS.find((entry) => startTagIndex(text, entry.probe, bodyFrom) !== -1);
  return byElement ? `${byElement.what}: a generated listing of the built site` : void 0;
}

// src/documents/html/page-title.ts
var SUFFIX_SEPARATORS = [" | ", " \u2013 ", " \u2014 ", " \xB7 ", " - ", " :: "];
var TRAILING_GLYPHS = /[\s#¶§🔗]+$/u;
var HEADING_FIRST = /* @__PURE__ */ new Set(["mkdocs", "mkdocs-material"]);
function pageTitleOf(main, head) {
  const heading2 = firstHeading(main.element);
  if (heading2 && HEADING_FIRST.has(main.generator)) return heading2;
  const title = headTitle(head);
  if (main.selector === ".VPHome" && title !== void 0 && !SUFFIX_SEPARATORS.some((s) => (head.title ?? "").includes(s))) {
    return heroName(main.element) ?? title;
  }
  return title ?? heading2;
}
function heroName(home) {
  const name2 = selectByClass(home, "name");
  return name2 ? visibleText(name2) || void 0 : void 0;
}
function selectByClass(root2, className2) {
  let found;
  walkElements(root2, (element) => {
    if (!found && classesOf(element).includes(className2)) found = element;
    return found === void 0;
  });
  return found;
}
function headTitle(head) {
  if (head.ogTitle && head.ogTitle !== head.title) return head.ogTitle;
  const written = head.ogTitle ?? head.title;
  return written ? withoutSiteSuffix(written, head.siteName) : void 0;
}
function firstHeading(content) {
  let found;
  walkElements(content, (element) => {
    if (found) return false;
    if (element.tagName === "h1") found = element;
    return found === void 0;
  });
  return found && visibleText(found).replace(TRAILING_GLYPHS, "") || void 0;
}
function withoutSiteSuffix(title, siteName) {
  if (siteName) {
    for (const separator of SUFFIX_SEPARATORS) {
      const suffix = `${separator}${siteName}`;
      if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length).trim();
    }
    return title;
  }
  const cut = Math.max(...SUFFIX_SEPARATORS.map((separator) => title.lastIndexOf(separator)));
  const kept = cut > 0 ? title.slice(0, cut).trim() : "";
  return kept || title;
}

// src/documents/html/urls.ts
function pageUrlOf(head, route, baseUrl) {
  for (const written of [head.canonical, head.ogUrl]) {
    const url = written === void 0 ? void 0 : absolute(written, baseUrl);
    if (url) return url;
  }
  if (baseUrl === void 0) return void 0;
  return absolute(route === "index" ? "" : `${route}/`, withTrailingSlash(baseUrl));
}
function translationKeyOf(alternates, context = {}) {
  const { pageUrl, lang: lang2, defaultLocale } = context;
  if (alternates.length === 0) return void 0;
  const self = pageUrl && lang2 ? [{ hreflang: lang2, href: pageUrl }] : [];
  const resolved = [...alternates, ...self].map((a) => ({ hreflang: a.hreflang.toLowerCase(), href: absolute(a.href, pageUrl) ?? a.href }));
  const pick = (code) => {
    const wanted = code?.toLowerCase();
    return wanted === void 0 ? void 0 : resolved.find((a) => a.hreflang === wanted) ?? resolved.find((a) => a.hreflang.startsWith(`${wanted}-`));
  };
  const chosen = pick("x-default") ?? pick(defaultLocale) ?? [...resolved].sort((a, b) => a.href < b.href ? -1 : 1)[0];
  return chosen?.href;
}
function absolutizeLinks(content, pageUrl) {
  walkElements(content, (element) => {
    for (const name2 of ["href", "src"]) {
      const value = element.properties[name2];
      if (typeof value !== "string" || value.startsWith("#") || value === "") continue;
      element.properties[name2] = absolute(value, pageUrl) ?? value;
    }
  });
}
function absolute(url, base) {
  try {
    return new URL(url, base).href;
  } catch {
    return void 0;
  }
}
function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

// src/documents/html/derive-html.ts
function deriveHtmlDocument(file, options2) {
  const path = pagePathOf(file.path, options2.locales ?? []);
  if (path.kind === "not-a-page") return { kind: "excluded", reason: path.reason };
  const text = normalizeText(file.text);
  const top = parseTop(text);
  const head = readHead(top.tree);
  if (head.redirectTo !== void 0) return { kind: "excluded", reason: `redirect stub to ${head.redirectTo}` };
  if (head.noindex) return { kind: "excluded", reason: 'noindex in <meta name="robots">' };
  const listing = listingReason(head.pageClasses, text, top.bodyFrom);
  if (listing) return { kind: "excluded", reason: listing };
  const search = locateMainContent(text, top.bodyFrom);
  if (search.kind !== "found") return { kind: "excluded", reason: notFoundReason(search), textless: true };
  const document = buildDocument({ file, head, main: search, idPath: path.idPath, locale: path.locale, options: options2 });
  if (!document.content) return { kind: "excluded", reason: `page has no text once navigation is removed (content found by "${search.selector}")`, textless: true };
  if (document.content.replace(/^# .*\n?/, "").trim() === "") {
    return { kind: "excluded", reason: `page has no text besides its title (content found by "${search.selector}")`, textless: true };
  }
  const generator = builtBy(document);
  return generator === void 0 ? { kind: "document", document, diagnostics: [] } : { kind: "document", document, diagnostics: [], builtBy: generator };
}
function notFoundReason(search) {
  if (search.kind === "empty") return `content element "${search.selector}" (${search.generator}) is empty; the page is left out rather than read from its navigation`;
  return `no content element (tried ${search.tried.map((s) => `"${s}"`).join(", ")}); the page is left out rather than read from the whole <body>`;
}
var GENERATORS = /* @__PURE__ */ new WeakMap();
function builtBy(document) {
  return GENERATORS.get(document);
}
function recordBuiltBy(document, generator) {
  GENERATORS.set(document, generator);
}
var KNOWN_GENERATORS = ["docusaurus", "starlight", "vitepress", "hugo", "mkdocs", "jekyll"];
function declaredGenerator(head) {
  const named = head.generators.join(" ").toLowerCase();
  return KNOWN_GENERATORS.find((generator) => named.includes(generator));
}
function buildDocument(parts) {
  const { file, head, main, idPath, options: options2 } = parts;
  cleanContent(main.element);
  const title = pageTitleOf(main, head) ?? titleFromPath(idPath);
  const sourceUrl = pageUrlOf(head, idPath, options2.baseUrl);
  if (sourceUrl) absolutizeLinks(main.element, sourceUrl);
  if (options2.html !== false) stripPresentation(main.element);
  const lang2 = head.lang ?? parts.locale;
  const document = {
    // `.html` appended so that externalIdOf strips exactly that, never a dot inside the route (`release-1.0`).
    externalId: externalIdOf({ sourcePath: `${idPath}.html`, idPrefix: options2.idPrefix }),
    title,
    content: markdownOf(main.element),
    // Spread here so a kept `html` sits where it always has in the document.
    ...options2.html === false ? {} : { html: htmlOf(main.element) },
    tags: normalizeTags(head.keywords).tags,
    sourcePath: file.path,
    metadata: {}
  };
  if (lang2) document.lang = lang2;
  if (head.description) document.description = head.description;
  if (sourceUrl) document.sourceUrl = sourceUrl;
  const translationKey = translationKeyOf(head.alternates, { pageUrl: sourceUrl, lang: lang2, defaultLocale: options2.defaultLocale });
  if (translationKey) document.metadata.translationKey = translationKey;
  GENERATORS.set(document, declaredGenerator(head) ?? main.generator);
  return document;
}

// src/documents/textless.ts
var NO_TEXT_MESSAGE = "page has no text; its published copy is kept";
var TEMPLATE_KEYS = ["layout", "template", "redirect", "redirect_to", "redirectTo"];
function textlessOutcome(path, rawBody, data) {
  if (/(^|\/)_index(\.[^./]+)?\.[^./]+$/.test(path)) {
    return textless("section page (_index) with no text of its own: a listing, not a page");
  }
  if (rawBody.trim() !== "") return textless("page has no text once frontmatter, shortcodes and components are removed");
  const key = TEMPLATE_KEYS.find((name2) => data[name2] !== void 0 && data[name2] !== null && data[name2] !== "");
  if (key) return textless(`page has no text and its frontmatter names a ${key}: built from a template, not a page`);
  const message = `${NO_TEXT_MESSAGE} (the file is empty or holds only frontmatter); expected page text \u2014 to unpublish a page, delete its file or set draft: true`;
  return { kind: "error", diagnostic: { severity: "error", file: path, message } };
}
function textless(reason) {
  return { kind: "excluded", reason, textless: true };
}

// src/documents/frontmatter.ts
var import_gray_matter = __toESM(require_gray_matter(), 1);

// src/documents/frontmatter-engines.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_FRONTMATTER_BYTES = 256 * 1024;
var MAX_YAML_ALIASES = 50;
var FrontmatterError = class extends Error {
  line;
  constructor(message, line) {
    super(message);
    this.name = "FrontmatterError";
    this.line = line;
  }
};
var CODE_REJECTED_MESSAGE = "JavaScript frontmatter is not supported: kb-publish never executes code in frontmatter";
function limited(parse8) {
  return (block) => {
    const bytes = Buffer.byteLength(block, "utf8");
    if (bytes > MAX_FRONTMATTER_BYTES) {
      throw new FrontmatterError(
        `frontmatter is too large: ${bytes} bytes; expected at most ${MAX_FRONTMATTER_BYTES} bytes`,
        1
      );
    }
    return parse8(block);
  };
}
function parseYaml(block) {
  const doc = (0, import_yaml.parseDocument)(block, { uniqueKeys: true, prettyErrors: true, version: "1.2" });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new FrontmatterError(`invalid YAML frontmatter: ${describeYamlError(error, block)}`, line);
  }
  refuseUnknownTags(doc.warnings);
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new FrontmatterError(
      `YAML frontmatter was refused: ${message}; expected at most ${MAX_YAML_ALIASES} alias expansions`
    );
  }
}
function refuseUnknownTags(warnings) {
  const unresolved = warnings.find((warning) => warning.code === "TAG_RESOLVE_FAILED");
  if (!unresolved) return;
  const tag = /Unresolved tag: (\S+)/.exec(unresolved.message)?.[1] ?? "unknown";
  const shown = tag.replace(/^tag:yaml\.org,2002:/, "!!");
  throw new FrontmatterError(
    `unsupported YAML tag ${shown} in frontmatter; expected plain values (text, numbers, lists, mappings) \u2014 kb-publish never builds typed or code objects`,
    unresolved.linePos?.[0].line
  );
}
function describeYamlError(error, block) {
  const summary = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, "");
  if (error.code !== "DUPLICATE_KEY" || !error.linePos) return `${summary}; expected valid YAML`;
  const lineText2 = block.split("\n")[error.linePos[0].line - 1] ?? "";
  const key = lineText2.split(":")[0]?.trim().replace(/^["']|["']$/g, "");
  return `duplicate key "${key}"; expected each key at most once`;
}
function parseTomlBlock(block) {
  try {
    return parse5(block);
  } catch (cause) {
    const error = cause;
    const summary = firstLine(error.message ?? String(cause)).replace(/^Invalid TOML document: /, "");
    throw new FrontmatterError(`invalid TOML frontmatter: ${summary}; expected valid TOML`, error.line);
  }
}
function parseJson(block) {
  try {
    return JSON.parse(block);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === void 0 ? void 0 : lineAtOffset(block, Number(position));
    throw new FrontmatterError(`invalid JSON frontmatter: ${firstLine(message)}; expected valid JSON`, line);
  }
}
function refuseCode() {
  throw new FrontmatterError(`${CODE_REJECTED_MESSAGE}; expected YAML (---), TOML (+++) or JSON (---json)`, 1);
}
function firstLine(text) {
  return text.split("\n")[0]?.trim() ?? "";
}
function lineAtOffset(text, offset) {
  return text.slice(0, offset).split("\n").length;
}
var refused = { parse: refuseCode, stringify: refuseCode };
var safeEngines = {
  yaml: { parse: limited(parseYaml) },
  yml: { parse: limited(parseYaml) },
  toml: { parse: limited(parseTomlBlock) },
  json: { parse: limited(parseJson) },
  js: refused,
  javascript: refused,
  coffee: refused,
  coffeescript: refused,
  cson: refused
};
var CODE_LANGUAGES = /* @__PURE__ */ new Set(["js", "javascript", "coffee", "coffeescript", "cson"]);
var DATA_LANGUAGES = /* @__PURE__ */ new Set(["yaml", "yml", "toml", "json"]);

// src/documents/frontmatter.ts
function parseFrontmatter(text) {
  try {
    const head = scanHead(text);
    if (!head) return withBody({}, text, 1, "");
    return parseWithGrayMatter(text, head);
  } catch (cause) {
    if (cause instanceof FrontmatterError) return { ok: false, message: cause.message, line: cause.line };
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, message: `frontmatter could not be parsed: ${message}` };
  }
}
function scanHead(text) {
  const firstEnd = text.indexOf("\n");
  const firstLine2 = firstEnd === -1 ? text : text.slice(0, firstEnd);
  const delimiter = ["---", "+++"].find((d) => firstLine2.startsWith(d));
  if (!delimiter || firstLine2[3] === delimiter[0]) return void 0;
  const language = languageOf2(delimiter, firstLine2.slice(3).trim());
  assertClosed(text, delimiter, firstEnd);
  return { delimiter, language };
}
function languageOf2(delimiter, written) {
  const name2 = written.toLowerCase();
  if (CODE_LANGUAGES.has(name2)) {
    throw new FrontmatterError(
      `${CODE_REJECTED_MESSAGE} (found "${delimiter}${written}"); expected YAML (---), TOML (+++) or JSON (---json)`,
      1
    );
  }
  if (delimiter === "+++" && (name2 === "" || name2 === "toml")) return "toml";
  if (delimiter === "---" && name2 === "") return "yaml";
  if (delimiter === "---" && DATA_LANGUAGES.has(name2)) return name2 === "yml" ? "yaml" : name2;
  throw new FrontmatterError(
    `unsupported frontmatter language "${written}" after ${delimiter}; expected yaml, toml or json`,
    1
  );
}
function assertClosed(text, delimiter, firstEnd) {
  const closeAt = firstEnd === -1 ? -1 : text.indexOf(`
${delimiter}`, firstEnd);
  if (closeAt === -1) {
    throw new FrontmatterError(
      `frontmatter opened with ${delimiter} on line 1 is never closed; expected a line with just ${delimiter}`,
      1
    );
  }
  const lineEnd = text.indexOf("\n", closeAt + 1);
  const closing = text.slice(closeAt + 1, lineEnd === -1 ? void 0 : lineEnd).trimEnd();
  if (closing !== delimiter) {
    const line = lineAt(text, closeAt + 1);
    throw new FrontmatterError(
      `frontmatter closing line is "${closing}"; expected a line with just ${delimiter}`,
      line
    );
  }
}
function parseWithGrayMatter(text, head) {
  const firstEnd = text.indexOf("\n");
  const input = head.delimiter + text.slice(firstEnd);
  const closeEnd = input.indexOf(`
${head.delimiter}`, 1) + 1 + head.delimiter.length;
  const file = (0, import_gray_matter.default)(input.slice(0, closeEnd), { language: head.language, delimiters: head.delimiter, engines: safeEngines, excerpt: false });
  const data = file.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new FrontmatterError(
      `frontmatter is ${kindOf(data)}; expected a mapping of keys to values`,
      2
    );
  }
  const block = file.matter;
  const body = bodyAfter(input, closeEnd);
  const bodyLine = lineAt(input, input.length - body.length);
  return { ...withBody(plainObject(data), body, bodyLine, block), language: head.language };
}
function bodyAfter(input, closeEnd) {
  let start = closeEnd;
  if (input[start] === "\r") start++;
  if (input[start] === "\n") start++;
  return input.slice(start);
}
function withBody(data, rest, restLine, block) {
  const blank2 = /^(?:[ \t]*\n)*/.exec(rest)?.[0] ?? "";
  const skipped = blank2.split("\n").length - 1;
  return { ok: true, data, body: rest.slice(blank2.length), bodyLine: restLine + skipped, block };
}
function kindOf(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null || value === void 0) return "empty";
  const shown = JSON.stringify(value) ?? String(value);
  return `a ${typeof value} (${shown.length > 60 ? `${shown.slice(0, 60)}\u2026` : shown})`;
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function lineOfKey(block, key) {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^["']?${escaped}["']?\\s*[:=]`);
  const index = block.split("\n").findIndex((line) => pattern.test(line));
  return index === -1 ? void 0 : index + 1;
}

// src/documents/links.ts
import { posix as posix3 } from "node:path";
var FOLDER_NAMES = /* @__PURE__ */ new Set([...INDEX_NAMES, "README", "readme", "Readme"]);
var MARKDOWN_FILE = /\.(?:md|mdx|markdown)$/i;
var ABSOLUTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;
function pageUrlPath(sourcePath) {
  const segments = pageSegments(sourcePath);
  if (segments.length > 0 && FOLDER_NAMES.has(segments.at(-1))) segments.pop();
  return segments.map((segment) => `${segment}/`).join("");
}
function folderUrlPath(sourcePath) {
  return pageUrlPath(`${posix3.dirname(sourcePath.replaceAll("\\", "/"))}/index`);
}
function siteBase(baseUrl) {
  if (!baseUrl || !URL.canParse(baseUrl)) return void 0;
  const url = new URL(baseUrl);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}
function sourceUrlOf(options2) {
  const { declared } = options2;
  const usable = declared && !/(?:^|\/):[a-z]/i.test(declared.value) ? declared : void 0;
  if (usable && ABSOLUTE.test(usable.value)) return URL.canParse(usable.value) ? new URL(usable.value).href : void 0;
  const base = siteBase(options2.baseUrl);
  if (!base) return void 0;
  if (!usable) return new URL(pageUrlPath(options2.sourcePath), base).href;
  const fromRoot = usable.value.startsWith("/") || usable.key !== "slug";
  const relativeTo = fromRoot ? base : new URL(folderUrlPath(options2.sourcePath), base);
  return new URL(usable.value.replace(/^\/+/, ""), relativeTo).href;
}
function linkResolver(options2) {
  const base = siteBase(options2.baseUrl);
  if (!base) return (destination2) => destination2;
  const folder = new URL(folderUrlPath(options2.sourcePath), base);
  const sourceFolder = posix3.dirname(options2.sourcePath.replaceAll("\\", "/"));
  return (destination2) => {
    if (destination2 === "" || destination2.startsWith("#") || ABSOLUTE.test(destination2) || /[{}]/.test(destination2)) return destination2;
    const split = /^([^?#]*)(.*)$/s.exec(destination2);
    const path = safeDecode(split[1]);
    const suffix = split[2];
    if (MARKDOWN_FILE.test(path)) {
      const file = path.startsWith("/") ? path.slice(1) : posix3.join(sourceFolder, path);
      const normalized = posix3.normalize(file);
      if (!normalized.startsWith("../")) return new URL(pageUrlPath(normalized) + suffix, base).href;
    }
    return URL.canParse(destination2, folder) ? new URL(destination2, folder).href : destination2;
  };
}
function safeDecode(path) {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

// src/documents/versions/plan.ts
var CURRENT = "current";
function selectVersions(site, setting) {
  const notes = [];
  const available = [...site.current ? [CURRENT] : [], ...site.released.filter((name2) => site.folders.includes(name2))];
  const wanted = wantedVersions(site, setting);
  const published = wanted.filter((name2) => available.includes(name2));
  for (const name2 of wanted.filter((name3) => !available.includes(name3))) {
    notes.push(`version "${name2}" has no folder under the docs root (expected ${name2 === CURRENT ? `${site.site}docs/` : `${site.site}versioned_docs/version-${name2}/`}); not published`);
  }
  if (published.length === 0 && site.current) published.push(CURRENT);
  const skipped = [.../* @__PURE__ */ new Set([...site.folders, ...site.current ? [CURRENT] : []])].filter((name2) => !published.includes(name2));
  const plan = { site: site.site, published, prefixed: setting.includes("all") || published.length > 1 };
  return { plan, exclude: skipped.flatMap((name2) => foldersOf(site.site, name2)), notes };
}
function wantedVersions(site, setting) {
  if (setting.includes("all")) return [CURRENT, ...site.released];
  return setting.map((name2) => {
    if (name2 !== "latest") return name2;
    const latest = site.lastVersion ?? site.released[0];
    return latest !== void 0 && site.folders.includes(latest) ? latest : CURRENT;
  });
}
function foldersOf(site, version) {
  if (version === CURRENT) return [`${site}docs/**`, `${site}i18n/*/docusaurus-plugin-content-docs/current/**`];
  return [`${site}versioned_docs/version-${version}/**`, `${site}i18n/*/docusaurus-plugin-content-docs/version-${version}/**`];
}

// src/documents/versions/paths.ts
var VERSIONED = /^versioned_docs\/version-([^/]+)\/(.+)$/;
var TRANSLATED = /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/(current|version-[^/]+)\//;
function versionOf(sourcePath, plan) {
  const rest = withinSite(sourcePath, plan);
  if (rest === void 0) return void 0;
  if (rest.startsWith("docs/")) return CURRENT;
  const versioned = VERSIONED.exec(rest);
  if (versioned) return versioned[1];
  const translated = TRANSLATED.exec(rest)?.[1];
  return translated === void 0 ? void 0 : translated === CURRENT ? CURRENT : translated.slice("version-".length);
}
function versionedPath(sourcePath, plan) {
  if (!plan) return sourcePath;
  const rest = withinSite(sourcePath, plan);
  const versioned = rest === void 0 ? null : VERSIONED.exec(rest);
  return versioned ? `${plan.site}docs/${versioned[2]}` : sourcePath;
}
function versionPrefix(sourcePath, plan) {
  if (!plan?.prefixed) return "";
  const version = versionOf(sourcePath, plan);
  return version === void 0 ? "" : `${version}/`;
}
function withinSite(sourcePath, plan) {
  return sourcePath.startsWith(plan.site) ? sourcePath.slice(plan.site.length) : void 0;
}

export {
  canonicalLocale,
  localeKey,
  matchLocale,
  isInside,
  decodeUtf8,
  OUTSIDE_ROOT_MESSAGE,
  TOO_LARGE_MESSAGE,
  readSourceBytes,
  readSourceText,
  NO_TEXT_MESSAGE,
  textlessOutcome,
  compareCodeUnits,
  normalizeTags,
  parseFrontmatter,
  lineOfKey,
  sourceUrlOf,
  linkResolver,
  toString,
  markdownOf,
  normalizeText,
  titleFromPath,
  selectVersions,
  versionOf,
  versionedPath,
  versionPrefix,
  isHtmlPath,
  deriveHtmlDocument,
  builtBy,
  recordBuiltBy
};
