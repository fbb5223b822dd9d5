// The information-incident context of each clause: its own words, its heading, or its article.
import type { Span } from "../core/span.js";
import type { Clause, CueMatch } from "../core/types.js";
import type { Lexicon } from "../lexicon/load.js";
import { entryHits } from "../lexicon/matcher.js";
import type { DefinedTerms } from "./defined-terms.js";
import { incidentCues, mentionsInformation } from "./incident.js";

export interface ClauseContext {
  /** The clause concerns an information incident (own words, heading, or article). */
  readonly incident: boolean;
  /** Incident mentions in the clause or its heading (document offsets). */
  readonly cues: readonly CueMatch[];
  /** The label of the clause whose context this one inherits, when it has none of its own. */
  readonly inheritedFrom?: string;
  /** Where that clause stands (its condition gives the trigger of 「前項の場合」 duties). */
  readonly inheritedSpan?: Span;
  /** Information (個人情報, 秘密情報, データ…) is named in the clause, its heading or its article. */
  readonly info: boolean;
}

/** Clauses of one article share a key: "art-3-p-2" → "art-3"; else the 第N条 prefix of the label. */
export function articleKey(clause: Clause): string {
  const byId = /^(.*?)-p-/u.exec(clause.id)?.[1];
  if (byId) return byId;
  return /^第[^条]{1,8}条(?:の[0-9０-９一二三四五六七八九十]+)?/u.exec(clause.label)?.[0] ?? clause.id;
}

function headingCues(lex: Lexicon, clause: Clause, terms: DefinedTerms): CueMatch[] {
  if (!clause.heading) return [];
  const at = clause.headingSpan?.start ?? clause.span.start;
  return incidentCues(lex, clause.heading, terms, at).map((c) =>
    clause.headingSpan ? c : { ...c, span: { start: at, end: at } },
  );
}

function ownContext(lex: Lexicon, clause: Clause, terms: DefinedTerms) {
  const cues = [
    ...headingCues(lex, clause, terms),
    ...incidentCues(lex, clause.text, terms, clause.span.start),
  ];
  const info = mentionsInformation(lex, `${clause.heading ?? ""}\n${clause.text}`, terms);
  return { cues, info };
}

const refersToPreviousArticle = (lex: Lexicon, text: string): boolean =>
  lex.incident.back_reference.some((e) =>
    entryHits(e, text).some((h) => text.slice(h.span.start).startsWith("前条")),
  );

/**
 * Decided (issue 3, LABELING.md "A provision's heading is part of its text"): a clause is in an
 * incident context when its text or heading mentions an information incident, or when an earlier
 * clause of the same article does (項2 「前項の場合」 and 項3 measures continue 項1: seed 003 §3,
 * seed 004 §7), or when it refers to 前条 and the previous article does.
 */
export function clauseContexts(
  lex: Lexicon,
  clauses: readonly Clause[],
  terms: DefinedTerms,
): ClauseContext[] {
  const own = clauses.map((c) => ownContext(lex, c, terms));
  const out: ClauseContext[] = [];
  const firstIncident = new Map<string, Clause>();
  const articleInfo = new Map<string, boolean>();
  own.forEach((o, i) => {
    const key = articleKey(clauses[i]!);
    if (o.info) articleInfo.set(key, true);
  });
  let previousKey: string | undefined;
  let previousArticleIncident: Clause | undefined;
  let currentArticleIncident: Clause | undefined;
  clauses.forEach((clause, i) => {
    const o = own[i]!;
    const key = articleKey(clause);
    if (key !== previousKey) {
      previousArticleIncident = currentArticleIncident;
      currentArticleIncident = undefined;
      previousKey = key;
    }
    const inherited =
      o.cues.length === 0
        ? (firstIncident.get(key) ??
          (refersToPreviousArticle(lex, clause.text) ? previousArticleIncident : undefined))
        : undefined;
    if (o.cues.length > 0 && !firstIncident.has(key)) firstIncident.set(key, clause);
    if (o.cues.length > 0) currentArticleIncident ??= clause;
    const incident = o.cues.length > 0 || inherited !== undefined;
    out.push({
      incident,
      cues: o.cues,
      ...(inherited ? { inheritedFrom: inherited.label, inheritedSpan: inherited.span } : {}),
      info: incident || o.info || articleInfo.get(key) === true,
    });
  });
  return out;
}
