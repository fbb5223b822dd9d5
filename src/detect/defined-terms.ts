// Terms a document defines (「…（以下「本件事故」という。）」) that stand for an incident or for information.
import type { Lexicon } from "../lexicon/load.js";
import { anyMatch } from "../lexicon/matcher.js";
import { incidentCues } from "./incident.js";

/** Regexes (flag gu) for the document's own incident and information terms. */
export interface DefinedTerms {
  readonly incident: readonly RegExp[];
  readonly info: readonly RegExp[];
}

export const NO_TERMS: DefinedTerms = { incident: [], info: [] };

const DEFINITION =
  /[（(]以下[、，]?(?:単に)?[「『]([^」』]{1,20})[」』](?:と(?:いう|いい|総称する|称する))/gu;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The definiendum's own words: back to the previous sentence end or definition (max 120 chars). */
function definingText(text: string, at: number): string {
  const from = Math.max(
    at - 120,
    text.lastIndexOf("。", at - 1) + 1,
    text.lastIndexOf("」という", at - 1) + 1,
  );
  return text.slice(from, at);
}

/**
 * Reads the document's definitions. A term defined from incident words (漏えい, 不正アクセス…)
 * becomes an incident term; one defined from information words becomes an information term, so
 * later clauses that only say 「本件事故」 or 「本件情報」 keep their context.
 */
export function readDefinedTerms(lex: Lexicon, text: string): DefinedTerms {
  const incident: RegExp[] = [];
  const info: RegExp[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const term = m[1] ?? "";
    const defining = definingText(text, m.index ?? 0);
    const re = new RegExp(escapeRegex(term), "gu");
    if (incidentCues(lex, defining, NO_TERMS).length > 0) incident.push(re);
    else if (anyMatch(lex.incident.info_object, defining)) info.push(re);
  }
  return { incident, info };
}
