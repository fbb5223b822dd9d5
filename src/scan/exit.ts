// The scan's exit status, so that it can gate a contract repository in CI.
import type { Severity } from "../core/ids.js";
import { SIGNAL_EXIT } from "./signals.js";
import type { ScanSummary } from "./summary/schema.js";

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export interface ExitPolicy {
  /** Fail (1) on gaps of this severity or higher, and on any file that could not be analysed. */
  readonly failOn?: Severity;
  /** The signal that interrupted the scan. */
  readonly interruptedBy?: NodeJS.Signals;
}

/** Gaps at or above `failOn` over all rows. */
export function gapsAtOrAbove(summary: ScanSummary, failOn: Severity): number {
  const g = summary.totals.gaps;
  return (Object.keys(RANK) as Severity[])
    .filter((s) => RANK[s] >= RANK[failOn])
    .reduce((sum, s) => sum + g[s], 0);
}

/**
 * 130/143 interrupted (SIGINT/SIGTERM); 2 a report could not be written; 1 with --fail-on, a gap at
 * or above it or a file that could not be read (DESIGN.md: it counts as one); 0 otherwise.
 */
export function scanExitCode(summary: ScanSummary, policy: ExitPolicy): number {
  if (policy.interruptedBy) return SIGNAL_EXIT[policy.interruptedBy] ?? 130;
  if (summary.rows.some((r) => r.error?.code === "OUTPUT_UNWRITABLE")) return 2;
  if (!policy.failOn) return 0;
  if (summary.totals.failed > 0) return 1;
  return gapsAtOrAbove(summary, policy.failOn) > 0 ? 1 : 0;
}
