// nlp + detect + extract: the topics, obligations and general provisions of every clause.
import type {
  AnalyzedClause,
  AnalyzedDocument,
  Clause,
  ContractDocument,
  Provision,
  TopicHit,
} from "./core/types.js";
import type { TopicFinding } from "./detect/acts.js";
import type { ClauseContext, Division } from "./detect/context.js";
import type { DefinedTerms } from "./detect/defined-terms.js";
import { incidentCues, mentionsInformation } from "./detect/incident.js";
import {
  clauseContexts,
  detectDirect,
  detectGeneral,
  readDefinedTerms,
  withDerived,
  withFault,
} from "./detect/index.js";
import { requestedReports } from "./detect/topics/reporting.js";
import type { ClauseView } from "./detect/view.js";
import { contentSpans, dutyWindow, extractObligations, obligationOf } from "./extract/index.js";
import { instructionObligations } from "./extract/instructions.js";
import { getLexicon, type Lexicon } from "./lexicon/load.js";
import { anyMatch } from "./lexicon/matcher.js";
import { prefilterOf } from "./lexicon/prefilter.js";
import { getTokenizer, memoTokenizer, type PieceTokenizer, sentencesOf } from "./nlp/index.js";

/** Loads the tokenizer and the lexicon ahead of the first analysis (once per worker thread). */
export async function warmUp(dictionaryPath?: string): Promise<void> {
  getLexicon();
  await getTokenizer(dictionaryPath);
}

/** Whether the clause can hold anything: the prefilter decides before any tokenization (issue 6). */
function isCandidate(lex: Lexicon, clause: Clause, context: ClauseContext): boolean {
  const p = prefilterOf(lex);
  const re = context.incident ? p.incident : context.info ? p.info : p.general;
  // Heading and text apart, as the detectors read them (no copy of every clause into a new string).
  return re.test(clause.text) || (clause.heading !== undefined && re.test(clause.heading));
}

/** The title or the text before the first clause (preamble) names an incident: 「個人情報漏えい等対応規程」. */
function documentIsAboutIncidents(lex: Lexicon, document: ContractDocument, terms: DefinedTerms): boolean {
  const first = document.clauses[0];
  // The structure stage makes the 前文 a clause of its own: it belongs to the head too.
  const preamble = first && (first.label === "前文" || first.id.startsWith("preamble")) ? first.text : "";
  const before = document.text.slice(0, Math.min(first?.span.start ?? 0, 2000));
  const head = `${document.title ?? ""}\n${before}\n${preamble.slice(0, 2000)}`;
  return incidentCues(lex, head, terms).length > 0;
}

/**
 * For each clause, the chapters and sections (章, 節: kind "chapter") that contain it, outermost
 * first, with their title lines.
 */
function divisionsOfClauses(document: ContractDocument): Division[][] {
  const scopes: { span: Provision["span"]; chain: Division[] }[] = [];
  const walk = (nodes: readonly Provision[], chain: Division[]) => {
    for (const n of nodes) {
      if (n.kind !== "chapter" || !n.heading) continue;
      const eol = document.text.indexOf("\n", n.span.start);
      const end = eol < 0 || eol > n.span.end ? n.span.end : eol;
      const next = [...chain, { label: n.label, heading: n.heading, span: { start: n.span.start, end } }];
      scopes.push({ span: n.span, chain: next });
      walk(n.children, next);
    }
  };
  walk(document.provisions, []);
  if (scopes.length === 0) return [];
  return document.clauses.map((c) => {
    let best: Division[] = [];
    for (const s of scopes)
      if (s.span.start <= c.span.start && c.span.start < s.span.end && s.chain.length > best.length)
        best = s.chain;
    return best;
  });
}

const toHit = (f: TopicFinding): TopicHit => ({ topic: f.topic, cues: f.cues, reason: f.reason });

/** The items of the clause's reports, including reports made on request (their items still count). */
function reportItemSpans(view: ClauseView, findings: readonly TopicFinding[]) {
  const acts = [...(findings.find((f) => f.topic === "reporting")?.acts ?? []), ...requestedReports(view)];
  return acts.flatMap((a) => contentSpans(dutyWindow(view, a)));
}

function analyzeClause(view: ClauseView): AnalyzedClause {
  const direct = detectDirect(view);
  const findings = withFault(view, withDerived(view, direct, reportItemSpans(view, direct)));
  const obligations = extractObligations(view, direct);
  if (direct.some((f) => f.topic === "reporting")) obligations.push(...instructionObligations(view));
  const general = detectGeneral(view, findings, (act) => obligationOf(view, act));
  return { clause: view.clause, topics: findings.map(toHit), obligations, general };
}

interface DocumentScope {
  readonly lex: Lexicon;
  readonly document: ContractDocument;
  readonly terms: DefinedTerms;
  readonly parties: readonly string[];
}

function viewOf(
  scope: DocumentScope,
  tokenizer: PieceTokenizer,
  clause: Clause,
  context: ClauseContext,
): ClauseView {
  const { lex, document, terms, parties } = scope;
  const sentences = sentencesOf(tokenizer, document.text, clause.span);
  return { lex, clause, text: document.text, context, sentences, parties, terms };
}

/** For each clause: topics (with cues and reasons), obligations and general provisions. */
export async function analyzeClauses(document: ContractDocument): Promise<AnalyzedDocument> {
  const lex = getLexicon();
  const terms = readDefinedTerms(lex, document.text);
  const scope: DocumentScope = { lex, document, terms, parties: document.parties.map((p) => p.alias) };
  const handlesInformation =
    anyMatch(lex.incident.handles_information, document.text) || terms.info.length > 0;
  const contexts = clauseContexts(
    lex,
    document.clauses,
    terms,
    documentIsAboutIncidents(lex, document, terms),
    {
      divisions: divisionsOfClauses(document),
      // 「個人情報取扱特記事項」: its flow-down clause (同等の義務を負わせる) need not name the information again.
      titleNamesInformation: document.title !== undefined && mentionsInformation(lex, document.title, terms),
      nounTitlesAreIncidents: handlesInformation && !anyMatch(lex.incident.physical, document.text),
    },
  );
  const clauses: AnalyzedClause[] = [];
  let tokenizer: PieceTokenizer | undefined;
  for (const [i, clause] of document.clauses.entries()) {
    const context = contexts[i]!;
    if (!isCandidate(lex, clause, context)) {
      clauses.push({ clause, topics: [], obligations: [], general: [] });
      continue;
    }
    tokenizer ??= memoTokenizer(await getTokenizer());
    clauses.push(analyzeClause(viewOf(scope, tokenizer, clause, context)));
  }
  return { document, clauses, handlesInformation };
}
