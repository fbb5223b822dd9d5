// The list entry of a stored analysis, and the newest-first pagination every store shares.
import type { AnalysisSummary } from "../schemas.js";
import type { ListOptions, StoredAnalysis } from "./types.js";

export function summarize({ id, createdAt, report }: StoredAnalysis): AnalysisSummary {
  return {
    id,
    documentName: report.document.name,
    format: report.document.format,
    createdAt,
    score: report.summary.score,
    counts: report.summary.counts,
  };
}

/** Ids of one page, newest first, plus the cursor of the next page (null on the last). */
export function pageOfIds(
  ids: readonly string[],
  { limit, cursor }: ListOptions,
): { ids: string[]; nextCursor: string | null } {
  const sorted = [...ids].sort().reverse();
  const older = cursor === undefined ? sorted : sorted.filter((id) => id < cursor);
  const page = older.slice(0, limit);
  const last = page.at(-1);
  return { ids: page, nextCursor: older.length > limit && last ? last : null };
}
