// damages (損害賠償): compensation, a cap or a disclaimer for damage from an incident or from a
// breach of the information-handling duties (LABELING.md; a bare 責任を負う counts).

import type { CueMatch } from "../../core/types.js";
import { anyMatch, withRole } from "../../lexicon/matcher.js";
import { actsFor, type TopicFinding, toFinding } from "../acts.js";
import { mentionsInformation } from "../incident.js";
import type { ClauseView } from "../view.js";
import { sentenceSpanAt, viewMemo } from "../view.js";

export const meta = {
  id: "damages",
  description: "Liability for damage caused by an information incident (compensation, cap, disclaimer).",
} as const;

const LOCAL_REFERENCE = /本条|前条|前項|前各項|同条|本項/u;

/**
 * A breach of the information duties: the sentence names a breach and either names information
 * (個人情報の取扱いに関する義務に違反) or points at its own article (本条に違反) in an article about
 * information. 「本契約に違反して」 alone is a general damages clause (x-01), counted at document level.
 */
function breachOfInformationDuties(view: ClauseView, pos: number): boolean {
  const s = sentenceSpanAt(view, pos);
  const sentence = view.text.slice(s.start, s.end);
  if (!anyMatch(withRole(view.lex.general, "breach"), sentence)) return clauseNamesInformationBreach(view);
  if (mentionsInformation(view.lex, sentence, view.terms)) return true;
  // A provision of the document itself (第1に違反): an information duty when the title names the information.
  if (view.context.infoFromTitle && anyMatch(withRole(view.lex.general, "own_provision_breach"), sentence))
    return true;
  return view.context.info && LOCAL_REFERENCE.test(sentence);
}

/**
 * 「秘密保持義務に違反した場合には…を理解し…。万一貴社に損害を与えた場合には…補償する」: a damages
 * sentence with no breach of its own continues the breach of the information duties that another
 * sentence of the same clause names (the pledge in real-files). One regex pass per clause.
 */
function clauseNamesInformationBreach(view: ClauseView): boolean {
  return viewMemo(view, "information-breach", () =>
    view.clause.text
      .split(/(?<=。)/u)
      .some(
        (t) =>
          anyMatch(withRole(view.lex.general, "breach"), t) && mentionsInformation(view.lex, t, view.terms),
      ),
  );
}

export function detect(view: ClauseView): TopicFinding | undefined {
  const applies = (cue: CueMatch) => view.context.incident || breachOfInformationDuties(view, cue.span.start);
  const acts = actsFor(view, "damages", view.lex.topics.damages, (a) => !a.inHeading && applies(a.cue), {
    precheck: (cue, inHeading) => !inHeading && applies(cue),
  });
  return toFinding(view, "damages", acts, "Liability for damage from the incident");
}
