// General provisions that count at document level though they carry no topic alone (LABELING.md).
import type { CueMatch, GeneralHit, GeneralKind } from "../core/types.js";
import { anyMatch, findCues, withRole } from "../lexicon/matcher.js";
import type { Obligation } from "../report/schema.js";
import { type Act, actsFor, type TopicFinding } from "./acts.js";
import { acceptReport, REPORT_CUES } from "./topics/reporting.js";
import { subcontractorActs } from "./topics/subcontractor.js";
import { type ClauseView, sentenceSpanAt } from "./view.js";

type Oblige = (act: Act) => Obligation;

const roleEntries = (view: ClauseView, role: string) => withRole(view.lex.general, role);
const clauseCues = (view: ClauseView, role: string): CueMatch[] =>
  findCues(roleEntries(view, role), view.clause.text, view.clause.span.start);

function hit(
  kind: GeneralKind,
  cues: readonly CueMatch[],
  reason: string,
  obligation?: Obligation,
): GeneralHit {
  return { kind, cues, reason, ...(obligation ? { obligation } : {}) };
}

function isPhysical(view: ClauseView, pos: number): boolean {
  const s = sentenceSpanAt(view, pos);
  return anyMatch(view.lex.incident.physical, view.text.slice(s.start, s.end));
}

/** 「本契約に違反して相手方に損害を与えたときは…賠償する」 (x-01): damages for breach, no information named. */
function generalDamages(view: ClauseView, has: Set<string>, oblige: Oblige): GeneralHit[] {
  if (has.has("damages")) return [];
  const forBreach = (cue: CueMatch) => {
    const s = sentenceSpanAt(view, cue.span.start);
    return (
      anyMatch(roleEntries(view, "breach"), view.text.slice(s.start, s.end)) &&
      !isPhysical(view, cue.span.start) &&
      !aboutDefectsOnly(view, cue.span.start)
    );
  };
  const acts = actsFor(view, "damages", roleEntries(view, "damages"), (a) => forBreach(a.cue), {
    precheck: forBreach,
  });
  const first = acts[0];
  return first
    ? [
        hit(
          "general_damages",
          acts.map((a) => a.cue),
          "General damages clause for breach of the contract",
          oblige(first),
        ),
      ]
    : [];
}

/**
 * 「乙の責に帰すべき瑕疵により…代金相当額を限度として賠償を求めることができる」: a rule for defects in
 * the deliverables (瑕疵担保) that names no breach of the contract does not cover the information duties.
 */
function aboutDefectsOnly(view: ClauseView, pos: number): boolean {
  const s = sentenceSpanAt(view, pos);
  const sentence = view.text.slice(s.start, s.end);
  return anyMatch(roleEntries(view, "defect"), sentence) && !anyMatch(roleEntries(view, "breach"), sentence);
}

function capAndDisclaimer(view: ClauseView): GeneralHit[] {
  const out: GeneralHit[] = [];
  const cap = clauseCues(view, "cap").filter((c) => !aboutDefectsOnly(view, c.span.start));
  if (cap.length > 0) out.push(hit("liability_cap", cap, "The liability for damages is capped"));
  const disclaimer = clauseCues(view, "disclaimer").filter((c) => !isPhysical(view, c.span.start));
  if (disclaimer.length > 0)
    out.push(hit("liability_disclaimer", disclaimer, "Blanket disclaimer of liability (一切責任を負わない)"));
  return out;
}

function subcontractorLiability(view: ClauseView, has: Set<string>): GeneralHit[] {
  if (has.has("subcontractor")) return [];
  const acts = subcontractorActs(view, ["liability"]);
  return acts.length > 0
    ? [
        hit(
          "subcontractor_liability",
          acts.map((a) => a.cue),
          "Responsibility for subcontractors' or staff's acts",
        ),
      ]
    : [];
}

/** 「事故等が発生したときは、直ちに甲に報告し」 with no information named (x-general-provisions §3). */
function generalIncidentReport(view: ClauseView, oblige: Oblige): GeneralHit[] {
  if (view.context.incident) return [];
  const incident = clauseCues(view, "incident").filter((c) => !isPhysical(view, c.span.start));
  if (incident.length === 0) return [];
  const cueEntries = withRole(view.lex.topics.reporting, "cue");
  const acts = actsFor(view, "reporting", cueEntries, (a) => acceptReport(view, a), REPORT_CUES(view));
  const first = acts[0];
  return first
    ? [
        hit(
          "general_incident_report",
          [...incident, first.cue],
          "General accident (事故等) reporting clause",
          oblige(first),
        ),
      ]
    : [];
}

function costCompensation(view: ClauseView, has: Set<string>): GeneralHit[] {
  if (has.has("cost")) return [];
  const cues = clauseCues(view, "cost_compensation");
  return cues.length > 0
    ? [hit("general_cost_compensation", cues, "損害及び費用を補償: damage and costs are compensated")]
    : [];
}

/** The general hits of a clause; `findings` are its topics (a clause with the topic needs no general hit). */
export function detectGeneral(
  view: ClauseView,
  findings: readonly TopicFinding[],
  oblige: Oblige,
): GeneralHit[] {
  const has = new Set<string>(findings.map((f) => f.topic));
  return [
    ...generalDamages(view, has, oblige),
    ...capAndDisclaimer(view),
    ...subcontractorLiability(view, has),
    ...generalIncidentReport(view, oblige),
    ...costCompensation(view, has),
  ];
}
