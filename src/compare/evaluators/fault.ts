// Topic `fault` (FLT-01): the fault condition of the reporting duty (LABELING.md: silence is not
// 「帰責の有無にかかわらず」; no reporting duty → missing; a duty conditioned on fault → conflict).
import type { Fault } from "../../core/ids.js";
import { TOPIC_CRITERIA } from "../../reference/criteria.js";
import type { Requirement } from "../../reference/schema.js";
import type { CompareContext, PoolEntry } from "../context.js";
import { overlaps } from "../segments.js";
import { missing, REASONS, type Verdict } from "../verdict.js";
import type { Evaluator } from "./types.js";

const STATED: ReadonlySet<Fault> = new Set(["regardless", "fault_based"]);

/** The entry's own fault, else one stated by another duty of the same sentences (a shared 帰責 phrase). */
function faultOf(ctx: CompareContext, entry: PoolEntry): Fault | undefined {
  const own = entry.obligation.fault;
  if (own && STATED.has(own)) return own;
  const clause = ctx.analyzed.clauses.find((ac) => ac.clause.id === entry.unit.clause.id);
  const shared = clause?.obligations.find(
    (o) => o.fault && STATED.has(o.fault) && overlaps(entry.unit.span, o.span),
  );
  return shared?.fault;
}

const FOUND: Record<string, string> = {
  regardless: "帰責の有無を問わず報告",
  fault_based: "帰責事由がある場合に限り報告",
};

function evaluate(ctx: CompareContext, req: Requirement): Verdict {
  const rule = req.expect.fault;
  const pool = ctx.reportingPool();
  if (!rule || !pool.length) return missing(REASONS.noReportingDuty);
  for (const entry of pool) {
    const fault = faultOf(ctx, entry);
    if (!fault) continue;
    const found = `${FOUND[fault]}（${entry.unit.clause.label}）`;
    if (rule.met.includes(fault)) return { status: "met", evidence: [entry.unit], found };
    if (rule.conflict.includes(fault))
      return {
        status: "conflict",
        evidence: [entry.unit],
        found,
        reason: {
          ja: "報告義務が受託者側に帰責事由がある場合に限定されています",
          en: "the reporting duty applies only when the handling party is at fault",
        },
      };
  }
  return missing({
    ja: "報告義務に帰責の有無に関する定めがありません",
    en: "the reporting duty states no fault condition",
  });
}

export const fault: Evaluator = {
  meta: {
    topic: "fault",
    criteria: TOPIC_CRITERIA.fault,
    description: "FLT-01: the reporting duty applies regardless of fault; conditioned on fault → conflict.",
  },
  evaluate,
};
