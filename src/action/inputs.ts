import { splitList, type RawOptions } from "../config/raw.js";
import type { CommentMode } from "../github/deliver-comment.js";

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
  };
}

/** Inputs of the Action alone (not Settings): how to comment on pull requests, and with which token. */
export interface ActionOnlyInputs {
  /** Default `auto`. */
  comment: CommentMode;
  /** Default `${{ github.token }}` (action.yml); never logged. */
  githubToken: string;
}

const COMMENT_MODES: readonly CommentMode[] = ["auto", "always", "never"];

/** Reads `comment` and `github-token`; a bad `comment` value throws with the value and the choices. */
export function readActionOnlyInputs(getInput: InputReader): ActionOnlyInputs {
  const comment = (getInput("comment").trim() || "auto") as CommentMode;
  if (!COMMENT_MODES.includes(comment)) {
    throw new Error(`comment: "${comment}" is not one of ${COMMENT_MODES.join(", ")}`);
  }
  return { comment, githubToken: getInput("github-token").trim() };
}
