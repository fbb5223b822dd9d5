// zod schemas of the lexicon files in dictionaries/lexicon/ (words are data, validated at load).
import { z } from "zod";
import { CostBearerSchema, FaultSchema, FormSchema, ModalitySchema, TopicIdSchema } from "../core/ids.js";

const compiles = (source: string): boolean => {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
};

/** A JavaScript regular expression source (flag u), matched on the surface text. */
export const RegexSourceSchema = z
  .string()
  .min(1)
  .refine(compiles, { message: "not a valid regular expression" });

/** The fields every entry has (ja-no-redundant-expression style): id, patterns, allows, note, examples. */
export const BaseEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case id"),
  patterns: z.array(RegexSourceSchema).min(1),
  /** Known false positives: a match inside a match of one of these is dropped. */
  allows: z.array(RegexSourceSchema).optional(),
  note: z.string().optional(),
  disabled: z.boolean().optional(),
  /** Texts the entry must match (checked by the data tests). */
  examples: z.array(z.string().min(1)).min(1),
  /** Texts it must not match. */
  counterexamples: z.array(z.string().min(1)).optional(),
});
export type BaseEntry = z.infer<typeof BaseEntrySchema>;

export const INCIDENT_GROUPS = [
  "event",
  "ambiguous_event",
  "incident_noun",
  "info_object",
  "generic_info",
  "handles_information",
  "physical",
  "prevention",
  "back_reference",
  "suspected",
  /** Definition frames (named group `term`, optional `defining`): detect/defined-terms.ts. */
  "definition",
  /** 次の各号…: a definition whose cases are listed after it. */
  "list_lead",
] as const;
export const IncidentEntrySchema = BaseEntrySchema.extend({ group: z.enum(INCIDENT_GROUPS) });

export const TokenConstraintSchema = z.object({
  base: z.array(z.string().min(1)).optional(),
  surface: z.array(z.string().min(1)).optional(),
  /** Prefix of "品詞-細分類1", e.g. "助動詞" or "動詞-非自立". */
  pos: z.string().optional(),
});
export type TokenConstraint = z.infer<typeof TokenConstraintSchema>;

export const ModalityEntrySchema = z.object({
  id: BaseEntrySchema.shape.id,
  modality: ModalitySchema,
  /** Alternative token sequences, matched on kuromoji base forms. */
  tokens: z.array(z.array(TokenConstraintSchema).min(1)).min(1),
  note: z.string().optional(),
  examples: z.array(z.string().min(1)).min(1),
});

export const TimingEntrySchema = BaseEntrySchema.extend({
  level: z.enum(["immediately", "promptly", "without_delay", "deadline"]),
  /** deadline: hours per unit of the number captured by the named group `n`. */
  unitHours: z.number().positive().optional(),
  /** deadline: a fixed number of hours (当日中). */
  hours: z.number().positive().optional(),
});

export const FaultEntrySchema = BaseEntrySchema.extend({ value: FaultSchema.exclude(["unspecified"]) });
export const ContentEntrySchema = BaseEntrySchema.extend({
  label: z.string().min(1),
  /** LABELING.md: a report item that is the result of an activity brings that activity's topic. */
  brings: TopicIdSchema.optional(),
});
export const FormEntrySchema = BaseEntrySchema.extend({ form: FormSchema.exclude(["unspecified"]) });
export const CostBearerEntrySchema = BaseEntrySchema.extend({ bearer: CostBearerSchema });
export const RecipientEntrySchema = BaseEntrySchema.extend({
  category: z.enum(["authority", "individual", "public"]),
});
export const ActorEntrySchema = BaseEntrySchema.extend({ mutual: z.boolean().optional() });
export const GENERAL_ROLES = [
  "damages",
  "breach",
  "own_provision_breach",
  "cap",
  "disclaimer",
  "incident",
  "cost_compensation",
  "defect",
] as const;
/** Text that states no duty (detect/non-duty.ts): commentary blocks and sentences, acknowledgements. */
export const NonDutyEntrySchema = BaseEntrySchema.extend({
  kind: z.enum(["commentary_block", "commentary_sentence", "acknowledged"]),
});
export const GeneralEntrySchema = BaseEntrySchema.extend({ role: z.enum(GENERAL_ROLES) });
export const TopicEntrySchema = BaseEntrySchema.extend({
  /** What the entry does for its topic's detector; "cue" when absent. */
  role: z
    .string()
    .regex(/^[a-z_]+$/)
    .optional(),
});

/** A lexicon file: a description and its entries. */
export const fileSchema = <T extends z.ZodTypeAny>(entry: T) =>
  z.object({ description: z.string().min(1), entries: z.array(entry).min(1) });

export type IncidentEntry = z.infer<typeof IncidentEntrySchema>;
export type ModalityEntry = z.infer<typeof ModalityEntrySchema>;
export type TimingEntry = z.infer<typeof TimingEntrySchema>;
export type FaultEntry = z.infer<typeof FaultEntrySchema>;
export type ContentEntry = z.infer<typeof ContentEntrySchema>;
export type FormEntry = z.infer<typeof FormEntrySchema>;
export type CostBearerEntry = z.infer<typeof CostBearerEntrySchema>;
export type RecipientEntry = z.infer<typeof RecipientEntrySchema>;
export type ActorEntry = z.infer<typeof ActorEntrySchema>;
export type NonDutyEntry = z.infer<typeof NonDutyEntrySchema>;
export type GeneralEntry = z.infer<typeof GeneralEntrySchema>;
export type TopicEntry = z.infer<typeof TopicEntrySchema>;
