// scan(): the batch scan as a library call (the CLI and the benchmark both use it).
// Walk → for each file, in `jobs`-wide lanes: keep an up-to-date report or analyse in the worker
// pool → summary. An abort signal stops dispatching; files in flight are finished and written.
import path from "node:path";
import { ClausegapError, toClausegapError } from "../core/errors.js";
import { defaultBaseline, type ReferenceBaseline } from "../reference/index.js";
import { TOOL_VERSION } from "../version.js";
import type { ReportFormat } from "./format.js";
import { lazyPool, type ScanPool } from "./lazy-pool.js";
import { precheck } from "./read.js";
import { rowFromError, skippedRow, sortRows } from "./rows.js";
import {
  type Analyze,
  type FileSettings,
  failed,
  resumedRow,
  type ScanFileTask,
  scanFile,
} from "./scan-file.js";
import { SUMMARY_FORMATS, type SummaryFormat, totalsOf, writeSummaries } from "./summary/index.js";
import type { ScanRow, ScanSummary } from "./summary/schema.js";
import { type WalkEntry, walkInputs } from "./walk.js";
import { prepareOutDir, reportPath, sweepTempFiles } from "./write.js";

export interface ScanProgress {
  start(total: number): void;
  file(row: ScanRow): void;
  /** A message for the user while the scan runs (a bar is closed first, so the text stays readable). */
  notice(text: string): void;
  stop(): void;
}

export interface ScanOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  /** Worker threads (default: one per core, never more than there are files). */
  readonly jobs?: number;
  /** Report formats; JSON is always written. */
  readonly reportFormats?: readonly ReportFormat[];
  /** Summary files written into `out` (default: csv, json and md). */
  readonly summaryFormats?: readonly SummaryFormat[];
  /** A validated user baseline; default: the bundled one. */
  readonly reference?: ReferenceBaseline;
  /** Redo every file, even when its earlier report is up to date. */
  readonly force?: boolean;
  readonly signal?: AbortSignal;
  readonly progress?: ScanProgress;
  readonly taskTimeoutMs?: number;
  /** Workers that scan the files; default: a pool of `jobs` threads, started on first use. */
  readonly pool?: ScanPool;
  /** Analyses in this thread instead of scanning in workers (tests: a fake analysis). */
  readonly analyze?: Analyze;
}

export interface ScanTiming {
  readonly elapsedMs: number;
  /** Files analysed by this run (not kept from an earlier one, not failed before analysis). */
  readonly analysed: number;
  readonly filesPerSecond: number;
}

export interface ScanResult {
  readonly out: string;
  readonly summary: ScanSummary;
  readonly summaryFiles: readonly string[];
  readonly timing: ScanTiming;
}

function outputDirs(out: string, entries: readonly WalkEntry[]): Set<string> {
  return new Set([out, ...entries.map((e) => path.dirname(reportPath(out, e.relPath, "json")))]);
}

/** Runs `next` in `width` lanes until the list is done or the signal fires. */
async function inLanes<T, R>(
  items: readonly T[],
  width: number,
  signal: AbortSignal | undefined,
  next: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let index = 0;
  const lane = async () => {
    while (index < items.length && !signal?.aborted) results.push(await next(items[index++] as T));
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, lane));
  return results;
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const startedAt = new Date();
  const out = path.resolve(options.out);
  await prepareOutDir(out);
  const { entries } = await walkInputs(options.inputs, { outDir: out });
  if (entries.length === 0) throw new ClausegapError("NO_INPUT_FILES", { path: options.inputs.join(", ") });
  await sweepTempFiles(outputDirs(out, entries));

  const files = entries.filter((e) => e.kind === "file").length;
  const owned =
    options.pool || options.analyze ? undefined : lazyPool(options.jobs, files, options.taskTimeoutMs);
  const pool = options.pool ?? owned;
  const lanes = 2 * (pool?.threads ?? Math.max(1, options.jobs ?? 1)); // the next file waits at each worker
  const baseline = options.reference ?? defaultBaseline();
  const settings: FileSettings = {
    out,
    formats: ["json", ...(options.reportFormats ?? []).filter((f) => f !== "json")],
    force: options.force ?? false,
    key: { referenceName: baseline.name, referenceVersion: baseline.version, toolVersion: TOOL_VERSION },
    ...(options.reference ? { reference: options.reference } : {}),
  };
  const step = options.analyze
    ? (task: ScanFileTask) => scanFile(task, options.analyze as Analyze)
    : (task: ScanFileTask) => (pool as ScanPool).scanFile(task);

  options.progress?.start(entries.length);
  let rows: ScanRow[];
  try {
    rows = await inLanes(entries, lanes, options.signal, async (entry) => {
      const row = await scanEntry(entry, settings, step);
      options.progress?.file(row);
      return row;
    });
  } finally {
    options.progress?.stop();
    await owned?.destroy();
  }
  return finish(out, options, { startedAt, rows, pending: entries.length - rows.length, baseline });
}

/**
 * A walk entry's row. What needs no analysis is answered here without a worker — skipped and
 * unreadable entries, pictures, files too large, up-to-date reports — so that a scan with nothing
 * to analyse starts no pool and loads no tokenizer.
 */
async function scanEntry(
  entry: WalkEntry,
  settings: FileSettings,
  step: (task: ScanFileTask) => Promise<ScanRow>,
): Promise<ScanRow> {
  if (entry.kind === "skipped") return skippedRow(entry.relPath, entry.reason);
  if (entry.kind === "error") return rowFromError(entry.relPath, entry.error);
  const task: ScanFileTask = { relPath: entry.relPath, absPath: entry.absPath, settings };
  const decided = precheck(entry.absPath, entry.relPath);
  if (decided?.kind === "skipped") return skippedRow(entry.relPath, decided.reason);
  if (decided) return failed(entry.relPath, decided.error, settings);
  const resumed = resumedRow(task);
  if (resumed) return resumed;
  try {
    return await step({ ...task, resumeChecked: true });
  } catch (e) {
    // The worker was stopped (ANALYSIS_TIMEOUT) or died: the step could not say so itself.
    return failed(entry.relPath, toClausegapError(e), settings);
  }
}

interface Finished {
  readonly startedAt: Date;
  readonly rows: readonly ScanRow[];
  readonly pending: number;
  readonly baseline: ReferenceBaseline;
}

async function finish(out: string, options: ScanOptions, done: Finished): Promise<ScanResult> {
  const elapsedMs = Date.now() - done.startedAt.getTime();
  const summary: ScanSummary = {
    schemaVersion: "1.0",
    tool: { name: "clausegap", version: TOOL_VERSION },
    reference: { name: done.baseline.name, version: done.baseline.version },
    startedAt: done.startedAt.toISOString(),
    elapsedMs,
    interrupted: done.pending > 0,
    totals: totalsOf(done.rows, done.pending),
    rows: sortRows(done.rows),
  };
  const summaryFiles = await writeSummaries(out, summary, options.summaryFormats ?? SUMMARY_FORMATS);
  const analysed = done.rows.filter((r) => r.status === "ok" && !r.cached).length;
  const filesPerSecond = elapsedMs > 0 ? (analysed * 1000) / elapsedMs : 0;
  return { out, summary, summaryFiles, timing: { elapsedMs, analysed, filesPerSecond } };
}
