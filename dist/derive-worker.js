import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  packPrepared,
  preparePayloads
} from "./chunks/chunk-BXPFYH4T.js";
import "./chunks/chunk-5FHZ3ESA.js";
import {
  deriveFile
} from "./chunks/chunk-BGYJGLFD.js";
import "./chunks/chunk-AYROW645.js";
import "./chunks/chunk-FAW3YXAK.js";
import "./chunks/chunk-EC5GQZHA.js";
import "./chunks/chunk-WAZHSMMG.js";
import "./chunks/chunk-PCYCVKMJ.js";
import "./chunks/chunk-ZEPJQXB2.js";
import "./chunks/chunk-22XZLT6N.js";
import "./chunks/chunk-R2HWPTEX.js";
import "./chunks/chunk-IAQ7UJBM.js";

// src/sources/derive-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/log.ts
var silentLogger = { info() {
}, warn() {
}, debug() {
} };

// src/sources/derive-worker.ts
var setup = workerData;
var target = setup.payloads ? openTarget(setup.payloads).catch(() => void 0) : void 0;
async function openTarget(settings) {
  const { targets } = await import("./chunks/registry-HLBW7ZH4.js");
  const made = targets[settings.target](settings, { log: silentLogger, userAgent: "kb-publish (derive worker)" });
  await made.prepare?.();
  return made;
}
parentPort?.on("message", (task) => {
  void (async () => {
    const results = task.files.map((file) => deriveFile(file, setup.options));
    const payloadOf = target && await target;
    const prepared = payloadOf && packPrepared(preparePayloads(results, setup.payloads?.overrides, (doc) => payloadOf.payloadOf(doc)), results);
    parentPort?.postMessage({ id: task.id, results, prepared });
  })();
});
