// cooperation (協力): a duty to help in the response; 協議 alone is not cooperation (LABELING.md).
import { actsFor, BODY_CUES, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";

export const meta = {
  id: "cooperation",
  description: "The parties cooperate in the incident response.",
} as const;

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(
    view,
    "cooperation",
    view.lex.topics.cooperation,
    (a) => !a.inHeading && !a.predicate.negated,
    BODY_CUES,
  );
  return toFinding(view, "cooperation", acts, "Cooperation in the incident response");
}
