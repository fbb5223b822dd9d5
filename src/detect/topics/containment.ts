// containment (被害拡大防止): stopping the spread, limiting the harm, recovery, or a response plan.
import { actsFor, isDuty, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";

export const meta = {
  id: "containment",
  description: "Measures to stop the spread of the incident's harm, or an incident response plan.",
} as const;

/**
 * A containment cue under a duty; a permission (被害拡大防止を優先し…公表を行うことができる: seed 003
 * §6-2) is not a requirement. A heading cue 「（応急措置）」 counts over a duty in the clause (x-08).
 */
export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(view, "containment", view.lex.topics.containment, isDuty);
  return toFinding(view, "containment", acts, "Duty to contain the incident");
}
