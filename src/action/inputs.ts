import { EXPECTED, invalidValue } from "../config/expected.js";
import { splitList, type RawOptions } from "../config/raw.js";
import { exportFormat } from "../export.js";
import type { CommentMode } from "../github/deliver-comment.js";
import type { ExportFormat } from "../report/llms-txt.js";

/** Reads one action input by its kebab-case name; empty string when unset (as @actions/core does). */
export type InputReader = (name: string) => string;

/**
 * Maps the action's inputs onto RawOptions. `command` defaults to `plan` on pull requests
 * (a dry run never writes) and `sync` on every other event.
 */
export function readInputs(getInput: InputReader, eventName: string | undefined): RawOptions {
  const value = (name: string) => getInput(name).trim() || undefined;
  const isPullRequest = eventName === "pull_request" || eventName === "pull_request_target";
  return {
    command: value("command") ?? (isPullRequest ? "plan" : "sync"),
    path: value("path"),
    target: value("target"),
    store: value("store"),
    lockTimeout: value("lock-timeout"),
    include: splitList(getInput("include")),
    exclude: splitList(getInput("exclude")),
    idPrefix: value("id-prefix"),
    idScope: value("id-scope"),
    maxDeletes: value("max-deletes"),
    allowMassDelete: value("allow-mass-delete"),
    full: value("full"),
    allowRollback: value("allow-rollback"),
    deletions: value("deletions"),
    owner: value("owner"),
    apiUrl: value("api-url"),
    apiKey: value("api-key"),
    collectionId: value("collection-id"),
    sourceId: value("source-id"),
    knowledgeBaseId: value("knowledge-base-id"),
    rateLimit: value("rate-limit"),
    wait: value("wait"),
    waitTimeout: value("wait-timeout"),
    config: value("config"),
    baseUrl: value("base-url"),
    locales: splitList(getInput("locales")),
    defaultLocale: value("default-locale"),
    versions: splitList(getInput("versions")),
  };
}

/** Inputs of the Action alone (not Settings): how to comment on pull requests, and with which token. */
export interface ActionOnlyInputs {
  /** Default `auto`. */
  comment: CommentMode;
  /** Default `${{ github.token }}` (action.yml); never logged. */
  githubToken: string;
  /** `export`: write the docs as llms.txt here (workspace-relative) during the run. Default none. */
  export?: { path: string; format: ExportFormat };
}

const COMMENT_MODES: readonly CommentMode[] = ["auto", "always", "never"];

/** Reads `comment`, `github-token`, `export` and `export-format`; a bad value throws in the config's wording. */
export function readActionOnlyInputs(getInput: InputReader): ActionOnlyInputs {
  const comment = getInput("comment").trim() || "auto";
  if (!(COMMENT_MODES as readonly string[]).includes(comment)) {
    throw new Error(invalidValue("input comment", JSON.stringify(comment), EXPECTED.oneOf(COMMENT_MODES), COMMENT_MODES));
  }
  const inputs: ActionOnlyInputs = { comment: comment as CommentMode, githubToken: getInput("github-token").trim() };
  const exportPath = getInput("export").trim();
  const format = getInput("export-format").trim();
  if (exportPath) inputs.export = { path: exportPath, format: exportFormat(format || formatOfName(exportPath), "input export-format") };
  else if (format) throw new Error(`input export-format is ${JSON.stringify(format)} but input export is empty; expected a file path in export`);
  return inputs;
}

/** `llms-full-txt` for a file name that contains `full` (`llms-full.txt`), else `llms-txt`. */
export function formatOfName(file: string): ExportFormat {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.toLowerCase().includes("full") ? "llms-full-txt" : "llms-txt";
}
