// summary.json: the whole summary, validated against its schema before it is written.
import { type ScanSummary, ScanSummarySchema } from "./schema.js";

export function summaryToJson(summary: ScanSummary): string {
  return `${JSON.stringify(ScanSummarySchema.parse(summary), null, 2)}\n`;
}
