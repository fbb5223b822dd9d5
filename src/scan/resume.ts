// Resumption: a report written by an earlier run is kept when it still describes the same bytes,
// was judged against the same baseline and was made by the same tool version.
import { readFileSync } from "node:fs";
import { type GapReport, GapReportSchema } from "../report/schema.js";

export interface ReportKey {
  readonly sha256: string;
  readonly referenceName: string;
  readonly referenceVersion: string;
  readonly toolVersion: string;
}

/** The existing report at `jsonPath`, or undefined when there is none or it is corrupt (redo it). */
export function readExistingReport(jsonPath: string): GapReport | undefined {
  let text: string;
  try {
    text = readFileSync(jsonPath, "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed = GapReportSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // truncated or hand-edited JSON
  }
}

export function isUpToDate(report: GapReport, key: ReportKey): boolean {
  return (
    report.document.sha256 === key.sha256 &&
    report.reference.name === key.referenceName &&
    report.reference.version === key.referenceVersion &&
    report.tool.version === key.toolVersion
  );
}
