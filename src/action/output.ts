import * as core from "@actions/core";
import { secretVariants } from "../http/redact.js";
import type { Logger } from "../log.js";
import { createRedactor, secretsOf, type Redactor } from "../output/redactor.js";
import type { AnnotationSink } from "../github/annotations.js";

type AnnotationProperties = { file?: string; startLine?: number; title?: string };

/**
 * Everything the Action writes, through the one Redactor: log lines, annotations (message and
 * file), outputs, the job summary, failure messages, and text bound for files or the GitHub API
 * (`redact`). Secrets are also registered with the runner (`::add-mask::`) in every form the
 * redactor knows, so the runner hides them in its own log too.
 */
export interface ActionOutput extends Logger, AnnotationSink {
  /** Adds secrets as soon as they are known; masks them in the runner's log. */
  addSecrets(...secrets: (string | undefined)[]): void;
  redact(text: string): string;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  fail(message: string): void;
  group<T>(title: string, task: () => Promise<T>): Promise<T>;
}

/** The Action's output, knowing the secrets in the inputs and environment before anything is read. */
export function createActionOutput(env: Record<string, string | undefined>, redactor: Redactor = createRedactor()): ActionOutput {
  const text = (message: string) => redactor.text(message);
  const props = <T extends AnnotationProperties | undefined>(properties: T): T =>
    properties?.file === undefined ? properties : { ...properties, file: text(properties.file) };
  const output: ActionOutput = {
    addSecrets: (...secrets) => {
      redactor.add(...secrets);
      // The runner's masking is case-sensitive; the redactor's matching is not.
      const forms = secrets.flatMap((secret) => (secret ? secretVariants(secret) : []));
      for (const form of new Set(forms.flatMap((f) => [f, f.toLowerCase()]))) core.setSecret(form);
    },
    redact: text,
    info: (message) => core.info(text(message)),
    warn: (message) => core.warning(text(message)),
    debug: (message) => core.debug(text(message)),
    error: (message, properties) => core.error(text(message), props(properties)),
    warning: (message, properties) => core.warning(text(message), props(properties)),
    setOutput: (name, value) => core.setOutput(name, text(value)),
    summary: async (markdown) => {
      await core.summary.addRaw(text(markdown), true).write();
    },
    fail: (message) => core.setFailed(text(message)),
    group: (title, task) => core.group(text(title), task),
  };
  output.addSecrets(...inputSecrets(env));
  return output;
}

/** Secrets the runner hands over before any input is parsed: the key, the API URL's credentials, the tokens. */
function inputSecrets(env: Record<string, string | undefined>): string[] {
  return [
    ...secretsOf({ apiKey: env["INPUT_API-KEY"], apiUrl: env["INPUT_API-URL"] }),
    ...secretsOf({ apiKey: env.KB_PUBLISH_API_KEY, apiUrl: env.KB_PUBLISH_API_URL }),
    env["INPUT_GITHUB-TOKEN"] ?? "",
    env.GITHUB_TOKEN ?? "",
  ].filter((secret) => secret.trim() !== "");
}
