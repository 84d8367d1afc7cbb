/**
 * The sources of one emulated tenant: staging sets, runs, apply jobs and generations. Writes
 * bump an item's `updatedAt` only when something changed; every staging change bumps the
 * source's `stagingVersion`. Jobs move on with the clock (`advance`), so a test that never polls
 * still sees them finish.
 */
import { buildPages, countsOf, diffStaging, generationCounts } from "./chatbot-diff.js";
import { itemDigest, type ApplyJob, type ItemFields, type PublishedGeneration, type Run, type Source, type StagedItem } from "./chatbot-model.js";
import type { Random } from "./prng.js";

export interface StoreOptions {
  random: Random;
  now: () => number;
  /** How long an apply job takes (queued for the first half, running for the second). */
  applyDelayMs: number;
}

export type UpsertOutcome = "created" | "updated" | "unchanged";

export class ChatbotStore {
  readonly sources = new Map<string, Source>();
  private lastEvent = 0;

  constructor(private readonly options: StoreOptions) {}

  id(prefix: string): string {
    return `${prefix}_${Array.from({ length: 16 }, () => Math.floor(this.options.random() * 16).toString(16)).join("")}`;
  }

  addSource(fields: { id?: string; name?: string; graceDays?: number; type?: string; status?: "active" | "archived" }): Source {
    const source: Source = {
      id: fields.id ?? this.id("src"),
      name: fields.name ?? "Docs",
      type: fields.type ?? "developer_api",
      status: fields.status ?? "active",
      graceDays: fields.graceDays ?? 7,
      createdAt: this.iso(),
      staging: new Map(),
      stagingVersion: 0,
      runs: new Map(),
      jobs: new Map(),
      generations: [],
    };
    this.sources.set(source.id, source);
    return source;
  }

  upsert(source: Source, fields: ItemFields): UpsertOutcome {
    const existing = source.staging.get(fields.externalItemId);
    if (existing && itemDigest(existing) === itemDigest(fields)) return "unchanged";
    const now = this.iso();
    source.staging.set(fields.externalItemId, { ...structuredClone(fields), createdAt: existing?.createdAt ?? now, updatedAt: now });
    source.stagingVersion += 1;
    return existing ? "updated" : "created";
  }

  remove(source: Source, externalItemId: string): boolean {
    if (!source.staging.delete(externalItemId)) return false;
    source.stagingVersion += 1;
    return true;
  }

  startRun(source: Source, discoveryComplete: boolean): Run {
    const base = this.activeGeneration(source);
    const changes = diffStaging(source.staging, base, this.options.now());
    const run: Run = {
      id: this.id("run"),
      status: "completed",
      discoveryComplete,
      changeCounts: countsOf(changes),
      changes,
      createdAt: this.iso(),
      baseGenerationId: base?.id ?? null,
      staged: new Map([...source.staging].map(([id, item]) => [id, structuredClone(item)])),
      stagingVersion: source.stagingVersion,
    };
    source.runs.set(run.id, run);
    source.lastRunId = run.id;
    return run;
  }

  createJob(source: Source, run: Run, scripted?: ApplyJob["scripted"]): ApplyJob {
    const createdAt = this.options.now();
    const job: ApplyJob = { id: this.id("apply"), runId: run.id, status: "queued", resultStatus: null, attempts: 0, createdAt, finishAt: createdAt + this.options.applyDelayMs };
    if (scripted) job.scripted = scripted;
    source.jobs.set(run.id, job);
    return job;
  }

  /** Builds and publishes the run's generation now, or says why the build failed. */
  publish(source: Source, run: Run): { ok: true; generation: PublishedGeneration } | { ok: false; message: string } {
    const publishedAt = this.iso();
    const built = buildPages(run.staged, this.activeGeneration(source), source.graceDays, Date.parse(publishedAt));
    if (!built.ok) return built;
    const generation: PublishedGeneration = {
      id: this.id("gen"),
      number: source.generations.length + 1,
      runId: run.id,
      publishedAt,
      counts: { ...run.changeCounts, ...generationCounts(built.pages) },
      pages: built.pages,
    };
    source.generations.push(generation);
    return { ok: true, generation };
  }

  activeGeneration(source: Source): PublishedGeneration | undefined {
    return source.generations[source.generations.length - 1];
  }

  /** Moves every job on to what the clock says it is now. */
  advance(): void {
    const now = this.options.now();
    for (const source of this.sources.values()) {
      for (const job of source.jobs.values()) this.advanceJob(source, job, now);
    }
  }

  private advanceJob(source: Source, job: ApplyJob, now: number): void {
    if (job.status === "succeeded" || job.status === "failed") return;
    if (now < job.finishAt) {
      if (now >= job.createdAt + (job.finishAt - job.createdAt) / 2) job.status = "running";
      return;
    }
    job.attempts = 1;
    const run = source.runs.get(job.runId) as Run;
    const outcome = job.scripted ? { ok: false as const, ...job.scripted } : this.publish(source, run);
    if (outcome.ok) {
      Object.assign(job, { status: "succeeded", resultStatus: "published", generationId: outcome.generation.id, counts: outcome.generation.counts });
    } else {
      const code = "code" in outcome ? outcome.code : "build_failed";
      Object.assign(job, { status: "failed", resultStatus: "failed", error: { code, message: outcome.message } });
    }
  }

  /** A job that is queued or running for the source (only one at a time). */
  activeJob(source: Source): ApplyJob | undefined {
    return [...source.jobs.values()].find((job) => job.status === "queued" || job.status === "running");
  }

  /** Event times strictly increase, so "written after that generation was published" is never a tie. */
  private iso(): string {
    this.lastEvent = Math.max(this.options.now(), this.lastEvent + 1);
    return new Date(this.lastEvent).toISOString();
  }
}

export type { StagedItem };
