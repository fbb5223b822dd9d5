// recurrence (再発防止): recurrence-prevention measures.
import { actsFor, isDuty, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";
import { purposeOnly } from "./containment.js";

export const meta = {
  id: "recurrence",
  description: "Recurrence-prevention measures after an incident.",
} as const;

/** A duty to prevent recurrence (a purpose clause requires nothing: acts.ts drops it). */
export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(
    view,
    "recurrence",
    view.lex.topics.recurrence,
    (a) => isDuty(a) && !purposeOnly(view, a),
  );
  return toFinding(view, "recurrence", acts, "Duty to prevent recurrence");
}
