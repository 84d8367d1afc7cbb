import { compareCodeUnits } from "../documents/order.js";
import { cleanRecordOf, cleanRecords, touchedRecords, unitPages, type CleanRecord, type DerivedClaims } from "../plan/fast-path.js";
import { indexRecords } from "../plan/remote-index.js";
import { LOCALES_NOTE_FILE } from "../documents/translations/hints.js";
import type { Settings } from "../config/settings.js";
import type { PreparedPayload } from "../plan/upserts.js";
import type { Provenance, RemoteRecord, Snapshot, Target, TargetCapabilities } from "../targets/target.js";
import type { DerivedFile } from "./derive-file.js";
import { derivationKey, siteConfigHashes, type DerivationSettings } from "./derivation-key.js";
import { discoverSources, type Discovery } from "./discover.js";
import { hashFiles } from "./hash-files.js";
import { deriveFiles, type DeriveRun } from "./derive-pool.js";
import { byFileThenLine, collectDerived, deriveOptions, filesOf, type LoadResult } from "./load.js";
import { prepareWithPages, siteSetup, type ReadSettings, type SiteSetup } from "./prepare.js";
import { readSourceBytes } from "./read.js";
import { preparePayloads, type PreparedEntry } from "./payloads.js";
import { holdOrSpool, restoreText, type PageSpooling } from "./spool-pages.js";
import { provenanceOf, unitsOf } from "./units.js";

export interface SourceReadInput {
  settings: ReadSettings & DerivationSettings;
  capabilities: TargetCapabilities;
  /** Builds payloads while pages are still being derived (see SourceRead.prepared). Default: none are built. */
  payloadOf?: Target["payloadOf"];
  /** The run's settings, for workers that build payloads with their own copy of the target. Default: payloads are built here. */
  workerSettings?: Settings;
  /** Loads what `payloadOf` needs (see Target.prepare); called once, before the first page is derived. Default: none. */
  prepare?: () => Promise<void>;
  /** What the target holds (awaited once the folder is walked); without it (or with `full`) every page is derived. */
  snapshot?: Promise<Snapshot> | Snapshot;
  /** Derive every page even where provenance says it is unchanged. Default false. */
  full?: boolean;
  /** kb-publish's version (part of the derivation key). */
  toolVersion: string;
  /** Keeps pages past the memory budget on disk (see spool-pages.ts). Default: every page stays in memory. */
  spooling?: Omit<PageSpooling, "overrides">;
}

/** The docs as the plan needs them: the pages derived this run, and the records kept without parsing. */
export interface SourceRead extends LoadResult {
  /** Records whose pages are unchanged since they were written: planned unchanged, never parsed. */
  unchanged: CleanRecord[];
  /** What each derived document is derived from, by its source path. */
  provenance: Map<string, Provenance>;
  /** Files found, pages derived this run (on how many worker threads), records kept without parsing. */
  counts: { files: number; derived: number; kept: number; workers: number };
  /**
   * Payload and fingerprint of documents, by source path, built on the main thread while the
   * workers derived the other pages: only where no translation step reshapes documents.
   */
  prepared: Map<string, PreparedPayload>;
}

/**
 * Reads the docs incrementally: hashes every file (the floor), keeps every record whose
 * provenance still matches (see plan/fast-path.ts) and derives every other file, then — until
 * nothing moves — the units of kept records that a derived page collides with (same id, same
 * translation group). With `full`, or when no record carries the current derivation key, it
 * derives everything, as readDocuments does.
 */
export async function readSources(input: SourceReadInput): Promise<SourceRead> {
  const { settings, capabilities } = input;
  const site = await siteSetup(settings);
  const discovery = await discoverSources({ ...settings, exclude: [...settings.exclude, ...site.exclude] });
  const configs = siteConfigHashes(settings.root);
  const derivation = derivationKey({ settings, capabilities, site, configs, toolVersion: input.toolVersion });
  const run = new Run(input, site, discovery, derivation);
  const snapshot = await input.snapshot;
  const records = snapshot ? indexRecords(snapshot.records) : new Map<string, RemoteRecord>();
  const clean = input.full || !carriesKey(records, derivation) ? new Map<string, RemoteRecord>() : await run.cleanAmong(records);
  return run.settle(clean);
}

