// The batch scan's library surface (the CLI and the benchmark use it).
export { type ExitPolicy, scanExitCode } from "./exit.js";
export type { ReportFormat } from "./format.js";
export { createProgress, type ProgressMode } from "./progress.js";
export { type ScanOptions, type ScanProgress, type ScanResult, type ScanTiming, scan } from "./run.js";
export type { Analyze } from "./scan-file.js";
export { SUMMARY_FORMATS, type SummaryFormat } from "./summary/index.js";
export { type ScanRow, ScanRowSchema, type ScanSummary, ScanSummarySchema } from "./summary/schema.js";
