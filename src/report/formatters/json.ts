// JSON: the zod-validated GapReport, serialised (the boundary check STYLE.md asks for).
import { type GapReport, GapReportSchema } from "../schema.js";

export function formatJson(report: GapReport): string {
  return `${JSON.stringify(GapReportSchema.parse(report), null, 2)}\n`;
}
