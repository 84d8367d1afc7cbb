import { redact, redactUrlCredentials, secretsFromUrl } from "../http/redact.js";

/**
 * The one redaction point. Every channel a run writes to — stdout, stderr, `--json`/`--out`,
 * the Action's log, annotations, outputs, job summary, plan file and pull-request comment —
 * passes its text through one Redactor, created by the shell before anything is printed and
 * told about each secret as soon as it is known.
 */
export interface Redactor {
  /** Adds secrets; empty and very short values are ignored. */
  add(...secrets: (string | undefined)[]): void;
  /** `text` without any form of a known secret (see secretVariants) and without URL credentials. */
  text(text: string): string;
}

export function createRedactor(initial: (string | undefined)[] = []): Redactor {
  const known = new Set<string>();
  const redactor: Redactor = {
    add: (...secrets) => {
      for (const secret of secrets) if (secret) known.add(secret);
    },
    text: (text) => redactUrlCredentials(redact(text, [...known])),
  };
  redactor.add(...initial);
  return redactor;
}

/** The secrets one set of options holds: the API key, and any credential inside the API URL. */
export function secretsOf(options: { apiKey?: string; apiUrl?: string }): string[] {
  return [options.apiKey ?? "", ...secretsFromUrl(options.apiUrl)].filter(Boolean);
}
