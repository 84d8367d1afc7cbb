import * as core from "@actions/core";
import { run } from "./run.js";

try {
  await run();
} catch (error) {
  // One error boundary: every failure ends as a failed step with a readable message.
  core.setFailed(error instanceof Error ? error.message : String(error));
}
