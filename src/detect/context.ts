// The information-incident context of each clause: its own words, its heading, its article, or
// the article or document it continues.
import type { Span } from "../core/span.js";
import type { Clause, CueMatch } from "../core/types.js";
import { groupsOf } from "../lexicon/groups.js";
import type { Lexicon } from "../lexicon/load.js";
import { anyMatch } from "../lexicon/matcher.js";
import { articleKey, articleNumber, referencedArticles } from "./articles.js";
import type { DefinedTerms } from "./defined-terms.js";
import { incidentCues, mentionsInformation } from "./incident.js";

export { articleKey } from "./articles.js";

export interface ClauseContext {
  /** The clause concerns an information incident (own words, heading, or inherited). */
  readonly incident: boolean;
  /** Incident mentions in the clause or its heading (document offsets). */
  readonly cues: readonly CueMatch[];
  /** The label of the clause whose context this one inherits, when it has none of its own. */
  readonly inheritedFrom?: string;
  /** Where that clause stands (its condition gives the trigger of 「前項の場合」 duties). */
  readonly inheritedSpan?: Span;
  /** Information (個人情報, 秘密情報, データ…) is named in the clause, its heading or its article. */
  readonly info: boolean;
  /** The document's title names the information (「個人情報取扱特記事項」): all its provisions are information duties. */
  readonly infoFromTitle?: boolean;
}

function headingCues(lex: Lexicon, clause: Clause, terms: DefinedTerms): CueMatch[] {
  if (!clause.heading) return [];
  const at = clause.headingSpan?.start ?? clause.span.start;
  return incidentCues(lex, clause.heading, terms, at).map((c) =>
    clause.headingSpan ? c : { ...c, span: { start: at, end: at } },
  );
}

const hits = (entries: Lexicon["incident"]["back_reference"], text: string) => anyMatch(entries, text);

/**
 * Words that presuppose an incident (被害拡大防止, 再発防止, 原因究明, 本人への通知, 委員会への報告).
 * Generic words (報告, 協力, 費用, 賠償, 調査) do not: 「毎月…報告する」 next to an incident
 * paragraph is no incident report.
 */
function presupposesIncident(lex: Lexicon, text: string): boolean {
  return anyMatch(groupsOf(lex).presupposing, text);
}

/** 「前条の事故」「前条に定める場合」: the previous article's incident, not any 前条 (「前条により通知された査定」). */
const PREVIOUS_ARTICLE_SUBJECT =
  /前条(?:第[0-9０-９一二三四五六七八九十]+項)?(?:の|に(?:定める|規定する|掲げる))(?:事故|事案|事態|場合|漏えい|漏洩|インシデント|通知|報告|措置|対応|調査)/u;

/** What a clause without incident words of its own continues, in the order the rules try. */
interface Sources {
  readonly sameArticle?: Clause;
  readonly previousArticle?: Clause;
  readonly referenced: readonly (Clause | undefined)[];
  readonly lastInDocument?: Clause;
  /** The clause just before a top-level paragraph outside any article, when it concerns an incident. */
  readonly previousParagraph?: Clause;
  /** The chapter or section (第三章　事故対応) the clause stands in, when its title names an incident. */
  readonly division?: Division;
}

/** A chapter or section title over the clause (「第二章　個人データの漏えい等への対応」). */
export interface Division {
  /** 「第2章」 */
  readonly label: string;
  /** The title without its number: 「個人データの漏えい等への対応」. */
  readonly heading: string;
  /** The title line (document offsets). */
  readonly span: Span;
}

/** What the document around the clauses says: its chapters and whether its title names information. */
export interface DocumentScopeHints {
  /** Per clause (same order), the divisions that contain it, outermost first. */
  readonly divisions?: readonly (readonly Division[])[];
  /** The title names information (「個人情報取扱特記事項」): every clause is about information. */
  readonly titleNamesInformation?: boolean;
  /**
   * The document handles information and names no physical accident (介護, けが…): an incident noun
   * alone in a chapter title (「第四章　事故対応」) is its information incident.
   */
  readonly nounTitlesAreIncidents?: boolean;
}

/** The incident nouns (事故, インシデント, 事案…) as written in the lexicon (plain words only). */
function incidentNouns(lex: Lexicon): string[] {
  return lex.incident.incident_noun.flatMap((e) => e.patterns.filter((p) => /^[^\\()[\]?*+|]+$/u.test(p)));
}

/**
 * Decided (issue 3; LABELING.md "A provision's heading is part of its text"). A clause without
 * incident words inherits the context of: its article, when it refers back (「前項の場合」: seed 004
 * §7-2) or uses incident-specific words (被害拡大防止: seed 003 §3-3); the previous article, when
 * it names 前条's incident (前条の事故); the article it cites (「第4条の事故」); and, for
 * incident-specific words only, the last incident clause of a document whose title or preamble is
 * about incidents (「第7条（再発防止）」 of an incident-response rule).
 */
