// What every evaluator reads, computed once per document: units per topic, general provisions, the
// chain of reporting duties, and who each party is.
import type { Modality, TopicId } from "../core/ids.js";
import type { AnalyzedClause, AnalyzedDocument, GeneralKind } from "../core/types.js";
import { articleKey } from "../detect/articles.js";
import type { ActorClass } from "../reference/schema.js";
import { compareVocabulary, type Vocabulary } from "../reference/vocabulary.js";
import type { Obligation } from "../report/schema.js";
import { type ActorClassifier, actorClassifier, bindsHandler, roleTable } from "./actors.js";
import { isInternalRules } from "./internal.js";
import {
  generalUnitOf,
  makeUnit,
  obligationSpan,
  sentenceUnitsOf,
  topicUnitsOf,
  type Unit,
  type UnitSource,
} from "./units.js";

/** A reporting duty of the handler: the first one in document order is the general duty (LABELING.md). */
export interface PoolEntry {
  readonly obligation: Obligation;
  readonly unit: Unit;
  /** From a general 事故等 clause (counts only in a document that handles information). */
  readonly general: boolean;
}

export interface CompareContext {
  readonly analyzed: AnalyzedDocument;
  readonly vocabulary: Vocabulary;
  readonly classify: ActorClassifier;
  /** Whether a duty of this actor class counts for the handler (in internal rules every duty does). */
  readonly binds: (cls: ActorClass) => boolean;
  /** Every alias with a known role (the parties', and conventional ones the text uses). */
  readonly aliases: readonly string[];
  /** The aliases the structure stage found as parties (「委託先」 only when used as one). */
  readonly partyAliases: ReadonlySet<string>;
  /** Some clause governs an information incident (a topic was detected). */
  readonly hasIncidentProvision: boolean;
  /** Internal rules (規程): the institution decides for itself (internal.ts). */
  readonly internalRules: boolean;
  topicUnits(topic: TopicId): readonly Unit[];
  /** Every sentence of the clauses that govern an incident (and of general 事故等 clauses). */
  incidentUnits(): readonly Unit[];
  /** General provisions of a kind; none unless the document handles information (LABELING.md). */
  generalUnits(kind: GeneralKind): readonly Unit[];
  reportingPool(): readonly PoolEntry[];
}

const DUTY: ReadonlySet<Modality> = new Set(["must", "statement", "endeavor"]);

function memo<K, V>(compute: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, compute(k));
    return cache.get(k) as V;
  };
}

/** A clause that states a duty to report an incident names one (誤って第三者に送付, 不正に使用). */
function isReportingClause(ac: AnalyzedClause): boolean {
  return ac.topics.some((t) => t.topic === "reporting");
}

/**
 * Clauses of the incident scope: those that govern an incident, general 事故等 clauses, and a 項 with no
 * topic of its own that names the incident inside an article whose other 項 imposes the reporting
 * duty (第4条第3項 「受託者は、漏えい等への対応について委託者の指示に従う。」 binds the reporting party).
 */
function incidentClauses(analyzed: AnalyzedDocument, vocabulary: Vocabulary): AnalyzedClause[] {
  const clauses = analyzed.clauses;
  const named = (ac: AnalyzedClause) => vocabulary.incidentWords.some((w) => ac.clause.text.includes(w));
  const reportingArticles = new Set(clauses.filter(isReportingClause).map((ac) => articleKey(ac.clause)));
  return clauses.filter(
    (ac) =>
      isReportingClause(ac) ||
      (ac.topics.length > 0 && named(ac)) ||
      (ac.topics.length === 0 && reportingArticles.has(articleKey(ac.clause)) && named(ac)) ||
      (handlesInformation(analyzed) && isGeneralReport(ac)),
  );
}

/** The document handles information (detect says so, or it governs an information incident). */
export function handlesInformation(analyzed: AnalyzedDocument): boolean {
  return analyzed.handlesInformation || analyzed.clauses.some((ac) => ac.topics.length > 0);
}

