/**
 * Upsert by external_id, shared by `POST /knowledge` and each batch item. INF choices (see
 * humind.ts): an update replaces every client field with what is sent (omitted = unset, so
 * omitted `translations` are removed), except `status`, which is kept when omitted, so an
 * archived entry stays archived until a body says `status: "published"`.
 */
import { invalidPayload, validateEntry, type Rejection, type ValidEntry } from "./humind-validate.js";
import type { StoredEntry } from "./humind-model.js";
import type { HumindStore } from "./humind-state.js";

export type UpsertOutcome = { ok: true; status: "created" | "updated"; entry: StoredEntry } | { ok: false; rejection: Rejection };

/**
 * `rejectionFor` is the test hook shared with the Heppu emulator (`faults.rejectSource(id)`): an
 * upsert of that id fails with 400 `validation_failed` (a failed item in a batch).
 */
export function upsertEntry(store: HumindStore, raw: unknown, rejectionFor: (externalId: string) => string | undefined): UpsertOutcome {
  const checked = validateEntry(raw);
  if (!checked.ok) return checked;
  const fields = checked.value;
  if (fields.external_id === undefined) {
    return { ok: false, rejection: invalidPayload([{ path: ["external_id"], message: "Required", code: "invalid_type" }]) };
  }
  const injected = rejectionFor(fields.external_id);
  if (injected !== undefined) return { ok: false, rejection: invalidPayload([{ path: ["external_id"], message: injected, code: "custom" }]) };
  const existing = store.find({ externalId: fields.external_id });
  if (!existing) return { ok: true, status: "created", entry: store.create(fields.external_id, fields) };
  const immutable = typeChange(existing, fields);
  if (immutable) return { ok: false, rejection: immutable };
  store.write(existing, { ...fields, status: fields.status ?? existing.status });
  return { ok: true, status: "updated", entry: existing };
}

/** DOC: the type of an entry never changes; delete and recreate instead. */
export function typeChange(entry: StoredEntry, fields: Pick<ValidEntry, "type">): Rejection | undefined {
  if (fields.type === entry.type) return undefined;
  const message = `type is immutable: the entry is '${entry.type}', got '${fields.type}'; delete and recreate it`;
  return invalidPayload([{ path: ["type"], message, code: "immutable_field" }]);
}
