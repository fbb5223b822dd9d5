// subject_notice (本人通知): notifying affected individuals or making the facts available to them.
import type { CueMatch } from "../../core/types.js";
import { actsFor, type TopicFinding, toFinding } from "../acts.js";
import { isDefinedParty } from "../parties.js";
import type { ClauseView } from "../view.js";

export const meta = {
  id: "subject_notice",
  description: "Notice of the incident to the affected individuals (本人, 会員, 顧客).",
} as const;

/** The addressee must not be a party: the 会員 of membership terms is the counterparty (reporting). */
function addresseeIsParty(view: ClauseView, quote: string): boolean {
  return view.parties.some((p) => quote.startsWith(p) && isDefinedParty(view, p));
}

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const toIndividuals = (cue: CueMatch) =>
    !addresseeIsParty(view, view.text.slice(cue.span.start, cue.span.end));
  const acts = actsFor(
    view,
    "subject_notice",
    view.lex.topics.subject_notice,
    (a) => !a.inHeading && toIndividuals(a.cue),
    { precheck: (cue, inHeading) => !inHeading && toIndividuals(cue) },
  );
  return toFinding(view, "subject_notice", acts, "Notice to the affected individuals");
}
