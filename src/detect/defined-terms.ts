// Terms a document defines (「…（以下「本件事故」という。）」) that stand for an incident or for information.
import type { Lexicon } from "../lexicon/load.js";
import { anyMatch, entryHits } from "../lexicon/matcher.js";
import { incidentCues, incidentNouns, NO_TERMS } from "./incident.js";

export { NO_TERMS } from "./incident.js";

/** Regexes (flag gu) for the document's own incident and information terms. */
export interface DefinedTerms {
  readonly incident: readonly RegExp[];
  readonly info: readonly RegExp[];
  /** Nouns the document uses for its incidents (事案 in 「漏えい等の事案」): enough alone later. */
  readonly nouns: readonly string[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The definiendum's own words: back to the previous sentence end, line break or definition (max 120
 * chars). Without the line break, 「株式会社ガンマ（以下「委託者」という。）」 read the title above it
 * (「データ入力業務委託契約書」) and made the party alias an information term.
 */
function definingText(text: string, at: number): string {
  // Searched in the 120 characters before `at` only: lastIndexOf over the text went back to its start
  // for every definition of a text without 。 or line breaks (quadratic, a hang on hostile input).
  const window = text.slice(Math.max(0, at - 120), at);
  const from = Math.max(
    window.lastIndexOf("。") + 1,
    window.lastIndexOf("\n") + 1,
    window.lastIndexOf("」という") + 1,
  );
  return window.slice(from);
}

/** How far the listed cases of 「次の各号のいずれかに該当する事象をいう。」 are read (items below it). */
const LISTED_CASES_CHARS = 300;
/** The next article ends the list: its words define nothing of this term. */
const NEXT_ARTICLE = /\n\s*第[0-9０-９一二三四五六七八九十百]+条/u;

/** The items after a definition whose defining words announce a list (次の各号…をいう). */
function listedCases(lex: Lexicon, text: string, defining: string, end: number): string {
  if (!anyMatch(lex.incident.list_lead, defining)) return "";
  const below = text.slice(end, end + LISTED_CASES_CHARS);
  const stop = NEXT_ARTICLE.exec(below);
  return stop ? below.slice(0, stop.index) : below;
}

/**
 * The words after 「（以下…）」 belong to the phrase: 「漏えい等（以下…）の防止」 is no incident.
 */
function wordsAfter(text: string, end: number): string {
  return text
    .slice(end, end + 22)
    .replace(/^[。]?[）)]/u, "")
    .slice(0, 20);
}

/**
 * Each definition of the text as [term, defining words], from the frames of the lexicon
 * (incident.json, group `definition`): the words before 「（以下「X」という。）」 or 「…を「X」という」, or
 * the words of 「「X」とは…をいう」, plus the cases listed under 「次の各号…」.
 */
function definitions(lex: Lexicon, text: string): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const entry of lex.incident.definition) {
    for (const hit of entryHits(entry, text)) {
      const term = hit.groups.term;
      if (!term) continue;
      const own = hit.groups.defining;
      const defining = own ?? definingText(text, hit.span.start) + wordsAfter(text, hit.span.end);
      out.push([term, defining + listedCases(lex, text, defining, hit.span.end)]);
    }
  }
  return out;
}

/**
 * Reads the document's definitions. A term defined from incident words (漏えい, 不正アクセス…)
 * becomes an incident term; one defined from information words becomes an information term, so
 * later clauses that only say 「本件事故」, 「インシデント」 or 「本件情報」 keep their context.
 */
export function readDefinedTerms(lex: Lexicon, text: string): DefinedTerms {
  const incident: RegExp[] = [];
  const info: RegExp[] = [];
  const seen = new Set<string>();
  for (const [term, defining] of definitions(lex, text)) {
    if (seen.has(term)) continue;
    seen.add(term);
    const re = new RegExp(escapeRegex(term), "gu");
    if (incidentCues(lex, defining, NO_TERMS).length > 0) incident.push(re);
    else if (anyMatch(lex.incident.info_object, defining)) info.push(re);
  }
  return { incident, info, nouns: incidentNouns(lex, text) };
}
