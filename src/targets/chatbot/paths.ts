/**
 * Every Chatbot Developer API path kb-publish calls, relative to the base URL (which ends in
 * `/api`). Documented ones are marked DOC; the others are the contract notes' working assumptions
 * (INF) and live only here, so a real OpenAPI file changes one place. Ids are percent-encoded
 * as single path segments.
 */
export function chatbotPaths(sourceId: string) {
  const source = `/v1/sources/${encodeURIComponent(sourceId)}`;
  const run = (runId: string) => `${source}/runs/${encodeURIComponent(runId)}`;
  return {
    /** INF: read the source (its `graceDays`, and its last run when reported). */
    source,
    /** INF: list staged items, cursor pagination. */
    items: `${source}/items`,
    /** INF: delete one staged item. */
    item: (externalItemId: string) => `${source}/items/${encodeURIComponent(externalItemId)}`,
    /** DOC: atomic batch upsert. */
    batch: `${source}/items/batch`,
    /** DOC: start a run (synchronous). */
    runs: `${source}/runs`,
    /** INF: one run's status. */
    run,
    /** DOC: apply a run (POST), and follow its job (GET). */
    apply: (runId: string) => `${run(runId)}/apply`,
    /** INF (DOC as "GET /generation" in the flowchart): the active generation. */
    generation: `${source}/generation`,
  };
}

export type ChatbotPaths = ReturnType<typeof chatbotPaths>;
