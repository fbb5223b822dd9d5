// What a worker hands back for a finished analysis. Serialising a report is the costly part of
// moving it between threads (a structured clone of a few thousand objects, ~3 ms each way), so a
// caller that only writes or sends the report asks for text instead: the worker renders it, and
// the caller's thread (the HTTP thread, the scan's writer) gets strings and a small digest.
import { formatReport } from "../report/formatters/index.js";
import type { GapReport } from "../report/schema.js";
import { toStoredReport } from "../report/stored.js";
import { digestOf, type ReportDigest } from "./digest.js";

/**
 * `json`/`md`: the report files (the JSON formatter validates against GapReportSchema and indents);
 * `compact`: the report as one line of JSON (HTTP responses); `stored`: the same without the
 * contract text (toStoredReport: the API's stored copy).
 */
export type Rendering = "json" | "md" | "compact" | "stored";

const RENDER: Record<Rendering, (report: GapReport) => string> = {
  json: (r) => formatReport(r, "json"),
  md: (r) => formatReport(r, "md"),
  compact: (r) => JSON.stringify(r),
  stored: (r) => JSON.stringify(toStoredReport(r)),
};

export interface Analysed {
  readonly ok: true;
  readonly digest: ReportDigest;
  /** The renderings the task asked for. */
  readonly rendered: Partial<Record<Rendering, string>>;
  /** The report object itself, only when the task asked for no rendering. */
  readonly report?: GapReport;
}

/** The success outcome of a task: its renderings if it asked for some, the report object otherwise. */
export function analysed(report: GapReport, render: readonly Rendering[] | undefined): Analysed {
  const digest = digestOf(report);
  if (!render?.length) return { ok: true, digest, rendered: {}, report };
  const rendered: Partial<Record<Rendering, string>> = {};
  for (const r of render) rendered[r] ??= RENDER[r](report);
  return { ok: true, digest, rendered };
}
