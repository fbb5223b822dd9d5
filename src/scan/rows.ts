// Summary rows: one per input file, built from its report, its error or the reason it was skipped.
import type { ClausegapError } from "../core/errors.js";
import type { Severity } from "../core/ids.js";
import type { Finding, GapReport } from "../report/schema.js";
import type { ScanRow, SeverityCounts } from "./summary/schema.js";

/** DESIGN.md: a gap is a finding whose status is partial, missing or conflict. */
export function isGap(finding: Finding): boolean {
  return finding.status !== "met";
}

export function gapsBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) if (isGap(f)) counts[f.severity]++;
  return counts;
}

export function rowFromReport(
  relPath: string,
  report: GapReport,
  reportRel: string,
  cached: boolean,
): ScanRow {
  const { document, summary, findings } = report;
  return {
    path: relPath,
    status: "ok",
    cached,
    format: document.format,
    ...(document.encoding ? { encoding: document.encoding } : {}),
    sha256: document.sha256,
    score: summary.score,
    counts: { ...summary.counts },
    gaps: gapsBySeverity(findings),
    highGaps: findings.filter((f) => isGap(f) && f.severity === "high").map((f) => f.requirementId),
    report: reportRel,
  };
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
