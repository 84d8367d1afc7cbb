import { createActionOutput } from "./output.js";
import { run } from "./run.js";

// The output (and its redactor) exists before anything runs, so even a failure is redacted.
const output = createActionOutput(process.env);
try {
  await run(output);
} catch (error) {
  // One error boundary: every failure ends as a failed step with a readable message.
  output.fail(error instanceof Error ? error.message : String(error));
}
