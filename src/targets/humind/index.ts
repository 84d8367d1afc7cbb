export { createHumindTarget, humindTarget, type HumindTargetOptions } from "./humind.js";
export { createHumindApi } from "./client.js";
export { resolveHumindConfig } from "./config.js";
export { humindPayloadOf } from "./payload.js";
export { markdownToHumindHtml, HUMIND_SANITIZE_SCHEMA } from "./html.js";
