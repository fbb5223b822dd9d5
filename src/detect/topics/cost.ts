// cost (費用負担): who bears the costs of the incident or of its response.
import { actsFor, type TopicFinding, toFinding } from "../acts.js";
import type { ClauseView } from "../view.js";

export const meta = { id: "cost", description: "Who bears the cost of the incident response." } as const;

export function detect(view: ClauseView): TopicFinding | undefined {
  if (!view.context.incident) return undefined;
  const acts = actsFor(view, "cost", view.lex.topics.cost);
  return toFinding(view, "cost", acts, "Allocation of the incident's costs");
}
