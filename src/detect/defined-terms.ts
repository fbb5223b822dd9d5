// Terms a document defines (「…（以下「本件事故」という。）」) that stand for an incident or for information.
import type { Lexicon } from "../lexicon/load.js";
import { anyMatch } from "../lexicon/matcher.js";
import { incidentCues, incidentNouns, NO_TERMS } from "./incident.js";

export { NO_TERMS } from "./incident.js";

/** Regexes (flag gu) for the document's own incident and information terms. */
export interface DefinedTerms {
  readonly incident: readonly RegExp[];
  readonly info: readonly RegExp[];
  /** Nouns the document uses for its incidents (事案 in 「漏えい等の事案」): enough alone later. */
  readonly nouns: readonly string[];
}

/** 「「情報事故」とは、…をいう。」: the defining words follow the term. */
const DEFINITION_AFTER = /[「『]([^」』]{1,20})[」』]とは[、，]?([^。]{1,200}?)を(?:いう|いい)/gu;

const DEFINITION =
  /[（(]以下[、，]?(?:単に)?[「『]([^」』]{1,20})[」』](?:と(?:いう|いい|総称する|称する))/gu;
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

/**
 * Reads the document's definitions. A term defined from incident words (漏えい, 不正アクセス…)
 * becomes an incident term; one defined from information words becomes an information term, so
 * later clauses that only say 「本件事故」 or 「本件情報」 keep their context.
 */
export function readDefinedTerms(lex: Lexicon, text: string): DefinedTerms {
  const incident: RegExp[] = [];
  const info: RegExp[] = [];
  const definitions = [
    ...[...text.matchAll(DEFINITION)].map((m) => {
      // The words after the parenthesis belong to the phrase: 「漏えい等（以下…）の防止」 is no incident.
      const end = (m.index ?? 0) + m[0].length;
      const after = text
        .slice(end, end + 22)
        .replace(/^[。]?[）)]/u, "")
        .slice(0, 20);
      return [m[1] ?? "", definingText(text, m.index ?? 0) + after] as const;
    }),
    ...[...text.matchAll(DEFINITION_AFTER)].map((m) => [m[1] ?? "", m[2] ?? ""] as const),
  ];
  const seen = new Set<string>();
  for (const [term, defining] of definitions) {
    if (seen.has(term)) continue;
    seen.add(term);
    const re = new RegExp(escapeRegex(term), "gu");
    if (incidentCues(lex, defining, NO_TERMS).length > 0) incident.push(re);
    else if (anyMatch(lex.incident.info_object, defining)) info.push(re);
  }
  return { incident, info, nouns: incidentNouns(lex, text) };
}
