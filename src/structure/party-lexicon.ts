// Loads dictionaries/lexicon/parties.json (party role words) once per process, validated with zod.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ClausegapError } from "../core/errors.js";
import { fromRoot } from "../core/paths.js";

export const PartyEntrySchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  words: z.array(z.string().min(1)).min(1),
  role: z.enum(["discloser", "handler", "mutual", "contextual"]),
  /** Subject mentions needed before an undefined word counts as a party. */
  minMentions: z.number().int().min(1),
  note: z.string().optional(),
  examples: z.array(z.string()).optional(),
  disabled: z.boolean().optional(),
});
export type PartyEntry = z.infer<typeof PartyEntrySchema>;

export const PartyLexiconSchema = z.object({
  description: z.string().optional(),
  entries: z.array(PartyEntrySchema).min(1),
});

export interface PartyLexicon {
  readonly entries: readonly PartyEntry[];
  /** Word → its entry (a word belongs to one entry). */
  readonly byWord: ReadonlyMap<string, PartyEntry>;
  /** Every word, longest first (so ユーザー wins over ユーザ in an alternation). */
  readonly words: readonly string[];
}

export function partyLexiconPath(): string {
  return fromRoot("dictionaries", "lexicon", "parties.json");
}

/** Validates a parsed parties.json; duplicate words across entries are an error. */
export function compilePartyLexicon(data: unknown): PartyLexicon {
  const parsed = PartyLexiconSchema.parse(data);
  const entries = parsed.entries.filter((e) => !e.disabled);
  const byWord = new Map<string, PartyEntry>();
  for (const e of entries) {
    for (const w of e.words) {
      if (byWord.has(w)) throw new Error(`parties.json: "${w}" belongs to two entries`);
      byWord.set(w, e);
    }
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  return Object.freeze({ entries, byWord, words });
}

let cached: PartyLexicon | undefined;

/** The party lexicon, read once per process and immutable afterwards. */
export function getPartyLexicon(): PartyLexicon {
  if (cached) return cached;
  try {
    cached = compilePartyLexicon(JSON.parse(readFileSync(partyLexiconPath(), "utf8")));
    return cached;
  } catch (e) {
    throw new ClausegapError("INTERNAL_ERROR", { detail: "dictionaries/lexicon/parties.json" }, { cause: e });
  }
}
