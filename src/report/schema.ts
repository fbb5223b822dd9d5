// The GapReport JSON contract (DESIGN.md): the single source of truth for the JSON, the TS types
// and the OpenAPI document. Field names are a contract with users' tools: add, never rename.
import { z } from "zod";
import {
  CostBearerSchema,
  FaultSchema,
  FormatSchema,
  FormSchema,
  ModalitySchema,
  PartyRoleSchema,
  RequirementIdSchema,
  SeveritySchema,
  StatusSchema,
  TimingLevelSchema,
  TopicIdSchema,
} from "../core/ids.js";

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe("0-based UTF-16 offset into document.text, inclusive"),
    end: z.number().int().nonnegative().describe("0-based UTF-16 offset into document.text, exclusive"),
  })
  .describe("Half-open span of UTF-16 code units in document.text");

export const BilingualSchema = z.object({ ja: z.string(), en: z.string() });

export const TimingSchema = z.object({
  level: TimingLevelSchema,
  hours: z.number().nonnegative().optional().describe("A stated deadline converted to hours"),
  text: z.string().optional().describe("The timing words as written"),
});

export const ObligationSchema = z.object({
  topic: TopicIdSchema,
  actor: z
    .string()
    .optional()
    .describe("Party alias that bears the duty; 甲又は乙 style duties give 'mutual'"),
  recipient: z.string().optional(),
  action: z.string().describe("The duty's verb (base form), e.g. 報告する"),
  modality: ModalitySchema,
  timing: TimingSchema.optional(),
  trigger: z.object({ actual: z.boolean(), suspected: z.boolean() }).optional(),
  form: FormSchema.optional(),
  contents: z.array(z.string()).optional(),
  fault: FaultSchema.optional(),
  costBearer: CostBearerSchema.optional(),
  exceptions: z.array(z.string()).optional(),
  span: SpanSchema,
});

export const EvidenceSchema = z.object({
  provisionId: z.string(),
  quote: z.string().describe("=== document.text.slice(span.start, span.end) when the text is kept"),
  span: SpanSchema,
});

export const FindingSchema = z.object({
  requirementId: RequirementIdSchema,
  title: BilingualSchema.optional().describe("The requirement's short title, from the baseline"),
  topic: TopicIdSchema,
  status: StatusSchema,
  severity: SeveritySchema,
  expected: z.string(),
  found: z.string().optional(),
  evidence: z.array(EvidenceSchema),
  message: BilingualSchema,
  suggestion: z.object({ ja: z.string() }).optional(),
});

export const ProvisionReportSchema = z.object({
  id: z.string(),
  label: z.string(),
  heading: z.string().optional(),
  span: SpanSchema,
  text: z.string().optional().describe("Dropped in stored reports unless documents are kept"),
  topics: z.array(TopicIdSchema),
  obligations: z.array(ObligationSchema),
});

export const TopicCoverageSchema = z.enum(["covered", "partial", "absent"]);

export const GapReportSchema = z.object({
  schemaVersion: z.literal("1.0"),
  tool: z.object({ name: z.literal("clausegap"), version: z.string() }),
  reference: z.object({ name: z.string(), version: z.string() }),
  document: z.object({
    name: z.string(),
    sha256: z.string(),
    format: FormatSchema,
    encoding: z.string().optional(),
    chars: z.number().int().nonnegative(),
    pages: z.number().int().nonnegative().optional(),
    text: z.string().optional().describe("NormalizedText.text, what every span indexes"),
  }),
  parties: z.array(
    z.object({ alias: z.string(), role: PartyRoleSchema.optional(), span: SpanSchema.optional() }),
  ),
  provisions: z.array(ProvisionReportSchema),
  findings: z.array(FindingSchema),
  summary: z.object({
    score: z.number().min(0).max(100),
    counts: z.object({
      met: z.number().int(),
      partial: z.number().int(),
      missing: z.number().int(),
      conflict: z.number().int(),
    }),
    topics: z.record(TopicIdSchema, TopicCoverageSchema),
    text: BilingualSchema.optional().describe("One-paragraph summary for a reader"),
  }),
  warnings: z.array(z.object({ code: z.string(), message: BilingualSchema })),
});

export type SpanJson = z.infer<typeof SpanSchema>;
export type Obligation = z.infer<typeof ObligationSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type ProvisionReport = z.infer<typeof ProvisionReportSchema>;
export type GapReport = z.infer<typeof GapReportSchema>;
