// fault (帰責の有無): a fault condition stated for an incident duty or incident damages.
import type { CueMatch } from "../../core/types.js";
import { type Act, actsFor, BODY_CUES, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";

export const meta = {
  id: "fault",
  description: "Whether incident duties apply regardless of fault or only when attributable.",
} as const;

/** Fault words where the clause has an incident duty (another topic): 故意又は過失 in a 介護 clause is not (s000-09). */
export function detect(view: ClauseView, others: readonly TopicFinding[]): TopicFinding | undefined {
  if (!view.context.incident || others.length === 0) return undefined;
  const acts: Act[] = actsFor(view, "fault", view.lex.topics.fault, (a) => !a.inHeading, BODY_CUES);
  return toFinding(view, "fault", acts, "Fault condition of the incident duties", false);
}

/** The fault value of a cue (regardless | fault_based) by its lexicon entry. */
export function faultOf(view: ClauseView, cue: CueMatch): "regardless" | "fault_based" | undefined {
  return view.lex.fault.find((e) => e.id === cue.entryId)?.value;
}