/**
 * 「報告を受けた情報セキュリティ責任者は、…の指示を受けて措置を講ずる」: the sentence's topic received a
 * report, so its duties (and the instructions it follows) are the recipient's (blind fixture z06).
 */
function aboutReportRecipient(text: string, words: readonly string[]): boolean {
  const topicEnd = text.indexOf("は、");
  const head = topicEnd < 0 ? "" : text.slice(0, topicEnd);
  return words.some((w) => head.includes(w));
}

function isGeneralReport(ac: AnalyzedClause): boolean {
  return ac.general.some((g) => g.kind === "general_incident_report");
}

function buildPool(
  src: UnitSource,
  analyzed: AnalyzedDocument,
  binds: (actor: string | undefined) => boolean,
  instruction: readonly string[],
): PoolEntry[] {
  const isDuty = (o: Obligation) =>
    DUTY.has(o.modality) && binds(o.actor) && !instruction.some((w) => o.action.includes(w));
  const specific: PoolEntry[] = [];
  const general: PoolEntry[] = [];
  const seen = new Set<string>();
  for (const ac of analyzed.clauses) {
    for (const o of ac.obligations.filter((o) => o.topic === "reporting" && isDuty(o))) {
      seen.add(`${o.span.start}:${o.span.end}`);
      specific.push({
        obligation: o,
        unit: makeUnit(src, ac.clause, obligationSpan(src, ac.clause, o), [o]),
        general: false,
      });
    }
  }
  specific.sort((a, b) => a.obligation.span.start - b.obligation.span.start);
  if (!handlesInformation(analyzed)) return specific;
  for (const ac of analyzed.clauses) {
    for (const hit of ac.general.filter((g) => g.kind === "general_incident_report")) {
      const o = hit.obligation;
      if (!o || !isDuty(o) || seen.has(`${o.span.start}:${o.span.end}`)) continue;
      general.push({
        obligation: o,
        unit: makeUnit(src, ac.clause, obligationSpan(src, ac.clause, o), [o]),
        general: true,
      });
    }
  }
  return [...specific, ...general];
}

export function createContext(analyzed: AnalyzedDocument, vocabulary = compareVocabulary()): CompareContext {
  const src: UnitSource = { text: analyzed.document.text, listIntro: vocabulary.listIntro };
  const text = analyzed.document.text;
  const roles = roleTable(analyzed.document.parties, vocabulary.roleConventions, text);
  const classify = actorClassifier(roles);
  const aliases = [...roles.keys()].filter((a) => text.includes(a));
  const clauses = analyzed.clauses;
  const internalRules = isInternalRules(analyzed.document, vocabulary);
  // LABELING.md: in internal rules the institution's own duties are what it makes its departments do.
  const binds = (cls: ActorClass) => internalRules || bindsHandler(cls);
  let pool: PoolEntry[] | undefined;
  let incident: Unit[] | undefined;
  return {
    analyzed,
    vocabulary,
    classify,
    binds,
    aliases,
    partyAliases: new Set(analyzed.document.parties.map((p) => p.alias)),
    hasIncidentProvision: clauses.some((c) => c.topics.length > 0),
    internalRules,
    topicUnits: memo((topic: TopicId) => clauses.flatMap((ac) => topicUnitsOf(src, ac, topic))),
    incidentUnits: () => {
      incident ??= incidentClauses(analyzed, vocabulary)
        .flatMap((ac) => sentenceUnitsOf(src, ac))
        .filter((u) => !aboutReportRecipient(u.text, vocabulary.reportRecipients.words));
      return incident;
    },
    generalUnits: memo((kind: GeneralKind) =>
      handlesInformation(analyzed)
        ? clauses.flatMap((ac) =>
            ac.general.filter((g) => g.kind === kind).map((g) => generalUnitOf(src, ac, g)),
          )
        : [],
    ),
    reportingPool: () => {
      pool ??= buildPool(src, analyzed, (a) => binds(classify(a)), vocabulary.instructionActions);
      return pool;
    },
  };
}
