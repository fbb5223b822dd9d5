// publication (公表): publishing the incident or disclosing incident information to third parties.
import type { CueMatch } from "../../core/types.js";
import { entryMatches, withRole } from "../../lexicon/matcher.js";
import { actsFor, type TopicFinding, toFinding } from "../acts.js";
import { incidentCues } from "../incident.js";
import type { ClauseView } from "../view.js";
import { sentenceSpanAt } from "../view.js";

export const meta = {
  id: "publication",
  description: "How the incident is published (公表, 報道発表) or disclosed to third parties.",
} as const;

/**
 * A disclosure rule counts only when its own sentence names the incident (seed 003 §5); plain 秘密保持
 * is no topic. The incident must be another mention than the disclosure itself: in 「秘密情報が権限のない
 * 第三者に開示された事実を知ったとき」 the disclosure is the incident (blind fixture z04).
 */
function namesIncident(view: ClauseView, cue: CueMatch): boolean {
  const s = sentenceSpanAt(view, cue.span.start);
  return incidentCues(view.lex, view.text.slice(s.start, s.end), view.terms, s.start).some(
    (c) => c.span.end <= cue.span.start || cue.span.end <= c.span.start,
  );
}

/**
 * 「その窓口への連絡手段を外部に対して公表する」: what is published is a contact or a procedure, not the
 * incident. Read on the stretch from the last 、 (or the sentence start) to the cue, when it names no
 * incident (「事故の内容及び問合せ窓口を公表する」 still publishes the incident). A stretch that starts with
 * その/当該 after a contact was set up (「窓口を設け、その所在を掲載する」) points back to that contact.
 */
function publishesSomethingElse(view: ClauseView, cue: CueMatch): boolean {
  const s = sentenceSpanAt(view, cue.span.start);
  const before = view.text.slice(s.start, cue.span.start);
  const cut = Math.max(before.lastIndexOf("、"), before.lastIndexOf("，"), before.lastIndexOf(","));
  const stretch = before.slice(cut + 1);
  const role = (r: string) => withRole(view.lex.topics.publication, r);
  // 「…窓口を設け、その所在を掲載する」: その/当該 points back to the contact the sentence set up.
  const pointsBack =
    /^(?:その|当該|同)/u.test(stretch) &&
    role("contact_setup").some((e) => entryMatches(e, before.slice(0, cut + 1)));
  if (!pointsBack && !role("other_object").some((e) => entryMatches(e, stretch))) return false;
  return incidentCues(view.lex, stretch, view.terms, s.start + cut + 1).length === 0;
}

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const entries = view.lex.topics.publication;
  const publish = actsFor(
    view,
    "publication",
    withRole(entries, "cue"),
    (a) => !publishesSomethingElse(view, a.cue),
    { precheck: (cue) => !publishesSomethingElse(view, cue) },
  );
  const disclose = actsFor(
    view,
    "publication",
    withRole(entries, "disclosure"),
    (a) => namesIncident(view, a.cue),
    { precheck: (cue) => namesIncident(view, cue) },
  );
  return toFinding(view, "publication", [...publish, ...disclose], "Publication of the incident");
}
