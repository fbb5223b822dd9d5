// The summary score (docs/scoring.md): severity-weighted share of the baseline that the document
// meets, where a conflict counts against it. 0–100, an integer.
import type { Severity, Status } from "../core/ids.js";
import type { Finding } from "./schema.js";

/** How much a requirement weighs, by its severity. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

/** How much of its weight a requirement earns, by its status; a conflict costs half its weight. */
export const STATUS_CREDIT: Readonly<Record<Status, number>> = {
  met: 1,
  partial: 0.5,
  missing: 0,
  conflict: -0.5,
};

/** round(100 × Σ weight × credit / Σ weight), clamped to 0–100; 0 when there is nothing to score. */
export function scoreFindings(findings: readonly Pick<Finding, "severity" | "status">[]): number {
  const total = findings.reduce((sum, f) => sum + SEVERITY_WEIGHT[f.severity], 0);
  if (total === 0) return 0;
  const earned = findings.reduce((sum, f) => sum + SEVERITY_WEIGHT[f.severity] * STATUS_CREDIT[f.status], 0);
  return Math.min(100, Math.max(0, Math.round((100 * earned) / total)));
}
