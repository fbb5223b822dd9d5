// reporting (報告義務): a duty to report an incident on one's own initiative (LABELING.md).
import { contains, type Span } from "../../core/span.js";
import type { CueMatch, Token } from "../../core/types.js";
import { entryMatches, matchesAt, withRole } from "../../lexicon/matcher.js";
import { tokenIndexAt } from "../../nlp/predicate.js";
import {
  type Act,
  type ActOptions,
  actsFor,
  BODY_CUES,
  isDuty,
  type TopicFinding,
  toFinding,
} from "../acts.js";
import { recipientBefore } from "../parties.js";
import { type ClauseView, sentenceIndexAt } from "../view.js";

export const meta = {
  id: "reporting",
  description: "A party must report / notify / contact about an information incident.",
} as const;

const role = (view: ClauseView, r: string) => withRole(view.lex.topics.reporting, r);

/** 報告し / 報告を行う / 報告は…行う / 報告義務: the cue is used as a predicate, not as a list noun (連絡、証拠保全…). */
function usedAsPredicate(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index];
  const next = tokens[index + 1];
  if (t?.baseForm === "提出") return true;
  // 通知された / 報告される: the party receives the report.
  if (next?.baseForm === "する" && ["れる", "られる"].includes(tokens[index + 2]?.baseForm ?? ""))
    return false;
  if (t?.pos[0] === "動詞") return true;
  if (!next) return false;
  if (next.pos[0] === "動詞" || next.baseForm === "義務") return true;
  // 前項の通知には…次の事項を含める (seed 003 §3-2): the report's required contents.
  if (next.surface === "に" && tokens[index + 2]?.surface === "は") return true;
  // 報告書を提出する / 報告書の提出: a written report is a report.
  if (next.surface === "書" && ["を", "の", "に"].includes(tokens[index + 2]?.surface ?? "")) return true;
  if (next.pos[0] === "助詞" && ["を", "は", "も", "について", "に関して"].includes(next.surface))
    return true;
  return next.surface === "の" && ["上", "うえ"].includes(tokens[index + 2]?.surface ?? "");
}

function isPlanSentence(view: ClauseView, cue: CueMatch, sentence: Span): boolean {
  const rest = view.text.slice(cue.span.end, sentence.end);
  return role(view, "plan").some((e) => e.any.test(rest));
}

/**
 * 「求めに応じ…報告」 (on request, not on one's own initiative), 「事故に備え…通知する」 (preparation),
 * or 「連絡先を…届け出る」 (not the incident).
 */
function reportsSomethingElse(view: ClauseView, cue: CueMatch, sentenceStart: number): boolean {
  const before = view.text.slice(sentenceStart, cue.span.start);
  return (
    role(view, "on_request").some((e) => entryMatches(e, before)) ||
    role(view, "preparation").some((e) => entryMatches(e, before)) ||
    role(view, "other_object").some((e) => entryMatches(e, before))
  );
}

/**
 * Rejects: a report the counterparty may request (報告を求めることができる: x-06), a report received
 * (報告を受けたときは), a report in a condition (報告した場合), a permission or a negation, a report to
 * an authority / individuals / the public (other topics), and planning to contact (seed 000 #6).
 */
export function acceptReport(view: ClauseView, act: Act): boolean {
  if (act.inHeading || act.sentence < 0 || !contains(view.sentences[act.sentence]!.span, act.cue.span))
    return false;
  if (!plausibleReport(view, act.cue, false)) return false;
  const sentence = view.sentences[act.sentence]!;
  if (!usedAsPredicate(sentence.tokens, tokenIndexAt(sentence, act.cue.span.end))) return false;
  const p = act.predicate;
  return p.verbIndex >= 0 && !p.subordinate && !p.negated && isDuty(act) && !governedByRequest(view, act);
}

/**
 * 「報告について、委託者の求めに応じ、必要な協力を行う」: the report is the topic of a duty done on
 * request (its governing verb is 応じる), not a report made on one's own initiative.
 */
function governedByRequest(view: ClauseView, act: Act): boolean {
  const verb = view.sentences[act.sentence]?.tokens[act.predicate.verbIndex];
  if (!verb || verb.span.start < act.cue.span.end) return false;
  const between = view.text.slice(act.cue.span.end, verb.span.end);
  return role(view, "on_request").some((e) => entryMatches(e, between));
}

/**
 * The conditions of acceptReport that read only the text (no tokens), on the cue's own sentence —
 * the one an accepted report's sentence must be: checked before the sentence is tokenized.
 */
export function plausibleReport(view: ClauseView, cue: CueMatch, inHeading: boolean): boolean {
  if (inHeading) return false;
  const sentence = view.sentences[sentenceIndexAt(view, cue.span.start)]?.span;
  if (!sentence || !contains(sentence, cue.span)) return false;
  if (matchesAt(role(view, "request"), view.text, cue.span.end)) return false;
  if (matchesAt(role(view, "receive"), view.text, cue.span.end)) return false;
  if (isPlanSentence(view, cue, sentence) || reportsSomethingElse(view, cue, sentence.start)) return false;
  const to = recipientBefore(view, sentence, cue.span.end);
  return !to || to.category === "counterparty";
}

/** Prechecks the text of a cue before its sentence is tokenized (actsFor). */
export const REPORT_CUES = (view: ClauseView): ActOptions => ({
  precheck: (cue, inHeading) => plausibleReport(view, cue, inHeading),
});

/**
 * Reports made only on request (報告を求めることができる, 求めがあったときは…報告): not reporting, but
 * their items still bring topics as the text says (調査の結果 → investigation: LABELING.md, x-06).
 */
export function requestedReports(view: ClauseView): Act[] {
  if (!view.context.incident) return [];
  return actsFor(
    view,
    "reporting",
    role(view, "cue"),
    (a) => {
      const s = view.sentences[a.sentence];
      if (a.inHeading || !s) return false;
      const asked =
        matchesAt(role(view, "request"), view.text, a.cue.span.end) ||
        role(view, "on_request").some((e) =>
          entryMatches(e, view.text.slice(s.span.start, a.cue.span.start)),
        );
      return asked && !a.predicate.negated;
    },
    BODY_CUES,
  );
}

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(view, "reporting", role(view, "cue"), (a) => acceptReport(view, a), REPORT_CUES(view));
  return toFinding(view, "reporting", acts, "Duty to report the incident");
}
