// The scan summary: totals over the rows, and the summary files written into the output folder.
import path from "node:path";
import { writeAtomic } from "../write.js";
import { summaryToCsv } from "./csv.js";
import { summaryToJson } from "./json.js";
import { summaryToMarkdown } from "./md.js";
import type { ScanRow, ScanSummary, ScanTotals } from "./schema.js";

export type SummaryFormat = "csv" | "json" | "md";
export const SUMMARY_FORMATS: readonly SummaryFormat[] = ["csv", "json", "md"];

export function totalsOf(rows: readonly ScanRow[], pending: number): ScanTotals {
  const gaps = { high: 0, medium: 0, low: 0 };
  for (const r of rows) {
    gaps.high += r.gaps?.high ?? 0;
    gaps.medium += r.gaps?.medium ?? 0;
    gaps.low += r.gaps?.low ?? 0;
  }
  const count = (status: ScanRow["status"]) => rows.filter((r) => r.status === status).length;
  return {
    files: rows.length,
    ok: count("ok"),
    cached: rows.filter((r) => r.cached).length,
    failed: count("failed"),
    skipped: count("skipped"),
    pending,
    gaps,
  };
}

const RENDER: Record<SummaryFormat, (summary: ScanSummary) => string> = {
  csv: (s) => summaryToCsv(s.rows),
  json: summaryToJson,
  md: summaryToMarkdown,
};

/** Writes `<out>/summary.<format>` for each format; returns the files written. */
export async function writeSummaries(
  out: string,
  summary: ScanSummary,
  formats: readonly SummaryFormat[],
): Promise<string[]> {
  const written: string[] = [];
  for (const format of formats) {
    const file = path.join(out, `summary.${format}`);
    await writeAtomic(file, RENDER[format](summary));
    written.push(file);
  }
  return written;
}
