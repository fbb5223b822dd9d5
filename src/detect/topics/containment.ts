// containment (被害拡大防止): stopping the spread, limiting the harm, recovery, or a response plan.
import { type Act, actsFor, isDuty, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";

export const meta = {
  id: "containment",
  description: "Measures to stop the spread of the incident's harm, or an incident response plan.",
} as const;

/**
 * A containment cue under a duty; a permission (被害拡大防止を優先し…公表を行うことができる: seed 003
 * §6-2) is not a requirement. A heading cue 「（応急措置）」 counts over a duty in the clause (x-08).
 */
const PURPOSE_FRAME = /観点|目的/u;
const MEASURE = /措置|対策|対応|計画|手順|処置|作業|遮断|隔離|切り離|停止|復旧/u;

/**
 * 「二次被害の防止…の観点から、本人へ謝罪の連絡をし」 names containment as the reason for another
 * duty (seed 001 §11 style); it counts only when the duty is itself a measure (…のため、…措置を講じる).
 */
export function purposeOnly(view: ClauseView, act: Act): boolean {
  const s = view.sentences[act.sentence];
  const verb = s?.tokens[act.predicate.verbIndex];
  if (!s || !verb || act.inHeading || verb.span.start < act.cue.span.end) return false;
  const between = view.text.slice(act.cue.span.end, verb.span.end);
  return PURPOSE_FRAME.test(between) && !MEASURE.test(between);
}

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(
    view,
    "containment",
    view.lex.topics.containment,
    (a) => isDuty(a) && !purposeOnly(view, a),
  );
  return toFinding(view, "containment", acts, "Duty to contain the incident");
}
