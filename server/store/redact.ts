// What a store keeps when documents are not kept: the report minus the contract's text
// (DESIGN.md "Stored reports"); the findings' evidence quotes stay, they are the point of the report.
import type { GapReport } from "../../src/report/schema.js";

export function redactReport(report: GapReport): GapReport {
  const { text: _documentText, ...document } = report.document;
  const provisions = report.provisions.map(({ text: _provisionText, ...provision }) => provision);
  return { ...report, document, provisions };
}
