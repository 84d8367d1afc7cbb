import type { StoredSource } from "./totoy-model.js";
import type { TotoyStore } from "./totoy-state.js";

/** A Source made without a request: by hand in the dashboard, by another tool, or a document. */
export interface SeedSourceInput {
  title: string;
  /** Default: some text. Documents have none. */
  text_content?: string;
  source_type?: "text" | "document";
  /** Default: the docs project. */
  project_id?: string;
  backlink?: string;
  custom_metadata?: Record<string, unknown>;
}

const WHERE = "(test/emulators/totoy-seed.ts)";

export function seedSource(store: TotoyStore, input: SeedSourceInput & { project_id: string }, linkTo: string[]): StoredSource {
  const type = input.source_type ?? "text";
  const created = store.createSource(
    {
      source_type: type,
      text_content: type === "text" ? (input.text_content ?? `Written by hand: ${input.title}`) : "",
      project_id: input.project_id,
      title: input.title,
      backlink: input.backlink ?? null,
      valid_from: null,
      valid_until: null,
      custom_metadata: input.custom_metadata ?? {},
    },
    "test",
  );
  if (!created.ok) throw new Error(`seedSource failed: ${JSON.stringify(created.response.body)} ${WHERE}`);
  for (const id of linkTo) {
    const kb = store.knowledgeBases.get(id);
    const linked = kb && store.link(kb, [created.value.source_id], "test");
    if (!linked?.ok) throw new Error(`seedSource failed: could not link to ${id}, expected a knowledge base of the Source's project ${WHERE}`);
  }
  return created.value;
}