function inherit(
  lex: Lexicon,
  clause: Clause,
  src: Sources,
  documentIncident: boolean,
): Clause | Division | undefined {
  const text = clause.text;
  const fallback = documentIncident ? src.lastInDocument : undefined;
  if (
    !src.division &&
    !src.sameArticle &&
    !src.previousArticle &&
    !fallback &&
    !src.previousParagraph &&
    src.referenced.length === 0
  )
    return undefined;
  const specific = presupposesIncident(lex, `${clause.heading ?? ""}\n${text}`);
  const refersBack = hits(lex.incident.back_reference, text);
  if (src.sameArticle && (specific || refersBack)) return src.sameArticle;
  // 「３　前号の場合において、…損害を賠償すること」 in a pledge of numbered paragraphs with no articles.
  if (src.previousParagraph && refersBack) return src.previousParagraph;
  if (src.previousArticle && PREVIOUS_ARTICLE_SUBJECT.test(text)) return src.previousArticle;
  // 「第9条（再発防止）管理者は、調査の結果を踏まえ…」 right after an incident article: a heading made of
  // incident-specific words continues the incident sequence (words in the body alone do not).
  if (src.previousArticle && clause.heading && presupposesIncident(lex, clause.heading))
    return src.previousArticle;
  const cited = src.referenced.find((c) => c !== undefined);
  if (cited) return cited;
  if (specific && fallback) return fallback;
  // 「第三章　事故対応」「第10条（報告）受託者は、直ちに委託者に報告する。」: every article under a
  // chapter or section whose title names an incident is about that incident (the r-round miss).
  return src.division;
}

/** The innermost division whose title names an incident (its cues; 「漏えい等の防止」 names none). */
function incidentDivision(
  lex: Lexicon,
  divisions: readonly Division[] | undefined,
  terms: DefinedTerms,
  seen: Map<Division, boolean>,
): Division | undefined {
  if (!divisions || divisions.length === 0) return undefined;
  for (let i = divisions.length - 1; i >= 0; i--) {
    const d = divisions[i]!;
    let named = seen.get(d);
    if (named === undefined) {
      named = incidentCues(lex, d.heading, terms).length > 0;
      seen.set(d, named);
    }
    if (named) return d;
  }
  return undefined;
}

/**
 * 「（事故時の対応）…利用者のけがや体調の急変」: an accident noun (from the heading, or learned from
 * the document) is no information incident in a clause about physical accidents (seed 000 #9).
 */
function nounOnlyInPhysicalClause(lex: Lexicon, clause: Clause, cues: CueMatch[]): CueMatch[] {
  if (cues.length === 0 || cues.some((c) => c.entryId !== "incident-noun")) return cues;
  return anyMatch(lex.incident.physical, clause.text) ? [] : cues;
}

/** A top-level numbered paragraph outside any article (p-3 of a 誓約書) continues the incident clause just before it. */
function previousParagraphOf(
  clause: Clause,
  key: string,
  previous: Clause | undefined,
): Pick<Sources, "previousParagraph"> {
  return key === clause.id && /^p-/u.test(clause.id) && previous ? { previousParagraph: previous } : {};
}

const optional = <K extends string, V>(k: K, v: V | undefined) =>
  (v === undefined ? {} : { [k]: v }) as { [P in K]?: V };

/** The incident context of every clause, in document order. */
export function clauseContexts(
  lex: Lexicon,
  clauses: readonly Clause[],
  terms: DefinedTerms,
  documentIncident = false,
  hints: DocumentScopeHints = {},
): ClauseContext[] {
  const byArticle = new Map<string, Clause>();
  const byNumber = new Map<string, Clause>();
  const articleInfo = new Set<string>();
  const own = clauses.map((c) => {
    const cues = nounOnlyInPhysicalClause(lex, c, [
      ...headingCues(lex, c, terms),
      ...incidentCues(lex, c.text, terms, c.span.start),
    ]);
    const info = mentionsInformation(lex, `${c.heading ?? ""}\n${c.text}`, terms);
    if (info) articleInfo.add(articleKey(c));
    return { cues, info };
  });
  const divisionSeen = new Map<Division, boolean>();
  const divisionTerms = hints.nounTitlesAreIncidents
    ? { ...terms, nouns: [...terms.nouns, ...incidentNouns(lex)] }
    : terms;
  let previousKey: string | undefined;
  let previousArticle: Clause | undefined;
  let lastInDocument: Clause | undefined;
  let previousIncident: Clause | undefined;
  return clauses.map((clause, i) => {
    const o = own[i]!;
    const key = articleKey(clause);
    if (key !== previousKey) {
      if (previousKey !== undefined) previousArticle = byArticle.get(previousKey);
      previousKey = key;
    }
    const referenced = referencedArticles(clause.text).map((n) => byNumber.get(n));
    const sources: Sources = {
      sameArticle: byArticle.get(key),
      previousArticle,
      referenced,
      lastInDocument,
      ...previousParagraphOf(clause, key, previousIncident),
      ...optional("division", incidentDivision(lex, hints.divisions?.[i], divisionTerms, divisionSeen)),
    };
    const inherited = o.cues.length === 0 ? inherit(lex, clause, sources, documentIncident) : undefined;
    const incident = o.cues.length > 0 || inherited !== undefined;
    if (incident) {
      if (!byArticle.has(key)) byArticle.set(key, clause);
      const n = articleNumber(clause);
      if (n && !byNumber.has(n)) byNumber.set(n, clause);
      lastInDocument = clause;
    }
    previousIncident = incident ? clause : undefined;
    return {
      incident,
      cues: o.cues,
      ...(inherited ? { inheritedFrom: inherited.label, inheritedSpan: inherited.span } : {}),
      info: incident || o.info || articleInfo.has(key) || hints.titleNamesInformation === true,
      ...(hints.titleNamesInformation ? { infoFromTitle: true } : {}),
    };
  });
}
