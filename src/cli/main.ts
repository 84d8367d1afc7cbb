import { runCli } from "./run.js";
import { quietWhenClosed } from "./stdout-closed.js";

const exitCode = await runCli(process.argv.slice(2), {
  stdout: quietWhenClosed(process.stdout),
  stderr: quietWhenClosed(process.stderr),
  env: process.env,
  cwd: process.cwd(),
  interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
  tty: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
});
process.exitCode = exitCode;
