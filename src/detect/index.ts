// detect: the topics of one clause (multi-label), each with its cues, reason and acts.
import type { TopicFinding } from "./acts.js";
import { topicsFromReportItems } from "./derived.js";
import { DETECTORS } from "./registry.js";
import * as fault from "./topics/fault.js";
import type { ClauseView } from "./view.js";

export type { Act, TopicFinding } from "./acts.js";
export { type ClauseContext, clauseContexts } from "./context.js";
export { NO_TERMS, readDefinedTerms } from "./defined-terms.js";
export { detectGeneral } from "./general.js";
export type { ClauseView } from "./view.js";

/** The direct findings of every detector except fault. */
export function detectDirect(view: ClauseView): TopicFinding[] {
  return DETECTORS.map((d) => d.detect(view)).filter((f): f is TopicFinding => f !== undefined);
}

/** Adds topics brought by report items to `findings` (an existing topic keeps its own reason). */
export function withDerived(
  view: ClauseView,
  findings: TopicFinding[],
  itemSpans: readonly { start: number; end: number }[],
): TopicFinding[] {
  const out = [...findings];
  for (const d of topicsFromReportItems(view, itemSpans)) {
    const i = out.findIndex((f) => f.topic === d.topic);
    if (i < 0) out.push(d);
    else out[i] = { ...out[i]!, cues: [...out[i]!.cues, ...d.cues] };
  }
  return out;
}

/** The fault topic, decided last: it needs another incident topic in the clause. */
export function withFault(view: ClauseView, findings: TopicFinding[]): TopicFinding[] {
  const f = fault.detect(view, findings);
  return f ? [...findings, f] : findings;
}
