// A declared charset (an HTTP upload's Content-Type) is a hint: ingest detects the encoding from the
// bytes (and the report says which one it used), so the sha256 stays that of the bytes sent. When the
// two disagree, the report carries a warning instead of silently preferring either.
import type { GapReport } from "../report/schema.js";

/** WHATWG canonical name ("sjis", "windows-31j", "Shift_JIS" → "shift_jis"), or undefined. */
function canonical(label: string): string | undefined {
  try {
    return new TextDecoder(label.replace(/\s*\(?(with\s+)?BOM\)?$/i, "").trim()).encoding;
  } catch {
    return undefined;
  }
}

export function withCharsetCheck(report: GapReport, declared: string | undefined): GapReport {
  const used = report.document.encoding;
  if (!declared || !used || report.document.format !== "txt") return report;
  const a = canonical(declared);
  const b = canonical(used);
  if (a === undefined || b === undefined || a === b) return report;
  const shown = declared.replace(/[^\w.:-]/g, "").slice(0, 40);
  const warning = {
    code: "DECLARED_CHARSET_IGNORED",
    message: {
      ja: `Content-Type の charset（${shown}）ではなく、内容から判定した文字コード（${used}）で読み込みました。`,
      en: `The text was decoded as ${used}, detected from its bytes, not as the declared charset ${shown}.`,
    },
  };
  return { ...report, warnings: [...report.warnings, warning] };
}
