import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-5FHZ3ESA.js";
import {
  normalizeTags
} from "./chunk-FAW3YXAK.js";
import {
  fingerprintOf
} from "./chunk-WAZHSMMG.js";
import {
  __toESM
} from "./chunk-IAQ7UJBM.js";

// src/documents/overrides.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function applyOverrides(documents, overrides) {
  if (!overrides || overrides.length === 0) return { documents: [...documents], excluded: [] };
  const compiled = overrides.map((override, index) => ({ override, index, matches: (0, import_picomatch.default)(override.files, { dot: true }) }));
  const result = { documents: [], excluded: [] };
  for (const doc of documents) {
    const applicable = compiled.filter((entry) => entry.matches(doc.sourcePath));
    const excluding = applicable.find((entry) => entry.override.exclude === true);
    if (excluding) {
      result.excluded.push({ file: doc.sourcePath, reason: `excluded by overrides[${excluding.index}] (files: ${excluding.override.files.join(", ")})` });
    } else {
      result.documents.push(applicable.length === 0 ? doc : withOverrides(doc, applicable.map((entry) => entry.override)));
    }
  }
  return result;
}
function withOverrides(doc, overrides) {
  const fromOverrides = {};
  for (const override of overrides) {
    Object.assign(fromOverrides, override.metadata ?? {});
    if (override.type !== void 0) fromOverrides.type = override.type;
  }
  const tags = normalizeTags([...doc.tags, ...overrides.flatMap((override) => override.tags ?? [])]).tags;
  return { ...doc, tags, metadata: { ...fromOverrides, ...doc.metadata } };
}

// src/sources/payloads.ts
function preparePayloads(files, overrides, payloadOf) {
  const documents = files.flatMap((file) => file.outcome.kind === "document" ? [file.outcome.document] : []);
  const entries = [];
  for (const doc of applyOverrides(documents, overrides).documents) {
    try {
      const payload = payloadOf(doc);
      entries.push([doc.sourcePath, { payload, fingerprint: fingerprintOf(payload) }]);
    } catch {
    }
  }
  return entries;
}
function packPrepared(entries, files) {
  const contentOf = contentByPath(files);
  return entries.map(([path, prepared]) => {
    if (prepared.payload.content === void 0 || prepared.payload.content !== contentOf.get(path)) return [path, prepared];
    const { content: _content, ...rest } = prepared.payload;
    return [path, { ...prepared, payload: rest, contentIsDocument: true }];
  });
}
function unpackPrepared(entries, files) {
  const contentOf = contentByPath(files);
  return entries.map(
    ([path, { contentIsDocument, ...prepared }]) => contentIsDocument ? [path, { ...prepared, payload: { ...prepared.payload, content: contentOf.get(path) } }] : [path, prepared]
  );
}
function contentByPath(files) {
  const map = /* @__PURE__ */ new Map();
  for (const file of files) if (file.outcome.kind === "document") map.set(file.path, file.outcome.document.content);
  return map;
}

export {
  applyOverrides,
  preparePayloads,
  packPrepared,
  unpackPrepared
};
