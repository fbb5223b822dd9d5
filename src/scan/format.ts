// The report files a scan writes, rendered by the report formatters' registry (JSON is validated
// against GapReportSchema there, so an invalid report is never written).
import { formatReport, type ReportFormat } from "../report/formatters/index.js";
import type { GapReport } from "../report/schema.js";

export type { ReportFormat } from "../report/formatters/index.js";

export function renderReport(report: GapReport, format: ReportFormat): string {
  return formatReport(report, format);
}
