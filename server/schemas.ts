// The zod schemas of the API's own bodies; with GapReportSchema and ReferenceBaselineSchema they are
// the single source of truth for the responses, the tests and the OpenAPI document.
import { z } from "zod";
import { ERROR_CODES, type ErrorCode } from "../src/core/errors.js";
import { FormatSchema } from "../src/core/ids.js";
import { BilingualSchema } from "../src/report/schema.js";

const CODES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

export const ProblemSchema = z
  .object({
    type: z.string().describe("urn:clausegap:error:<code>"),
    title: z.string().describe("Short summary of the problem type"),
    status: z.number().int().min(400).max(599),
    detail: z.string().describe("English explanation of this occurrence (= message.en)"),
    instance: z.string().describe("The request path"),
    code: z.enum(CODES).describe("Stable error code (a public contract)"),
    message: BilingualSchema,
    requestId: z.string().optional().describe("Same as the X-Request-Id response header"),
  })
  .describe("RFC 9457 problem details, served as application/problem+json");
export type Problem = z.infer<typeof ProblemSchema>;

export const AnalysisIdSchema = z
  .string()
  .regex(/^[0-9a-hjkmnp-tv-z]{36}$/)
  .describe("36 characters: creation time (10) then 130 random bits (26), Crockford base32, lower case");

export const CountsSchema = z.object({
  met: z.number().int(),
  partial: z.number().int(),
  missing: z.number().int(),
  conflict: z.number().int(),
});

export const AnalysisSummarySchema = z
  .object({
    id: AnalysisIdSchema,
    documentName: z.string(),
    format: FormatSchema,
    createdAt: z.iso.datetime().describe("ISO 8601, UTC"),
    score: z.number().min(0).max(100),
    counts: CountsSchema,
  })
  .meta({ id: "AnalysisSummary" }); // a component of its own inside AnalysisList (openapi.ts)
export type AnalysisSummary = z.infer<typeof AnalysisSummarySchema>;

export const AnalysisListSchema = z.object({
  items: z.array(AnalysisSummarySchema).describe("Newest first"),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= to get the next page; null on the last page"),
});
export type AnalysisList = z.infer<typeof AnalysisListSchema>;

export const ListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("Page size, 1–100"),
  cursor: AnalysisIdSchema.optional().describe("nextCursor of the previous page"),
});

export const HealthSchema = z.object({ status: z.literal("ok") });

export const ReadinessSchema = z.object({
  status: z.enum(["starting", "ready", "stopping"]),
  threads: z.number().int(),
  queued: z.number().int().describe("Analyses waiting for a worker thread"),
  maxQueue: z.number().int(),
});
export type Readiness = z.infer<typeof ReadinessSchema>;