function carriesKey(records: ReadonlyMap<string, RemoteRecord>, derivation: string): boolean {
  for (const record of records.values()) if (record.provenance?.derivation === derivation) return true;
  return false;
}

/** One run's reading state: what was hashed and derived so far. */
class Run {
  private hashes = new Map<string, string>();
  private readonly prepared = new Map<string, PreparedPayload>();
  private readonly pool: DeriveRun = {};
  private targetReady: Promise<void> | undefined;
  private readonly discovered: Set<string>;
  /** Files derived so far, for progress (kept records count as done once the run settles). */
  private derivedSoFar = 0;
  /** Languages were inferred from frontmatter: documents are reshaped, so pages are planned from them and never spooled. */
  private reshaped = false;

  constructor(
    private readonly input: SourceReadInput,
    private readonly site: SiteSetup,
    private readonly discovery: Discovery,
    private readonly derivation: string,
  ) {
    this.discovered = new Set(discovery.files);
  }

  private get location() {
    return { realRoot: this.discovery.realRoot, maxBytes: this.input.settings.maxFileBytes };
  }

  async cleanAmong(records: ReadonlyMap<string, RemoteRecord>): Promise<Map<string, RemoteRecord>> {
    this.hashes = await hashFiles(filesOf(this.discovery, this.discovery.files), this.location);
    return cleanRecords({ records, derivation: this.derivation, shaOf: (path) => this.shaOf(path) });
  }

  /** Derives what the clean records do not cover, growing the derived set until no clean record is touched. */
  async settle(clean: Map<string, RemoteRecord>): Promise<SourceRead> {
    const kept = new Set([...clean.values()].flatMap((record) => unitPages(record.provenance!)));
    let derived = await this.derive(this.discovery.files.filter((path) => !kept.has(path)));
    let shaped = this.shape(derived, clean.size > 0);
    if (clean.size > 0 && this.groupsFromFrontmatter(shaped.inferred, clean)) {
      // Languages inferred from frontmatter depend on every page: this run derives them all.
      derived = await this.deriveMore(derived, kept);
      clean.clear();
      shaped = this.shape(derived, false);
    }
    for (let touched = touchedRecords(clean, shaped.claims); touched.length > 0; touched = touchedRecords(clean, shaped.claims)) {
      for (const record of touched) clean.delete(record.externalId);
      derived = await this.deriveMore(derived, touched.flatMap((record) => unitPages(record.provenance!)));
      shaped = this.shape(derived, clean.size > 0);
    }
    const unchanged = [...clean.values()].map(cleanRecordOf);
    shaped.result.diagnostics = [...shaped.result.diagnostics, ...this.site.notes].sort(byFileThenLine);
    const total = this.discovery.files.length;
    if (this.derivedSoFar < total) this.input.settings.onProgress?.(total, total);
    const counts = { files: this.discovery.files.length, derived: derived.length, kept: unchanged.length, workers: this.pool.used ?? 0 };
    return { ...shaped.result, unchanged, provenance: shaped.provenance, counts, prepared: this.prepared };
  }

  /** `derived` plus the pages among `paths` that exist and are not derived yet, in path order. */
  private async deriveMore(derived: DerivedFile[], paths: Iterable<string>): Promise<DerivedFile[]> {
    const done = new Set(derived.map((file) => file.path));
    const more = [...new Set(paths)].filter((path) => this.discovered.has(path) && !done.has(path));
    return [...derived, ...(await this.derive(more))].sort((a, b) => compareCodeUnits(a.path, b.path));
  }

  private async derive(paths: string[]): Promise<DerivedFile[]> {
    const { settings, capabilities } = this.input;
    const { setup, idScope } = this.site;
    const locales = setup ? { locales: setup.locales, defaultLocale: setup.defaultLocale } : {};
    const markdown = { ...this.site.markdown, ...(settings.components ? { components: settings.components } : {}) };
    const options = deriveOptions({ ...settings, ...locales, idScope, html: capabilities.takesHtml ?? false, markdown }, this.discovery.realRoot);
    const sorted = [...paths].sort(compareCodeUnits);
    if (sorted.length > 0) await (this.targetReady ??= this.input.prepare?.());
    const final = setup === undefined && this.input.payloadOf !== undefined;
    const onDerived = (files: DerivedFile[], prepared?: PreparedEntry[]) => {
      if (final) this.prepare(files, prepared);
      this.derivedSoFar += files.length;
      settings.onProgress?.(this.derivedSoFar, this.discovery.files.length);
    };
    Object.assign(this.pool, { workers: settings.workers, onDerived, payloads: final ? this.input.workerSettings : undefined });
    return deriveFiles(filesOf(this.discovery, sorted), options, this.pool);
  }

