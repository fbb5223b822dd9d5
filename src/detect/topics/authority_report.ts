// authority_report (当局報告): reporting to, or supporting a report to, the authorities.
import { actsFor, BODY_CUES, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";

export const meta = {
  id: "authority_report",
  description: "Reports to 個人情報保護委員会, supervisory authorities or the police.",
} as const;

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(
    view,
    "authority_report",
    view.lex.topics.authority_report,
    (a) => !a.inHeading,
    BODY_CUES,
  );
  return toFinding(view, "authority_report", acts, "Report to the authorities");
}
