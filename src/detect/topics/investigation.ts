// investigation (調査・原因究明): fact finding, cause analysis, scope of impact, evidence, logs.
import type { CueMatch } from "../../core/types.js";
import { actsFor, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";

export const meta = {
  id: "investigation",
  description: "Investigation of the facts, cause and scope of the incident; evidence preservation.",
} as const;

/** Any modality: a right to investigate (立入調査することができる) governs investigation too (LABELING.md x-06 note). */
const RESULT_OF = /^(?:の)?(?:結果|経過|途中経過)/u;

/**
 * 「原因の究明結果を踏まえて協議する」 refers to an investigation without requiring one (h30); a
 * report of 調査結果 brings the topic through the report's items instead (derived.ts).
 */
export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const required = (cue: CueMatch) => !RESULT_OF.test(view.text.slice(cue.span.end, cue.span.end + 4));
  const acts = actsFor(
    view,
    "investigation",
    view.lex.topics.investigation,
    (a) => !a.inHeading && required(a.cue),
    { precheck: (cue, inHeading) => !inHeading && required(cue) },
  );
  return toFinding(view, "investigation", acts, "Investigation of the incident");
}
