export { createTotoyTarget } from "./totoy.js";
export { resolveTotoyConfig } from "./config.js";
export { totoyPayloadOf, validateTotoyPayload } from "./payload.js";
export { MARKER_KEYS, readMarker, storedIdOf } from "./marker.js";
export { TOTOY_LIMITS, TOTOY_METADATA_VALUE_CHARS } from "./limits.js";
