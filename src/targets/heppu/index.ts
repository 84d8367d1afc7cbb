export { createHeppuTarget } from "./heppu.js";
export { HEPPU_DEFAULT_API_URL, HEPPU_DEFAULT_RATE_LIMIT } from "./config.js";
export { heppuPayloadOf, validateHeppuPayload, HEPPU_LIMITS, HEPPU_MAX_BATCH_BYTES } from "./payload.js";
export { MARKER_KEY, readMarker, type Marker } from "./marker.js";
