// Summary rows: one per input file, built from its report, its error or the reason it was skipped.
import type { ClausegapError } from "../core/errors.js";
import type { GapReport } from "../report/schema.js";
import { digestOf, type ReportDigest } from "../worker/digest.js";
import type { ScanRow } from "./summary/schema.js";

/** The row of a file whose report exists, from that report's digest (made by the worker for fresh ones). */
export function rowFromDigest(
  relPath: string,
  digest: ReportDigest,
  reportRel: string,
  cached: boolean,
): ScanRow {
  const { format, encoding, sha256, score, counts, gaps, highGaps } = digest;
  return {
    path: relPath,
    status: "ok",
    cached,
    format,
    ...(encoding ? { encoding } : {}),
    sha256,
    score,
    counts,
    gaps,
    highGaps,
    report: reportRel,
  };
}

export function rowFromReport(
  relPath: string,
  report: GapReport,
  reportRel: string,
  cached: boolean,
): ScanRow {
  return rowFromDigest(relPath, digestOf(report), reportRel, cached);
}

export function rowFromError(relPath: string, error: Pick<ClausegapError, "code" | "messages">): ScanRow {
  return { path: relPath, status: "failed", error: { code: error.code, message: error.messages } };
}

export function skippedRow(relPath: string, reason: string): ScanRow {
  return { path: relPath, status: "skipped", skipReason: reason };
}

/** Rows in path order (code-unit order: the same on every machine and locale). */
export function sortRows(rows: readonly ScanRow[]): ScanRow[] {
  return [...rows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
