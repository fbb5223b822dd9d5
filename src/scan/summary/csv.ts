// summary.csv: one row per file, UTF-8 with a BOM (so Excel shows Japanese), RFC 4180 quoting
// and CRLF line ends.
import type { ScanRow } from "./schema.js";

type Cell = string | number | boolean | undefined;

const COLUMNS: ReadonlyArray<readonly [string, (row: ScanRow) => Cell]> = [
  ["path", (r) => r.path],
  ["status", (r) => r.status],
  ["cached", (r) => r.cached],
  ["format", (r) => r.format],
  ["encoding", (r) => r.encoding],
  ["score", (r) => r.score],
  ["met", (r) => r.counts?.met],
  ["partial", (r) => r.counts?.partial],
  ["missing", (r) => r.counts?.missing],
  ["conflict", (r) => r.counts?.conflict],
  ["gaps_high", (r) => r.gaps?.high],
  ["gaps_medium", (r) => r.gaps?.medium],
  ["gaps_low", (r) => r.gaps?.low],
  ["high_gap_ids", (r) => r.highGaps?.join(" ")],
  ["error_code", (r) => r.error?.code],
  ["error_ja", (r) => r.error?.message.ja],
  ["error_en", (r) => r.error?.message.en],
  ["skip_reason", (r) => r.skipReason],
  ["report", (r) => r.report],
  ["sha256", (r) => r.sha256],
];

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function summaryToCsv(rows: readonly ScanRow[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(",")];
  for (const row of rows) lines.push(COLUMNS.map(([, get]) => csvCell(get(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
