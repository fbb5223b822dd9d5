// The reference baseline's schema (dictionaries/reference/baseline.json and users' --reference files):
// each requirement with its titles, severity, sources and a machine-checkable expectation that
// compare/ interprets. Rules are code (compare/evaluators); thresholds and words are data (here).
import { z } from "zod";
import {
  FaultSchema,
  FormSchema,
  ModalitySchema,
  REQUIREMENT_IDS,
  SeveritySchema,
  TopicIdSchema,
} from "../core/ids.js";

const WordSchema = z.string().min(1);

/**
 * A sentence-level cue: the sentence matches when every group of `all` has one of its words in the
 * sentence (groups are ANDed, words within a group ORed) and no word of `none` occurs.
 */
export const CueSchema = z.strictObject({
  all: z.array(z.array(WordSchema).min(1)).min(1),
  none: z.array(WordSchema).optional(),
});
export type Cue = z.infer<typeof CueSchema>;
const CuesSchema = z.array(CueSchema).min(1);

/** `immediately|promptly|without_delay|none`, `deadline` (any), `deadline<=24`, `deadline>24` (hours). */
export const TimingRuleSchema = z
  .string()
  .regex(
    /^(immediately|promptly|without_delay|none|deadline(?:(?:<=|>)\d+(?:\.\d+)?)?)$/,
    'expected immediately, promptly, without_delay, none, deadline, "deadline<=N" or "deadline>N"',
  );
export type TimingRule = z.infer<typeof TimingRuleSchema>;

/** Who a party alias stands for, for the requirement's purposes (`unknown`: no role known). */
export const ActorClassSchema = z.enum(["handler", "discloser", "mutual", "unknown"]);
export type ActorClass = z.infer<typeof ActorClassSchema>;

/** Who bears a cost: a party class or the party that caused the incident, or a consultation. */
export const BearerClassSchema = z.enum([
  "handler",
  "discloser",
  "mutual",
  "unknown",
  "causing_party",
  "consultation",
]);
export type BearerClass = z.infer<typeof BearerClassSchema>;

/** Who decides (PUB-02): a party class, or the parties together (協議, 承諾). */
export const DeciderClassSchema = z.enum(["handler", "discloser", "mutual", "unknown", "consultation"]);
export type DeciderClass = z.infer<typeof DeciderClassSchema>;

export const GeneralKindSchema = z.enum([
  "general_damages",
  "liability_cap",
  "liability_disclaimer",
  "subcontractor_liability",
  "general_incident_report",
  "general_cost_compensation",
]);

const kinds = z.array(GeneralKindSchema).min(1);
const classes = z.array(ActorClassSchema);

