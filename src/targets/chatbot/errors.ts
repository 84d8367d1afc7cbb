import { ApiError } from "../../http/index.js";
import { CHATBOT_OPTIONAL_SCOPE, CHATBOT_SYNC_SCOPES } from "./config.js";

/**
 * Adds what to do to the errors a user can fix: a rejected key, a missing scope, an unknown or
 * archived source. The ApiError message is already redacted; nothing here adds the key.
 */
export function explainChatbotError(error: unknown, sourceId: string): unknown {
  if (!(error instanceof ApiError) || error.kind !== "http") return error;
  const hint = hintFor(error, sourceId);
  if (hint && !error.message.includes(hint)) error.message += ` — ${hint}`;
  return error;
}

function hintFor(error: ApiError, sourceId: string): string | undefined {
  if (error.status === 401) {
    return "Chatbot rejected the API key (invalid, expired or revoked; a rotated key stops working at once): check KB_PUBLISH_API_KEY (or --api-key)";
  }
  if (error.status === 403) {
    return (
      `the API key lacks a scope this request needs: a sync needs ${CHATBOT_SYNC_SCOPES.join(" ")} ` +
      `(and ${CHATBOT_OPTIONAL_SCOPE} to read the grace window); create a key with them`
    );
  }
  if (error.status === 404) {
    return `source ${JSON.stringify(sourceId)} was not found, or is not a developer_api source: check --source-id and --api-url`;
  }
  if (error.code === "source_inactive") return `source ${JSON.stringify(sourceId)} is archived: reactivate it in the admin portal`;
  return undefined;
}
