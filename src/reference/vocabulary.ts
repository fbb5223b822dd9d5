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
});

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
