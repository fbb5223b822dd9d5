// Text that names a duty without imposing it: commentary beside the rules and acknowledgements of
// possible consequences (words: dictionaries/lexicon/non-duty.json).
import type { TopicId } from "../core/ids.js";
import type { CueMatch, Sentence } from "../core/types.js";
import { type Compiled, entryHits, entryMatches } from "../lexicon/matcher.js";
import type { NonDutyEntry } from "../lexicon/schema.js";
import { type ClauseView, sliceText, viewMemo } from "./view.js";

type Kind = NonDutyEntry["kind"];
const entriesOf = (view: ClauseView, kind: Kind): readonly Compiled<NonDutyEntry>[] =>
  view.lex.nonDuty.filter((e) => e.kind === kind);

/**
 * Where the clause's commentary starts (document offset; Infinity when none): the first line that
 * opens a commentary block (【解説】, （参考：…裁判例）). Model rules print their explanation after the
 * rule in the same article (the mhlw model work rules in real-files), so the rest of the clause is
 * commentary. One scan per clause.
 */
function commentaryStart(view: ClauseView): number {
  return viewMemo(view, "commentary-start", () => {
    const starts = entriesOf(view, "commentary_block").flatMap((e) =>
      entryHits(e, view.clause.text).map((h) => h.span.start),
    );
    return starts.length > 0 ? view.clause.span.start + Math.min(...starts) : Number.POSITIVE_INFINITY;
  });
}

/** A sentence of commentary: in a commentary block, a ※ note, or a report of what the law says. */
export function isCommentary(view: ClauseView, sentence: Sentence): boolean {
  if (sentence.span.start >= commentaryStart(view)) return true;
  const text = sliceText(view, sentence.span);
  return entriesOf(view, "commentary_sentence").some((e) => entryMatches(e, text));
}

/** Topics whose duty is a payment: an acknowledged possibility of paying is none. */
const PAYMENTS = new Set<TopicId>(["damages", "cost"]);

/**
 * 「損害賠償、刑事処分などの法的処分を受ける場合もあることを十分に理解し」: the cue names a consequence
 * the signer acknowledges it may face (理解, 承知, 了承), not a promise to pay (pledge in real-files).
 */
export function isAcknowledgedConsequence(
  view: ClauseView,
  topic: TopicId,
  cue: CueMatch,
  sentence: Sentence,
): boolean {
  if (!PAYMENTS.has(topic)) return false;
  const rest = view.text.slice(cue.span.end, sentence.span.end);
  return entriesOf(view, "acknowledged").some((e) => entryHits(e, rest).some((h) => h.span.start === 0));
}

/** Activities whose cue can be the subject of a condition rather than a duty. */
const ACTIVITIES = new Set<TopicId>(["investigation", "containment", "recurrence"]);
const CONDITION_SUBJECT = /^(?:等)?が[^、。]{0,12}?(?:場合|とき|際)/u;

/**
 * 「原因の特定が困難な場合の負担割合は…定める」: the activity is the subject of a condition on another
 * duty, not a duty to do it (blind fixture w04). 「調査の上、必要な場合は」 (a 、 between) is not.
 */
export function isConditionSubject(
  view: ClauseView,
  topic: TopicId,
  cue: CueMatch,
  verbStart: number,
): boolean {
  if (!ACTIVITIES.has(topic) || verbStart < cue.span.end) return false;
  return CONDITION_SUBJECT.test(view.text.slice(cue.span.end, verbStart));
}
