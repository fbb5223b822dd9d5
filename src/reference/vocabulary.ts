// Words compare/ uses across requirements (list introductions, flow-down to vendor contracts), loaded
// once from dictionaries/reference/vocabulary.json and validated.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRoot } from "../core/paths.js";
import { CueSchema } from "./schema.js";

const Words = z.array(z.string().min(1));

/** Roles by convention, for aliases the structure stage left without one. */
export const RoleConventionsSchema = z.strictObject({
  note: z.string().optional(),
  discloser: Words,
  handler: Words,
  /** 当社: the provider, hence the handler, in a document that also names its users (terms of use). */
  provider: Words,
  users: Words,
  /** Staff of an institution (職員, 従業者): handlers in internal rules, not vendors. */
  staff: Words,
  /**
   * Contractors an institution's rules govern (委託先, 再委託先): in a document titled as rules that names
   * the institution, they do not turn the rules into a contract with a vendor.
   */
  contractors: Words,
});

const Note = z.string().optional();
const GENERAL_KINDS = [
  "general_damages",
  "liability_cap",
  "liability_disclaimer",
  "subcontractor_liability",
  "general_cost_compensation",
  "general_incident_report",
] as const;

export const VocabularySchema = z.strictObject({
  description: z.string().optional(),
  /** 「次の各号」: a sentence that introduces items, so the items belong to its evidence. */
  listIntro: z.array(z.string().min(1)).min(1),
  /** An obligation whose action holds one of these is a duty to follow instructions (extract records
   * 「指示に従う」 as a reporting obligation), not a report: it never opens the reporting chain. */
  instructionActions: z.array(z.string().min(1)).min(1),
  /** A clause with a topic counts for `scope: "incident"` only if it names an incident with one of these
   * (a clause on returning data at the end of the contract is no incident provision: dev-eval s004 第9条). */
  incidentWords: z.array(z.string().min(1)).min(1),
  /** A rule obliging vendor contracts to contain a duty (LABELING.md: internal rules → partial). */
  flowDown: z.array(CueSchema).min(1),
  roleConventions: RoleConventionsSchema,
  /** A title naming internal rules (規程, 規則, 方針): the institution is both owner and handler. */
  rulesTitle: Words,
  /** PUB-02: who decides on publication (compare/decider.ts). */
  decision: z.strictObject({
    note: Note,
    /** The sentence is about publication (公表, 報道発表). */
    about: Words,
    consult: Words,
    consent: Words,
    /** After a consent word: its absence (同意なく), not a consent. */
    negated: Words,
    decide: Words,
    self: Words,
    organs: Words,
    notDeciders: Words,
  }),
  /** SBC-02 anywhere in the document: sentences naming a subcontractor. */
  subcontractors: z.strictObject({ note: Note, words: Words }),
  /** RPT-02: a reporting duty whose condition names only a device or medium covers a subset. */
  subsetTriggers: z.strictObject({ note: Note, subset: Words, general: Words, conditionEnds: Words }),
  /** RPT-01: a reporting duty limited to personal information in a document covering other secrets. */
  scope: z.strictObject({
    note: Note,
    narrow: Words,
    broad: Words,
    generic: Words,
    subsetMarks: Words,
    extendMarks: Words,
  }),
  /** The words of the sentence that carries a general provision, per kind (its evidence quote). */
  generalFocus: z
    .strictObject({ note: Note, ...Object.fromEntries(GENERAL_KINDS.map((k) => [k, Words])) })
    .transform(({ note: _n, ...kinds }) => kinds as Record<(typeof GENERAL_KINDS)[number], string[]>),
  /** RPT-07: marks of an act coordinated with the report (…を行うとともに、報告する). */
  parallelActs: z.strictObject({ note: Note, marks: Words, reportVerbs: Words }),
  /** A damages sentence whose subject is the discloser still counts when the discloser claims it. */
  discloserClaims: z.strictObject({ note: Note, words: Words }),
  /** RPT-06: a sentence whose topic received a report (報告を受けた…は、) states the recipient's duties. */
  reportRecipients: z.strictObject({ note: Note, words: Words }),
});
export type Vocabulary = z.infer<typeof VocabularySchema>;

let cached: Vocabulary | undefined;

export function compareVocabulary(): Vocabulary {
  cached ??= Object.freeze(
    VocabularySchema.parse(
      JSON.parse(readFileSync(fromRoot("dictionaries", "reference", "vocabulary.json"), "utf8")),
    ),
  );
  return cached;
}