/** The vocabulary of expectations; which keys a topic's evaluator reads: `TOPIC_CRITERIA`. */
export const ExpectationSchema = z.strictObject({
  /** Whose duties count: the handler's (mutual and unknown included; the default) or anyone's. */
  actor: z.enum(["handler", "any"]).optional(),
  /** Where `words` look: the topic's sentences (default), every incident provision, the report chain. */
  scope: z.enum(["topic", "incident", "reportingChain"]).optional(),
  /** Sentence cues: met / partial (weaker) / limit (caps the whole at partial) / conflict / ignore. */
  words: z
    .strictObject({
      met: CuesSchema.optional(),
      partial: CuesSchema.optional(),
      limit: CuesSchema.optional(),
      conflict: CuesSchema.optional(),
      ignore: CuesSchema.optional(),
    })
    .optional(),
  /** Modalities that make a duty weaker (partial); default endeavor and may. */
  weakModalities: z.array(ModalitySchema).optional(),
  /** A rule that obliges vendor contracts to contain the duty (委託契約に定める): partial by default. */
  flowDown: z.enum(["partial", "met"]).optional(),
  /**
   * Status by the class of the duty's actor, for duties of the listed modalities; the first rule that
   * gives a status wins (e.g. either party that *may* publish alone is a conflict, a mutual duty to
   * help with publicity is not).
   */
  byActor: z
    .array(
      z.strictObject({
        modalities: z.array(ModalitySchema).min(1),
        met: classes.optional(),
        partial: classes.optional(),
        conflict: classes.optional(),
      }),
    )
    .min(1)
    .optional(),
  /**
   * Status by who decides, read from the sentence (「甲が決定する」「当社の判断により」「甲乙協議のうえ」;
   * compare/decider.ts). In internal rules an organ (社長, 委員会) or no named party is the institution,
   * i.e. the discloser. Checked after `words.met`, before `byActor`.
   */
  decider: z
    .strictObject({
      met: z.array(DeciderClassSchema),
      partial: z.array(DeciderClassSchema),
      conflict: z.array(DeciderClassSchema),
    })
    .optional(),
  /**
   * Sentences anywhere in a document that handles information count through `words` when they name
   * a subcontractor (vocabulary `subcontractors`), though their clause has no topic (a provider's
   * 委託先 in terms of service).
   */
  anywhere: z.literal("subcontractor").optional(),
  /** A duty limited to personal information in a document covering other secrets (vocabulary `scope`). */
  narrowScope: z.enum(["partial"]).optional(),
  /** Document-level general provisions (only when the document handles information). */
  general: z
    .strictObject({ met: kinds.optional(), limit: kinds.optional(), conflict: kinds.optional() })
    .optional(),
  timing: z
    .strictObject({ met: z.array(TimingRuleSchema).min(1), partial: z.array(TimingRuleSchema) })
    .optional(),
  suspected: z.literal(true).optional(),
  form: z.strictObject({ met: z.array(FormSchema).min(1) }).optional(),
  minContents: z
    .strictObject({ met: z.number().int().min(1), partial: z.number().int().min(1) })
    .refine((m) => m.partial <= m.met, { message: "partial must not exceed met", path: ["partial"] })
    .optional(),
  fault: z.strictObject({ met: z.array(FaultSchema).min(1), conflict: z.array(FaultSchema) }).optional(),
  bearer: z
    .strictObject({
      met: z.array(BearerClassSchema).min(1),
      partial: z.array(BearerClassSchema),
      conflict: z.array(BearerClassSchema),
      /** 「{party}の負担」: `{party}` stands for each party alias. */
      patterns: z.array(z.string().includes("{party}", { message: 'must contain "{party}"' })).min(1),
      causingWords: z.array(WordSchema).min(1),
      /** 「{party}の責めに帰すべき」: a client-pays rule tied to the client's own fault is causing-party. */
      faultPatterns: z.array(z.string().includes("{party}", { message: 'must contain "{party}"' })),
      /** Words that carve the handler's fault out of a client-pays rule (…を除き, この限りでない). */
      exceptWords: z.array(WordSchema),
      /** A cost sentence counts only when it names the incident or its response (not 「返却の費用」). */
      contextWords: z.array(WordSchema).min(1),
    })
    .optional(),
});
export type Expectation = z.infer<typeof ExpectationSchema>;
export type Criterion = keyof Expectation;

const BilingualSchema = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });

export const SourceSchema = z.strictObject({
  /** A reference document's file name, e.g. "003_2e87a0ac5d77f3aa.txt". */
  file: z.string().min(1),
  /** 「第3条第1項」, or for seed 000 (no article numbers) 「000 #n」, n = clause order in the file. */
  article: z.string().min(1),
  note: z.string().optional(),
});

/** The fixed ids of DESIGN.md; an unknown id is named in the error. */
const KnownRequirementIdSchema = z.enum(REQUIREMENT_IDS, {
  error: (issue) => `unknown requirement id ${JSON.stringify(issue.input)} (known: RPT-01 … SBC-02)`,
});

export const RequirementSchema = z.strictObject({
  id: KnownRequirementIdSchema,
  topic: TopicIdSchema,
  title: BilingualSchema,
  /** What "met" means, for the report's `expected`. */
  description: BilingualSchema,
  severity: SeveritySchema,
  expect: ExpectationSchema,
  /** A model clause for gaps, in our own wording. */
  suggestion: z.strictObject({ ja: z.string().min(1) }).optional(),
  sources: z.array(SourceSchema),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const ReferenceBaselineSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().optional(),
  requirements: z.array(RequirementSchema).min(1),
});
export type ReferenceBaseline = z.infer<typeof ReferenceBaselineSchema>;
