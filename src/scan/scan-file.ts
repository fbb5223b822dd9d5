// One input file through the scan: read, keep an up-to-date earlier report, or analyse and write.
// The step runs in a scan worker (worker/analyze-task.ts `scanFile`), next to the analysis, with
// synchronous file calls: the scan's main thread only hands out paths and collects rows, so that
// two workers get (almost) two cores. A test may run it in its own thread with a fake analysis.
// Never throws: whatever goes wrong with one file becomes its error row.
import { existsSync } from "node:fs";
import path from "node:path";
import { toClausegapError } from "../core/errors.js";
import type { ReferenceBaseline } from "../reference/index.js";
import type { GapReport } from "../report/schema.js";
import type { AnalysisOutcome, AnalysisTask } from "../worker/analyze-task.js";
import { type ReportFormat, renderReport } from "./format.js";
import { readCandidate } from "./read.js";
import { isUpToDate, type ReportKey, readExistingReport } from "./resume.js";
import { rowFromDigest, rowFromError, rowFromReport, skippedRow } from "./rows.js";
import type { ScanRow } from "./summary/schema.js";
import { removeReports, reportPath, writeAtomic, writeReports } from "./write.js";

export type Analyze = (task: AnalysisTask) => Promise<AnalysisOutcome>;

/** What every file of one scan shares; plain data, sent to the workers with each file. */
export interface FileSettings {
  readonly out: string;
  readonly formats: readonly ReportFormat[];
  readonly force: boolean;
  readonly key: Omit<ReportKey, "sha256">;
  /** Sent only when the user gave one; otherwise the bundled baseline is used. */
  readonly reference?: ReferenceBaseline;
}

/** One readable file of the walk, to scan. */
export interface ScanFileTask {
  readonly relPath: string;
  readonly absPath: string;
  readonly settings: FileSettings;
  /** The caller already found no valid earlier report (resumedRow): analyse without looking again. */
  readonly resumeChecked?: boolean;
}

function reportRel(out: string, relPath: string): string {
  return path
    .relative(out, reportPath(out, relPath, "json"))
    .split(path.sep)
    .join("/");
}

/** The whole step for one file, analysing in this thread with `analyze`. */
export async function scanFile(task: ScanFileTask, analyze: Analyze): Promise<ScanRow> {
  try {
    return await readAndAnalyse(task, analyze);
  } catch (e) {
    return rowFromError(task.relPath, toClausegapError(e)); // write failures, a failing analysis
  }
}

/**
 * The row of a file whose earlier report is still valid, found without a worker; undefined when it
 * must go to one (no report yet — one stat —, a changed file, force, or anything unreadable). Run by
 * the scan's main thread, so that a resumed scan whose reports are all up to date starts no pool
 * and loads no tokenizer.
 */
export function resumedRow({ relPath, absPath, settings }: ScanFileTask): ScanRow | undefined {
  if (settings.force || !existsSync(reportPath(settings.out, relPath, "json"))) return undefined;
  try {
    const input = readCandidate(absPath, relPath);
    if (input.kind !== "bytes") return undefined; // the worker's step gives its row
    const kept = keptReport(relPath, input.sha256, settings);
    return kept ? rowFromReport(relPath, kept, reportRel(settings.out, relPath), true) : undefined;
  } catch {
    return undefined; // e.g. the missing Markdown could not be written: the step will say why
  }
}

async function readAndAnalyse(
  { relPath, absPath, settings, resumeChecked }: ScanFileTask,
  analyze: Analyze,
): Promise<ScanRow> {
  const input = readCandidate(absPath, relPath);
  if (input.kind === "skipped") return skippedRow(relPath, input.reason);
  if (input.kind === "error") return failed(relPath, input.error, settings);
  const kept = settings.force || resumeChecked ? undefined : keptReport(relPath, input.sha256, settings);
  if (kept) return rowFromReport(relPath, kept, reportRel(settings.out, relPath), true);

  const reference = settings.reference ? { reference: settings.reference } : {};
  const outcome = await analyze({
    bytes: input.bytes,
    name: relPath,
    render: settings.formats,
    ...reference,
  });
  if (!outcome.ok)
    return failed(relPath, { code: outcome.error.code, messages: outcome.error.message }, settings);
  writeReports(settings.out, relPath, outcome.rendered, settings.formats); // JSON first
  return rowFromDigest(relPath, outcome.digest, reportRel(settings.out, relPath), false);
}

/** The earlier report when it is still valid; the missing Markdown rendering is added from it. */
function keptReport(relPath: string, sha256: string, settings: FileSettings): GapReport | undefined {
  const existing = readExistingReport(reportPath(settings.out, relPath, "json"));
  if (!existing || !isUpToDate(existing, { ...settings.key, sha256 })) return undefined;
  for (const format of settings.formats) {
    const file = reportPath(settings.out, relPath, format);
    if (format !== "json" && !existsSync(file)) writeAtomic(file, renderReport(existing, format));
  }
  return existing;
}

/** A failed file's row; its earlier reports go, since they would describe content that is gone. */
export function failed(
  relPath: string,
  error: Parameters<typeof rowFromError>[1],
  settings: Pick<FileSettings, "out">,
): ScanRow {
  try {
    removeReports(settings.out, relPath);
  } catch {
    // Not removable (permissions): the summary row still says the file failed.
  }
  return rowFromError(relPath, error);
}
