// The few report fields a caller reads besides the rendered report (the scan's summary row): small
// enough to cross the thread boundary for nothing, unlike the whole report object.
import type { Finding, GapReport } from "../report/schema.js";
import type { SeverityCounts } from "../scan/summary/schema.js";

export interface ReportDigest {
  readonly format: GapReport["document"]["format"];
  readonly encoding?: string;
  readonly sha256: string;
  readonly score: number;
  readonly counts: GapReport["summary"]["counts"];
  /** Findings that are gaps, by severity. */
  readonly gaps: SeverityCounts;
  /** Requirement ids of the high-severity gaps, in report order. */
  readonly highGaps: Finding["requirementId"][];
}

/** DESIGN.md: a gap is a finding whose status is partial, missing or conflict. */
export function isGap(finding: Finding): boolean {
  return finding.status !== "met";
}

export function gapsBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { high: 0, medium: 0, low: 0 };
  for (const f of findings) if (isGap(f)) counts[f.severity]++;
  return counts;
}

export function digestOf(report: GapReport): ReportDigest {
  const { document, summary, findings } = report;
  return {
    format: document.format,
    ...(document.encoding ? { encoding: document.encoding } : {}),
    sha256: document.sha256,
    score: summary.score,
    counts: { ...summary.counts },
    gaps: gapsBySeverity(findings),
    highGaps: findings.filter((f) => isGap(f) && f.severity === "high").map((f) => f.requirementId),
  };
}
