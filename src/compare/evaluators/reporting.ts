// Topic `reporting` (RPT-01…RPT-07): the duty itself by the presence rule, its attributes over the
// chain of the handler's reporting duties (context.ts reportingPool).
import { TOPIC_CRITERIA } from "../../reference/criteria.js";
import type { Requirement } from "../../reference/schema.js";
import type { CompareContext } from "../context.js";
import { presence } from "../presence.js";
import { limitedToPersonal } from "../scope.js";
import { makeUnit, type Unit } from "../units.js";
import type { Verdict } from "../verdict.js";
import { contentsVerdict, formVerdict, suspectedVerdict, timingVerdict } from "./reporting-attributes.js";
import type { Evaluator } from "./types.js";

/** The sentence after the last act coordinated before the report (「対策を行うとともに、」 reports no 対策). */
function afterParallelActs(ctx: CompareContext, quote: string): string {
  const { marks, reportVerbs } = ctx.vocabulary.parallelActs;
  const verbAt = Math.max(...reportVerbs.map((v) => quote.lastIndexOf(v)));
  const ends = marks
    .map((m) => {
      const at = quote.lastIndexOf(m, verbAt);
      return at < 0 || at >= verbAt ? -1 : at + m.length;
    })
    .filter((i) => i >= 0);
  return ends.length ? quote.slice(Math.max(...ends)) : quote;
}

/** RPT-07: the reporting duties' sentences plus the items they list, so follow-up contents count. */
function chainUnits(ctx: CompareContext): Unit[] {
  const text = ctx.analyzed.document.text;
  const src = { text, listIntro: ctx.vocabulary.listIntro };
  return ctx.reportingPool().map(({ unit, obligation }) =>
    makeUnit(src, unit.clause, unit.span, unit.obligations, {
      body: afterParallelActs(ctx, text.slice(unit.span.start, unit.span.end)),
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
  const duty = presence(ctx, req);
  return exp.narrowScope ? limitedToPersonal(ctx, duty) : duty;
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
