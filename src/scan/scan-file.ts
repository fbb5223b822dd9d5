// One input file through the scan: read, keep an up-to-date earlier report, or analyse and write.
// Never throws: whatever goes wrong with one file becomes its error row.
import { access } from "node:fs/promises";
import path from "node:path";
import { toClausegapError } from "../core/errors.js";
import type { ReferenceBaseline } from "../reference/index.js";
import type { GapReport } from "../report/schema.js";
import type { AnalysisOutcome, AnalysisTask } from "../worker/analyze-task.js";
import { type ReportFormat, renderReport } from "./format.js";
import { readCandidate } from "./read.js";
import { isUpToDate, type ReportKey, readExistingReport } from "./resume.js";
import { rowFromDigest, rowFromError, rowFromReport, skippedRow } from "./rows.js";
import type { ScanRow } from "./summary/schema.js";
import type { WalkEntry } from "./walk.js";
import { removeReports, reportPath, writeAtomic, writeReports } from "./write.js";

export type Analyze = (task: AnalysisTask) => Promise<AnalysisOutcome>;

export interface FileContext {
  readonly out: string;
  readonly formats: readonly ReportFormat[];
  readonly force: boolean;
  readonly key: Omit<ReportKey, "sha256">;
  /** Sent to the workers only when the user gave one; otherwise they use the bundled baseline. */
  readonly reference?: ReferenceBaseline;
  readonly analyze: Analyze;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

function reportRel(ctx: FileContext, relPath: string): string {
  return path
    .relative(ctx.out, reportPath(ctx.out, relPath, "json"))
    .split(path.sep)
    .join("/");
}

export async function scanFile(entry: WalkEntry, ctx: FileContext): Promise<ScanRow> {
  if (entry.kind === "skipped") return skippedRow(entry.relPath, entry.reason);
  if (entry.kind === "error") return rowFromError(entry.relPath, entry.error);
  try {
    return await readAndAnalyse(entry.relPath, entry.absPath, ctx);
  } catch (e) {
    return rowFromError(entry.relPath, toClausegapError(e)); // write failures, worker crashes
  }
}

async function readAndAnalyse(relPath: string, absPath: string, ctx: FileContext): Promise<ScanRow> {
  const input = await readCandidate(absPath, relPath);
  if (input.kind === "skipped") return skippedRow(relPath, input.reason);
  if (input.kind === "error") return failed(relPath, input.error, ctx);
  const kept = ctx.force ? undefined : await keptReport(relPath, input.sha256, ctx);
  if (kept) return rowFromReport(relPath, kept, reportRel(ctx, relPath), true);

  const reference = ctx.reference ? { reference: ctx.reference } : {};
  // The worker renders the report files (JSON validated there), so this thread only writes text.
  const task = { bytes: input.bytes, name: relPath, render: ctx.formats, ...reference };
  const outcome = await ctx.analyze(task);
  if (!outcome.ok) return failed(relPath, { code: outcome.error.code, messages: outcome.error.message }, ctx);
  await writeReports(ctx.out, relPath, outcome.rendered, ctx.formats); // JSON first
  return rowFromDigest(relPath, outcome.digest, reportRel(ctx, relPath), false);
}

/** The earlier report when it is still valid; the missing Markdown rendering is added from it. */
async function keptReport(relPath: string, sha256: string, ctx: FileContext): Promise<GapReport | undefined> {
  const existing = await readExistingReport(reportPath(ctx.out, relPath, "json"));
  if (!existing || !isUpToDate(existing, { ...ctx.key, sha256 })) return undefined;
  for (const format of ctx.formats) {
    const file = reportPath(ctx.out, relPath, format);
    if (format !== "json" && !(await exists(file))) await writeAtomic(file, renderReport(existing, format));
  }
  return existing;
}

async function failed(
  relPath: string,
  error: Parameters<typeof rowFromError>[1],
  ctx: FileContext,
): Promise<ScanRow> {
  await removeReports(ctx.out, relPath); // an earlier report would describe content that is gone
  return rowFromError(relPath, error);
}
