// publication (公表): publishing the incident or disclosing incident information to third parties.
import type { CueMatch } from "../../core/types.js";
import { withRole } from "../../lexicon/matcher.js";
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

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const entries = view.lex.topics.publication;
  const publish = actsFor(view, "publication", withRole(entries, "cue"));
  const disclose = actsFor(
    view,
    "publication",
    withRole(entries, "disclosure"),
    (a) => namesIncident(view, a.cue),
    { precheck: (cue) => namesIncident(view, cue) },
  );
  return toFinding(view, "publication", [...publish, ...disclose], "Publication of the incident");
}
