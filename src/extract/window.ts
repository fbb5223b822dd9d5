// The stretch of text a duty's attributes are read from: after its condition, up to its predicate.
import type { Span } from "../core/span.js";
import type { Act } from "../detect/acts.js";
import type { ClauseView } from "../detect/view.js";

/**
 * Where a condition ends: 「…場合は、」「…ときは」「発生時、」「…にかかわらず、」. 時 ends no condition
 * inside a noun that names a time or a manner (発生日時, 同時, 常時, 随時, 一時): in 「直ちに、書面に
 * より、発生日時、…を報告」 the items of the report come after 直ちに, not a new condition.
 */
const CONDITION_END =
  /(?:場合|とき|(?<![日同常随臨当定適即瞬毎一何])時(?![間点期刻分限])|際(?!\p{Script=Han})|上で)(?:に)?(?:は|には|において(?:は)?|であっても|でも)?[、，]?|(?:かかわらず|関わらず|問わず)[、，]/gu;
const LIST_LEAD = /次の|次に|以下の|各号|下記/u;
const ITEM =
  /^\s*(?:[（(](?:[0-9０-９一二三四五六七八九十]+|[ア-ンa-zａ-ｚ])[）)]|[0-9０-９]+[.．)）]|[一二三四五六七八九十]+[\s　、．.]|[①-⑳⑴-⒇]|[ア-ンイロハニホヘト][\s　.．、])/u;

export interface DutyWindow {
  /** The sentence (or, for a heading cue, the clause's first sentence). */
  readonly sentence: Span;
  /** The condition before the duty (「…が発生した場合は、」), possibly empty. */
  readonly condition: Span;
  /** From the end of the condition (or of the previous cue) to the end of the predicate. */
  readonly duty: Span;
  /** Item lines listed under the duty (「次の事項を報告」 + (1)…(n)). */
  readonly items: readonly Span[];
}

function sentenceOf(view: ClauseView, act: Act): Span {
  return (view.sentences[act.sentence] ?? view.sentences[0])?.span ?? view.clause.span;
}

function conditionEnd(view: ClauseView, s: Span, before: number): number {
  let end = s.start;
  for (const m of view.text.slice(s.start, before).matchAll(CONDITION_END))
    end = s.start + (m.index ?? 0) + m[0].length;
  return end;
}

const COMPOUND_PARTICLE_STEMS = new Set([
  "対し",
  "関し",
  "つい",
  "おい",
  "際し",
  "当たっ",
  "あたっ",
  "基づい",
  "従っ",
  "応じ",
  "伴っ",
]);
/** 「事項につき、」「業務に関し、」: verbs that form compound particles after に. */
const COMPOUND_PARTICLE_VERBS = new Set([
  "つく",
  "関する",
  "対する",
  "際する",
  "基づく",
  "伴う",
  "従う",
  "応じる",
  "当たる",
  "わたる",
  "おく",
  "かかわる",
  "関わる",
]);

/**
 * End of the last coordinated predicate before the cue (「報告するとともに、」「行い、」「かかわらず、」),
 * so that a later duty in the sentence does not take an earlier one's timing (x-07). 「甲に対して、」 is
 * a particle, not a predicate.
 */
function chunkStart(view: ClauseView, act: Act): number {
  const s = view.sentences[act.sentence];
  if (!s || act.inHeading) return -1;
  let start = -1;
  s.tokens.forEach((t, k) => {
    if (t.span.end > act.cue.span.start || t.pos[1] !== "読点") return;
    const prev = s.tokens[k - 1];
    const before = s.tokens[k - 2];
    const compound =
      prev?.pos[0] === "動詞" && COMPOUND_PARTICLE_VERBS.has(prev.baseForm) && before?.surface === "に";
    const verbal =
      (prev?.pos[0] === "動詞" && !compound) ||
      prev?.pos[0] === "助動詞" ||
      ["ともに", "共に", "とともに", "と共に"].includes(prev?.surface ?? "");
    const particleTe = prev?.pos[1] === "接続助詞" && !COMPOUND_PARTICLE_STEMS.has(before?.surface ?? "");
    if (verbal || particleTe) start = t.span.end;
  });
  return start;
}

function predicateEnd(view: ClauseView, act: Act): number {
  const s = view.sentences[act.sentence];
  if (!s || act.predicate.verbIndex < 0) return act.cue.span.end;
  const stop = s.tokens
    .slice(act.predicate.verbIndex)
    .find((t) => t.pos[0] === "記号" && /読点|句点/u.test(t.pos[1]));
  return stop ? stop.span.start : s.span.end;
}

function itemsAfter(view: ClauseView, act: Act, s: Span): Span[] {
  if (!LIST_LEAD.test(view.text.slice(s.start, s.end))) return [];
  const out: Span[] = [];
  for (const next of view.sentences.slice(act.sentence + 1)) {
    if (!ITEM.test(view.text.slice(next.span.start, next.span.end))) break;
    out.push(next.span);
  }
  return out;
}

/** The window of an act; `previousEnd` is where the previous act of the same topic ended in the sentence. */
export function dutyWindow(view: ClauseView, act: Act, previousEnd = -1): DutyWindow {
  const s = sentenceOf(view, act);
  const cueStart = act.inHeading ? s.end : act.cue.span.start;
  const condEnd = conditionEnd(view, s, cueStart);
  const start = Math.max(condEnd, previousEnd, chunkStart(view, act), s.start);
  const end = act.inHeading ? s.end : Math.max(predicateEnd(view, act), act.cue.span.end);
  return {
    sentence: s,
    condition: { start: s.start, end: condEnd },
    duty: { start: Math.min(start, cueStart), end },
    items: act.inHeading ? [] : itemsAfter(view, act, s),
  };
}
