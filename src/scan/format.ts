// Renders one GapReport for the files a scan writes. JSON always; Markdown when asked.
// TODO(report formatters): switch to src/report/formatters' registry once it lands.
import type { GapReport } from "../report/schema.js";

export type ReportFormat = "json" | "md";

export function renderReport(report: GapReport, format: ReportFormat): string {
  return format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report);
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function renderMarkdown(report: GapReport): string {
  const { document, summary, findings } = report;
  const lines = [
    `# ${document.name}`,
    "",
    `- スコア / Score: ${summary.score}`,
    `- 形式 / Format: ${document.format}${document.encoding ? ` (${document.encoding})` : ""}`,
    `- 基準 / Reference: ${report.reference.name} ${report.reference.version}`,
    "",
    "| 要件 / Requirement | 重大度 / Severity | 状態 / Status | 説明 / Message |",
    "|---|---|---|---|",
    ...findings.map(
      (f) =>
        `| ${f.requirementId} | ${f.severity} | ${f.status} | ${cell(f.message.ja)}<br>${cell(f.message.en)} |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
