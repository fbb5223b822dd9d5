// summary.md: the totals and one table row per file, for a reader (Japanese first, then English).
import type { ScanRow, ScanSummary } from "./schema.js";

const cell = (s: string | number | undefined) =>
  s === undefined ? "" : String(s).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

const STATUS: Record<ScanRow["status"], string> = {
  ok: "解析済 / ok",
  failed: "失敗 / failed",
  skipped: "対象外 / skipped",
};

function statusCell(row: ScanRow): string {
  return row.cached ? `${STATUS[row.status]} (前回 / reused)` : STATUS[row.status];
}

function noteCell(row: ScanRow): string {
  if (row.error) return `${row.error.code}: ${row.error.message.ja}`;
  return row.skipReason ?? "";
}

export function summaryToMarkdown(summary: ScanSummary): string {
  const t = summary.totals;
  const lines = [
    "# clausegap scan — 結果一覧 / Summary",
    "",
    `- ファイル / Files: ${t.files}（解析済 ok ${t.ok}、うち前回の結果 reused ${t.cached}、失敗 failed ${t.failed}、対象外 skipped ${t.skipped}）`,
    `- ギャップ / Gaps: 高 high ${t.gaps.high}、中 medium ${t.gaps.medium}、低 low ${t.gaps.low}`,
    `- 基準 / Reference: ${summary.reference.name} ${summary.reference.version}; clausegap ${summary.tool.version}`,
    ...(summary.interrupted ? [`- **中断 / Interrupted**: 未処理 not scanned ${t.pending}`] : []),
    "",
    "| ファイル / File | 状態 / Status | 形式 / Format | スコア / Score | 高 / High | 中 / Medium | 低 / Low | 重大なギャップ / High gaps | 備考 / Note |",
    "|---|---|---|--:|--:|--:|--:|---|---|",
  ];
  for (const r of summary.rows) {
    const gaps = r.gaps;
    lines.push(
      `| ${cell(r.path)} | ${statusCell(r)} | ${cell(r.format)} | ${cell(r.score)} | ${cell(gaps?.high)} | ${cell(gaps?.medium)} | ${cell(gaps?.low)} | ${cell(r.highGaps?.join(", "))} | ${cell(noteCell(r))} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
