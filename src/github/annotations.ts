import path from "node:path";
import type { Plan } from "../plan/types.js";

/** Annotations shown at most; GitHub itself keeps only 10 per step and type, so more is noise. */
export const MAX_ANNOTATIONS = 50;

export interface Annotation {
  level: "error" | "warning";
  message: string;
  /** Repository-relative POSIX path. */
  file: string;
  startLine?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Problems not annotated because of the cap. */
  more: number;
}

/**
 * One annotation per unreadable file, rejected document and document warning, errors first,
 * capped at `max`. `docsDir` is the docs folder relative to the repository root (`docs`, or
 * `""`), joined in front of each path so GitHub can place the annotation on the file.
 */
export function annotationsFor(plan: Plan, docsDir: string, max = MAX_ANNOTATIONS): AnnotationPlan {
  const file = (relative: string) => toRepoPath(docsDir, relative);
  const all: Annotation[] = [
    ...plan.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => ({ level: "error" as const, message: d.message, file: file(d.file), startLine: d.line })),
    ...plan.rejected.map((r) => ({ level: "error" as const, message: `${r.externalId}: ${r.message}`, file: file(r.sourcePath) })),
    ...plan.diagnostics
      .filter((d) => d.severity === "warning")
      .map((d) => ({ level: "warning" as const, message: d.message, file: file(d.file), startLine: d.line })),
  ];
  return { annotations: all.slice(0, max), more: Math.max(0, all.length - max) };
}

/** `docs` + `guide/a.md` → `docs/guide/a.md`; POSIX separators whatever the runner's OS. */
export function toRepoPath(docsDir: string, relative: string): string {
  const dir = docsDir.split(path.sep).join("/");
  return path.posix.normalize(path.posix.join(dir === "" ? "." : dir, relative));
}

/** Where the `core.error`/`core.warning` calls go: the Action passes @actions/core. */
export interface AnnotationSink {
  error(message: string, properties: { file: string; startLine?: number; title?: string }): void;
  warning(message: string, properties?: { file?: string; startLine?: number; title?: string }): void;
}

export function emitAnnotations(plan: AnnotationPlan, sink: AnnotationSink): void {
  for (const a of plan.annotations) {
    const properties = { file: a.file, title: "kb-publish", ...(a.startLine === undefined ? {} : { startLine: a.startLine }) };
    if (a.level === "error") sink.error(a.message, properties);
    else sink.warning(a.message, properties);
  }
  if (plan.more > 0) sink.warning(`${plan.more} more problems were not annotated; see the job summary for all of them.`);
}
