import { ApiError } from "../../http/index.js";

/**
 * Adds what to do to the errors a user can fix: a rejected key, a key without access, an unknown
 * collection. The ApiError message is already redacted; nothing here adds the key.
 */
export function explainApiError(error: unknown, collectionId: string): unknown {
  if (!(error instanceof ApiError) || error.kind !== "http") return error;
  const hint = hintFor(error.status, collectionId);
  if (hint && !error.message.includes(hint)) error.message += ` — ${hint}`;
  return error;
}

function hintFor(status: number | undefined, collectionId: string): string | undefined {
  if (status === 401) return "Heppu rejected the API key: check KB_PUBLISH_API_KEY (or --api-key) and that the key has not been revoked";
  if (status === 403) return "the API key is valid but may not access this collection: check the key's organization and permissions";
  if (status === 404) {
    return `collection ${JSON.stringify(collectionId)} was not found for this key's organization: check --collection-id (copy it from the collection's URL in the Heppu dashboard) and --api-url`;
  }
  return undefined;
}