  /**
   * Keeps the payload and fingerprint of each derived document as it arrives — built by the
   * workers, or here while they derive the rest: without translations a document is final once
   * overrides apply.
   */
  private prepare(files: DerivedFile[], prepared?: PreparedEntry[]): void {
    const { overrides } = this.input.settings;
    const built = prepared ?? preparePayloads(files, overrides, this.input.payloadOf!);
    const { spooling } = this.input;
    const entries = spooling && !this.reshaped ? holdOrSpool(files, built, { ...spooling, overrides }) : built;
    for (const [path, payload] of entries) this.prepared.set(path, payload);
  }

  /**
   * Without configured or detected locales, translation groups come from pages that name their
   * `lang` and `translationKey` (see localeHints), so they depend on pages this run may not
   * derive: when the derived pages infer groups, or kept records were grouped, derive them all.
   */
  private groupsFromFrontmatter(inferred: boolean, clean: ReadonlyMap<string, RemoteRecord>): boolean {
    if (this.site.setup !== undefined) return false;
    if (inferred) return true;
    for (const record of clean.values()) if (record.provenance?.groups?.length || record.provenance?.siblings?.length) return true;
    return false;
  }

  /** Overrides, translations, units and provenance of the derived files. */
  private shape(derived: DerivedFile[], incremental: boolean) {
    const { settings, capabilities } = this.input;
    const { setup, idScope } = this.site;
    const options = { ...settings, idScope, setup, native: capabilities.nativeTranslations, versions: this.site.markdown.versions };
    const shapeAll = () => prepareWithPages(collectDerived(derived, this.discovery.skipped), options);
    let shaped = shapeAll();
    // Payloads built as pages were derived assumed no translation step; inferred languages reshape documents.
    if (shaped.setup !== undefined) {
      this.reshaped = true;
      const spool = this.input.spooling?.spool;
      // The translation step may copy a page's text into another page: spooled pages get theirs back first.
      if (spool && restoreText(derived, this.prepared, spool)) shaped = shapeAll();
      this.prepared.clear();
    }
    const { prepared, pages, setup: inEffect, paths } = shaped;
    const units = unitsOf(pages, { ...options, setup: inEffect, ...paths });
    const byPath = new Map(derived.map((file) => [file.path, file]));
    const provenance = provenanceOf(prepared.documents, units, {
      derivation: this.derivation,
      shaOf: (path) => byPath.get(path)?.sha256 ?? this.shaOf(path),
      includesOf: (page) => includesOf(byPath.get(page)),
    });
    const claims: DerivedClaims = { ids: new Set(prepared.documents.map((doc) => doc.externalId)), groups: new Set([...units.values()].flatMap((unit) => unit.groups)) };
    // A note about the whole site (a locale without pages) needs every page; an incremental run has only some.
    // So does the hint that an unconfigured tree looks translated.
    const sitewide = new Set([setup?.source, LOCALES_NOTE_FILE]);
    const result = incremental ? { ...prepared, diagnostics: prepared.diagnostics.filter((d) => !sitewide.has(d.file)) } : prepared;
    return { result, provenance, claims, inferred: setup === undefined && inEffect !== undefined };
  }

  /** sha256 of a file as it is now: from the hashing pass, else (a file outside the globs, e.g. an include) read now. */
  private shaOf(path: string): string | undefined {
    const known = this.hashes.get(path);
    if (known !== undefined || this.discovered.has(path)) return known;
    if (path.split("/").includes("..") || path.startsWith("/")) return undefined;
    const read = readSourceBytes({ ...this.location, path });
    if (read.ok) this.hashes.set(path, read.sha256);
    return read.ok ? read.sha256 : undefined;
  }
}

/** Files a derived page included, when its derivation reports them (`sources` on the outcome). */
function includesOf(file: DerivedFile | undefined): readonly string[] {
  if (!file || file.outcome.kind !== "document") return [];
  const sources = (file.outcome as { sources?: unknown }).sources;
  return Array.isArray(sources) ? sources.filter((path): path is string => typeof path === "string" && path !== file.path) : [];
}
