// subcontractor (委託先管理): answering for subcontractors' or staff's acts, or flowing the
// information duties down to them. A bare consent requirement for 再委託 is no topic (x-05).
import type { CueMatch } from "../../core/types.js";
import { findCues, unionOf, withRole, withRoles } from "../../lexicon/matcher.js";
import { type Act, actsFor, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";
import { sentenceSpanAt } from "../view.js";

export const meta = {
  id: "subcontractor",
  description: "Responsibility for subcontractors and staff, or duties flowed down to them.",
} as const;

const entries = (view: ClauseView, roles: readonly string[]) =>
  withRoles(view.lex.topics.subcontractor, roles);

/** A subcontractor or staff member named before the duty in the same sentence. */
export function partyBefore(view: ClauseView, act: Pick<Act, "cue">): CueMatch | undefined {
  const s = sentenceSpanAt(view, act.cue.span.start);
  const before = view.text.slice(s.start, act.cue.span.start);
  return findCues(entries(view, ["party"]), before, s.start).pop();
}

/** Flow-down (同等の義務を課す) or liability (行為について責任を負う) for a named subcontractor/staff. */
export function subcontractorActs(view: ClauseView, roles: readonly string[]): Act[] {
  // Nothing to do without a subcontractor or staff member named in the clause.
  if (!unionOf(withRole(view.lex.topics.subcontractor, "party")).test(view.clause.text)) return [];
  return actsFor(
    view,
    "subcontractor",
    entries(view, roles),
    (a) => !a.inHeading && partyBefore(view, a) !== undefined,
    { precheck: (cue, inHeading) => !inHeading && partyBefore(view, { cue }) !== undefined },
  );
}

/** Needs information, not incident words: flowing down 個人情報 duties is the topic (LABELING.md). */
export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.info && !view.context.incident) return undefined;
  const acts = subcontractorActs(view, ["flowdown", "liability"]);
  const withParty = acts.map((a) => ({ ...a, cue: a.cue }));
  const found = toFinding(view, "subcontractor", withParty, "Subcontractors and staff");
  if (!found) return undefined;
  const parties = acts.map((a) => partyBefore(view, a)).filter((c): c is CueMatch => c !== undefined);
  return { ...found, cues: [...parties, ...found.cues].sort((x, y) => x.span.start - y.span.start) };
}
