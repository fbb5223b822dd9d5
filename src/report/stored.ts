// Stored reports (the API's store) keep no contract text: document.text and provisions[].text are
// dropped, the findings' quotes remain (DESIGN.md "GapReport").
import type { GapReport } from "./schema.js";

export function toStoredReport(report: GapReport): GapReport {
  const { text: _documentText, ...document } = report.document;
  return {
    ...report,
    document,
    provisions: report.provisions.map(({ text: _text, ...provision }) => provision),
  };
}
