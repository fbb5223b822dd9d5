// extract: one Obligation per duty of each detected topic (actor, recipient, modality, timing,
// trigger, form, contents, fault, cost bearer, exceptions, span).
import type { TopicId } from "../core/ids.js";
import type { Act, TopicFinding } from "../detect/acts.js";
import { actorBefore, recipientBefore } from "../detect/parties.js";
import type { ClauseView } from "../detect/view.js";
import { entryMatches } from "../lexicon/matcher.js";
import type { Obligation } from "../report/schema.js";
import { deferredTable } from "./appendix.js";
import { contentsOf, exceptionsOf, faultOf, formOf, triggerOf } from "./attributes.js";
import { costBearerOf } from "./cost.js";
import { timingIn } from "./timing.js";
import { type DutyWindow, dutyWindow } from "./window.js";

export { contentSpans } from "./attributes.js";
export { type DutyWindow, dutyWindow } from "./window.js";

const LIGHT_VERBS = new Set(["する", "いたす", "致す", "できる", "行う", "なす", "実施"]);

/** The duty's verb in base form: 報告し → 報告する; 従わ → 従う. */
export function actionOf(view: ClauseView, act: Act): string {
  const s = view.sentences[act.sentence];
  const v = act.predicate.verbIndex;
  const verb = s?.tokens[v];
  if (!s || !verb) return view.text.slice(act.cue.span.start, act.cue.span.end);
  const prev = s.tokens[v - 1];
  if (LIGHT_VERBS.has(verb.baseForm) && prev?.pos[1] === "サ変接続") return `${prev.surface}する`;
  // 報告を行う / 報告をする → 報告する
  const noun = s.tokens[v - 2];
  if (LIGHT_VERBS.has(verb.baseForm) && prev?.surface === "を" && noun?.pos[1] === "サ変接続")
    return `${noun.surface}する`;
  return verb.baseForm;
}

function base(view: ClauseView, act: Act, w: DutyWindow): Obligation {
  const actor = actorBefore(view, w.sentence, act.inHeading ? w.sentence.end : act.cue.span.start);
  const exceptions = exceptionsOf(view, w);
  return {
    topic: act.topic,
    ...(actor ? { actor } : {}),
    action: actionOf(view, act),
    modality: act.predicate.modality,
    timing: timingIn(view.lex, view.text.slice(w.duty.start, w.duty.end)),
    fault: faultOf(view, w),
    ...(exceptions.length > 0 ? { exceptions } : {}),
    span: { ...w.sentence },
  };
}

/** A follow-up or periodic report (「その後…随時報告」) has a time of its own, though not an urgency. */
const LATER_REPORT = /その後|随時|適宜|定期的|事後|後日|逐次|追って|終了後|完了後/u;

/**
 * A report with no timing word of its own takes the one before its coordinated chain: in
 * 「直ちに回収を試みるとともに、甲に報告しなければならない」 直ちに covers the report too (h36); a
 * later report (「…四十八時間以内に概要を報告し、その後…随時報告」: k20) does not.
 */
function reportTiming(view: ClauseView, w: DutyWindow): Obligation["timing"] {
  const window = view.text.slice(w.duty.start, w.duty.end);
  const own = timingIn(view.lex, window);
  if (own.level !== "none" || LATER_REPORT.test(window)) return own;
  return timingIn(view.lex, view.text.slice(w.condition.end, w.duty.end));
}

/**
 * 「別表に定める期限までに…届け出なければならない」: a report that leaves its timing (or form) to a
 * 別表/別紙 takes them from that table when the duty states none itself.
 */
function fromTable(view: ClauseView, w: DutyWindow, timing: Obligation["timing"], form: Obligation["form"]) {
  if (timing?.level !== "none" && form !== "unspecified") return { timing, form };
  const table = deferredTable(
    view.text,
    view.text.slice(w.sentence.start, w.sentence.end),
    view.clause.span.end,
  );
  if (!table) return { timing, form };
  const text = view.text.slice(table.start, table.end);
  const written = view.lex.form.find((e) => e.form === "written" && entryMatches(e, text));
  return {
    timing: timing?.level === "none" ? timingIn(view.lex, text) : timing,
    form: form === "unspecified" && written ? written.form : form,
  };
}

function reportingExtras(view: ClauseView, act: Act, w: DutyWindow): Partial<Obligation> {
  const to = recipientBefore(view, w.sentence, act.cue.span.end, w.duty.start);
  const { timing, form } = fromTable(view, w, reportTiming(view, w), formOf(view, w));
  return {
    timing,
    ...(to ? { recipient: to.text } : {}),
    trigger: triggerOf(view, w),
    form,
    contents: contentsOf(view, w),
  };
}

function costExtras(view: ClauseView, w: DutyWindow): Partial<Obligation> {
  const { bearer, party } = costBearerOf(view, w);
  return { costBearer: bearer, ...(party ? { actor: party } : {}) };
}

/**
 * One obligation per (topic, sentence, predicate): several cues under one verb are one duty. A
 * heading cue only stands for a duty when the body has no cue of the topic (x-08 「（応急措置）」).
 */
function dedupe(acts: readonly Act[]): Act[] {
  const seen = new Set<string>();
  const body = acts.filter((a) => !a.inHeading);
  return (body.length > 0 ? body : acts).filter((a) => {
    const key = `${a.topic}:${a.sentence}:${a.predicate.verbIndex}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The obligation of one act, `previousEnd` = end of the previous act of its topic in the sentence. */
export function obligationOf(view: ClauseView, act: Act, previousEnd = -1): Obligation {
  const w = dutyWindow(view, act, previousEnd);
  const extras: Partial<Obligation> =
    act.topic === "reporting"
      ? reportingExtras(view, act, w)
      : act.topic === "cost"
        ? costExtras(view, w)
        : {};
  return { ...base(view, act, w), ...extras };
}

/** The obligations of a clause's topic findings, in document order. */
export function extractObligations(view: ClauseView, findings: readonly TopicFinding[]): Obligation[] {
  const out: Obligation[] = [];
  const byTopic = new Map<TopicId, Act[]>();
  for (const f of findings) byTopic.set(f.topic, dedupe(f.acts));
  for (const acts of byTopic.values()) {
    let previous: Act | undefined;
    for (const act of acts) {
      const sameSentence = previous && previous.sentence === act.sentence;
      out.push(obligationOf(view, act, sameSentence ? previous!.cue.span.end : -1));
      previous = act;
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
