// cost (費用負担): who bears the costs of the incident or of its response.
import type { CueMatch } from "../../core/types.js";
import { groupsOf } from "../../lexicon/groups.js";
import { anyMatch } from "../../lexicon/matcher.js";
import { actsFor, type TopicFinding, toFinding } from "../acts.js";
import { incidentCues } from "../incident.js";
import type { ClauseView } from "../view.js";
import { sentenceSpanAt } from "../view.js";

export const meta = { id: "cost", description: "Who bears the cost of the incident response." } as const;

/** Up to the last condition marker (…場合には / …ときは / adnominal …場合の) of a text. */
const CONDITION = /^(.*(?:場合|とき)(?:において|には|にも|は|に|の|、|，))/su;

/**
 * 「…データ漏洩…について当社は責任を負わない。また、利用制限が判明した場合にはお客様の費用負担にて返却する。」:
 * a cost sentence with a condition of its own that names no incident and does not refer back (前項の場合,
 * この場合) allocates the cost of something else, though the clause names an incident elsewhere. Only
 * for a clause that names its incident itself: a 項 that inherits it (「２　甲が立入調査を行う場合には、
 * その費用は乙の負担とする」) is about that incident, and so is a condition with response words (再発防止).
 */
function costOfSomethingElse(view: ClauseView, cue: CueMatch): boolean {
  const s = sentenceSpanAt(view, cue.span.start);
  if (s.start > cue.span.start) return false;
  const sentence = view.text.slice(s.start, s.end);
  if (incidentCues(view.lex, sentence, view.terms, s.start).length > 0) return false;
  const condition = CONDITION.exec(view.text.slice(s.start, cue.span.start))?.[1];
  if (condition === undefined || anyMatch(view.lex.incident.back_reference, condition)) return false;
  if (anyMatch(groupsOf(view.lex).presupposing, condition)) return false;
  return incidentCues(view.lex, view.clause.text, view.terms, view.clause.span.start).length > 0;
}

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(view, "cost", view.lex.topics.cost, (a) => !costOfSomethingElse(view, a.cue), {
    precheck: (cue) => !costOfSomethingElse(view, cue),
  });
  return toFinding(view, "cost", acts, "Allocation of the incident's costs");
}
