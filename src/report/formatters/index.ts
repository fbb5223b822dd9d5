// The formatter registry: pure (report) → string functions, looked up by name (no dynamic imports).
import type { GapReport } from "../schema.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";

export type ReportFormatter = (report: GapReport) => string;

export const FORMATTERS = {
  json: formatJson,
  md: formatMarkdown,
} as const satisfies Record<string, ReportFormatter>;

export type ReportFormat = keyof typeof FORMATTERS;
export const REPORT_FORMATS = Object.keys(FORMATTERS) as ReportFormat[];

export function formatReport(report: GapReport, format: ReportFormat): string {
  return FORMATTERS[format](report);
}
