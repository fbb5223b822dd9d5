// The scan summary's JSON contract (summary.json): one row per input file, plus totals.
// Like GapReport, field names are a contract with users' tools: add fields, never rename.
import { z } from "zod";
import { FormatSchema, RequirementIdSchema } from "../../core/ids.js";
import { BilingualSchema } from "../../report/schema.js";

export const RowStatusSchema = z
  .enum(["ok", "failed", "skipped"])
  .describe("ok: a report exists; failed: the file could not be analysed; skipped: not a contract file");

export const SeverityCountsSchema = z.object({
  high: z.number().int().nonnegative(),
  medium: z.number().int().nonnegative(),
  low: z.number().int().nonnegative(),
});

export const ScanRowSchema = z.object({
  path: z.string().describe("The input file, relative to the scan's base folder, with '/' separators"),
  status: RowStatusSchema,
  cached: z.boolean().optional().describe("true: the report of an earlier run was up to date and kept"),
  format: FormatSchema.optional(),
  encoding: z.string().optional(),
  sha256: z.string().optional(),
  score: z.number().min(0).max(100).optional(),
  counts: z
    .object({
      met: z.number().int(),
      partial: z.number().int(),
      missing: z.number().int(),
      conflict: z.number().int(),
    })
    .optional(),
  gaps: SeverityCountsSchema.optional().describe(
    "Findings that are partial, missing or conflict, by severity",
  ),
  highGaps: z.array(RequirementIdSchema).optional().describe("Requirement ids of the high-severity gaps"),
  error: z.object({ code: z.string(), message: BilingualSchema }).optional(),
  skipReason: z.string().optional(),
  report: z.string().optional().describe("The .gap.json report, relative to the output folder"),
});

export const ScanTotalsSchema = z.object({
  files: z.number().int().nonnegative(),
  ok: z.number().int().nonnegative(),
  cached: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative().describe("Files not reached because the scan was interrupted"),
  gaps: SeverityCountsSchema,
});

export const ScanSummarySchema = z.object({
  schemaVersion: z.literal("1.0"),
  tool: z.object({ name: z.literal("clausegap"), version: z.string() }),
  reference: z.object({ name: z.string(), version: z.string() }),
  startedAt: z.string().describe("ISO 8601"),
  elapsedMs: z.number().nonnegative(),
  interrupted: z.boolean(),
  totals: ScanTotalsSchema,
  rows: z.array(ScanRowSchema),
});

export type RowStatus = z.infer<typeof RowStatusSchema>;
export type SeverityCounts = z.infer<typeof SeverityCountsSchema>;
export type ScanRow = z.infer<typeof ScanRowSchema>;
export type ScanTotals = z.infer<typeof ScanTotalsSchema>;
export type ScanSummary = z.infer<typeof ScanSummarySchema>;
