// Topics a report's required items bring (LABELING.md): 原因 → investigation, 再発防止策 →
// recurrence, 被害の拡大防止のために講じた措置 → containment. Plain facts bring none.
import type { TopicId } from "../core/ids.js";
import type { CueMatch } from "../core/types.js";
import { groupsOf } from "../lexicon/groups.js";
import { findCues } from "../lexicon/matcher.js";
import type { Act, TopicFinding } from "./acts.js";
import type { ClauseView } from "./view.js";

/** Topic findings from the content items (spans in the document) of the clause's reporting acts. */
export function topicsFromReportItems(
  view: ClauseView,
  itemSpans: readonly { start: number; end: number }[],
): TopicFinding[] {
  const byTopic = new Map<TopicId, CueMatch[]>();
  for (const s of itemSpans) {
    for (const c of findCues(groupsOf(view.lex).bringing, view.text.slice(s.start, s.end), s.start)) {
      const topic = view.lex.contents.find((e) => e.id === c.entryId)?.brings;
      if (topic) byTopic.set(topic, [...(byTopic.get(topic) ?? []), c]);
    }
  }
  return [...byTopic].map(([topic, cues]) => {
    const acts: Act[] = [];
    const quote = view.text.slice(cues[0]!.span.start, cues[0]!.span.end);
    return {
      topic,
      cues,
      acts,
      reason: `A required report item is the result of this activity: 「${quote}」`,
    };
  });
}
