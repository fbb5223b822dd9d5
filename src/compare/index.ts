// compare: each requirement of the baseline → met / partial / missing / conflict, with evidence.
import type { AnalyzedDocument } from "../core/types.js";
import type { ReferenceBaseline, Requirement } from "../reference/index.js";
import type { Finding } from "../report/schema.js";
import { type CompareContext, createContext } from "./context.js";
import { EVALUATORS } from "./evaluators/index.js";
import { toFinding } from "./finding.js";
import { missing, REASONS, type Verdict } from "./verdict.js";

export { type CompareContext, createContext } from "./context.js";
export { EVALUATORS } from "./evaluators/index.js";

/** DESIGN.md: when RPT-01 is missing, RPT-02…07 (and FLT-01, which qualifies the same duty) are too. */
const QUALIFIES_REPORTING_DUTY = (req: Requirement) =>
  req.id !== "RPT-01" && (req.topic === "reporting" || req.topic === "fault");

function judge(ctx: CompareContext, req: Requirement, dutyMissing: boolean): Verdict {
  if (dutyMissing && QUALIFIES_REPORTING_DUTY(req)) return missing(REASONS.noReportingDuty);
  const verdict = EVALUATORS[req.topic].evaluate(ctx, req);
  if (verdict.status === "missing" && !ctx.hasIncidentProvision && !verdict.reason)
    return missing(REASONS.noIncidentProvision);
  return verdict;
}

export function compare(analyzed: AnalyzedDocument, baseline: ReferenceBaseline): Finding[] {
  const ctx = createContext(analyzed);
  const duty = baseline.requirements.find((r) => r.id === "RPT-01");
  const dutyMissing = duty ? EVALUATORS.reporting.evaluate(ctx, duty).status === "missing" : false;
  return baseline.requirements.map((req) =>
    toFinding(analyzed.document.text, req, judge(ctx, req, dutyMissing)),
  );
}
