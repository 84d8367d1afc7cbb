export { createLocalTarget } from "./local.js";
export { localPayloadOf } from "./records.js";
