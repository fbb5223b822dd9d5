// recurrence (再発防止): recurrence-prevention measures.
import { actsFor, isDuty, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";

export const meta = {
  id: "recurrence",
  description: "Recurrence-prevention measures after an incident.",
} as const;

const PURPOSE = /目的と(?:する|します)/u;

/** A duty to prevent recurrence; a purpose clause (…再発防止を適切に行うことを目的とする) requires nothing. */
export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(view, "recurrence", view.lex.topics.recurrence, (a) => {
    if (!isDuty(a)) return false;
    const s = view.sentences[a.sentence];
    return !s || !PURPOSE.test(view.text.slice(s.span.start, s.span.end));
  });
  return toFinding(view, "recurrence", acts, "Duty to prevent recurrence");
}
