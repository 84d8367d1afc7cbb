import type { Override } from "../config/document-options.js";
import { fingerprintOf } from "../documents/hash.js";
import { applyOverrides } from "../documents/overrides.js";
import type { BuiltPayload } from "../plan/upserts.js";
import type { Target } from "../targets/target.js";
import type { DerivedFile } from "./derive-file.js";

/** A prepared payload by source path, as it travels back from a worker (see packPrepared). */
export type PreparedEntry = [sourcePath: string, prepared: BuiltPayload & { contentIsDocument?: true }];

/**
 * The payload and fingerprint of each derived document, for runs where a document is final once
 * overrides apply (no translation step reshapes it). A payload that throws is left out: the plan
 * builds it again and reports the error against the file.
 */
export function preparePayloads(files: readonly DerivedFile[], overrides: readonly Override[] | undefined, payloadOf: Target["payloadOf"]): PreparedEntry[] {
  const documents = files.flatMap((file) => (file.outcome.kind === "document" ? [file.outcome.document] : []));
  const entries: PreparedEntry[] = [];
  for (const doc of applyOverrides(documents, overrides).documents) {
    try {
      const payload = payloadOf(doc);
      entries.push([doc.sourcePath, { payload, fingerprint: fingerprintOf(payload) }]);
    } catch {
      // planUpserts builds it again and turns the error into a rejection naming the file
    }
  }
  return entries;
}

/**
 * Drops a payload's `content` when it is the document's own content, so a worker does not post
 * the page text twice (a quarter of a first sync's messaging); unpackPrepared puts it back.
 */
export function packPrepared(entries: PreparedEntry[], files: readonly DerivedFile[]): PreparedEntry[] {
  const contentOf = contentByPath(files);
  return entries.map(([path, prepared]) => {
    if (prepared.payload.content === undefined || prepared.payload.content !== contentOf.get(path)) return [path, prepared];
    const { content: _content, ...rest } = prepared.payload;
    return [path, { ...prepared, payload: rest, contentIsDocument: true }];
  });
}

export function unpackPrepared(entries: PreparedEntry[], files: readonly DerivedFile[]): PreparedEntry[] {
  const contentOf = contentByPath(files);
  return entries.map(([path, { contentIsDocument, ...prepared }]) =>
    contentIsDocument ? [path, { ...prepared, payload: { ...prepared.payload, content: contentOf.get(path) } }] : [path, prepared],
  );
}

function contentByPath(files: readonly DerivedFile[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of files) if (file.outcome.kind === "document") map.set(file.path, file.outcome.document.content);
  return map;
}
