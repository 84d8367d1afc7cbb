import type { Document } from "../../src/documents/document.js";
import { localPayloadOf } from "../../src/targets/local/records.js";
import type { ItemResult, ProvenanceUpdate, RemoteRecord, Target, Upsert } from "../../src/targets/target.js";

/**
 * A knowledge base in memory, for tests that need a target with native translations (one record
 * per translation group, like Humind) without an emulator. It keeps what a real target keeps —
 * fingerprint, provenance, title, state — and records provenance in place like the local store.
 */
export function memoryTarget(options: { native: boolean }): Target & { stored: Map<string, RemoteRecord> } {
  const stored = new Map<string, RemoteRecord>();
  const copy = (record: RemoteRecord): RemoteRecord => structuredClone(record);
  return {
    name: "memory",
    capabilities: { softDelete: true, returnsContent: false, nativeTranslations: options.native },
    limits: { upsert: { maxItems: 25 }, delete: { maxItems: 25 }, concurrency: 1 },
    stored,
    payloadOf: (doc: Document) => ({ ...localPayloadOf(doc), translations: doc.translations?.map(({ lang, title, content }) => ({ lang, title, content })) }),
    snapshot: async () => ({ records: [...stored.values()].map(copy), complete: true }),
    upsertBatch: async (items: Upsert[]): Promise<ItemResult[]> =>
      items.map((item) => {
        const id = item.doc.externalId;
        const existed = stored.has(id);
        const record: RemoteRecord = { externalId: id, owned: true, state: "live", fingerprint: item.fingerprint, title: item.doc.title };
        if (item.provenance) record.provenance = structuredClone(item.provenance);
        stored.set(id, record);
        return { externalId: id, status: existed ? "updated" : "created" };
      }),
    deleteBatch: async (records: RemoteRecord[]): Promise<ItemResult[]> =>
      records.map((remote) => {
        const record = stored.get(remote.externalId);
        if (record) record.state = "tombstoned";
        return { externalId: remote.externalId, status: "deleted" };
      }),
    recordProvenance: async (updates: ProvenanceUpdate[]) => {
      for (const { record, provenance } of updates) {
        const held = stored.get(record.externalId);
        if (held) held.provenance = structuredClone(provenance);
      }
    },
  };
}
