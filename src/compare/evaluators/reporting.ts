// Topic `reporting` (RPT-01…RPT-07): the duty itself by the presence rule, its attributes over the
// chain of the handler's reporting duties (context.ts reportingPool).
import { TOPIC_CRITERIA } from "../../reference/criteria.js";
import type { Requirement } from "../../reference/schema.js";
import type { CompareContext } from "../context.js";
import { presence } from "../presence.js";
import { makeUnit, type Unit } from "../units.js";
import type { Verdict } from "../verdict.js";
import { contentsVerdict, formVerdict, suspectedVerdict, timingVerdict } from "./reporting-attributes.js";
import type { Evaluator } from "./types.js";

/** RPT-07: the reporting duties' sentences plus the items they list, so follow-up contents count. */
function chainUnits(ctx: CompareContext): Unit[] {
  const src = { text: ctx.analyzed.document.text, listIntro: ctx.vocabulary.listIntro };
  return ctx.reportingPool().map(({ unit, obligation }) =>
    makeUnit(src, unit.clause, unit.span, unit.obligations, {
      suffix: (obligation.contents ?? []).join("\n"),
    }),
  );
}

function evaluate(ctx: CompareContext, req: Requirement): Verdict {
  const exp = req.expect;
  if (exp.timing) return timingVerdict(ctx, exp.timing);
  if (exp.suspected) return suspectedVerdict(ctx);
  if (exp.form) return formVerdict(ctx, exp.form.met);
  if (exp.minContents) return contentsVerdict(ctx, exp.minContents);
  if (exp.scope === "incident") return presence(ctx, req, ctx.incidentUnits());
  if (exp.scope === "reportingChain") return presence(ctx, req, chainUnits(ctx));
  return presence(ctx, req);
}

export const reporting: Evaluator = {
  meta: {
    topic: "reporting",
    criteria: TOPIC_CRITERIA.reporting,
    description:
      "The handler's duty to report an incident, and its timing, trigger, form, items and follow-ups.",
  },
  evaluate,
};
