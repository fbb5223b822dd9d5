// Topic `cost` (CST-01…03): allocation by the presence rule; who bears it (CST-02) by the bearer rule:
// the causing party or the handler → met; the client for a vendor-caused incident → conflict.
import type { Bilingual } from "../../core/errors.js";
import { TOPIC_CRITERIA } from "../../reference/criteria.js";
import type { BearerClass, Requirement } from "../../reference/schema.js";
import type { CompareContext } from "../context.js";
import { aggregate, forActor, generalSentences, type Judged, presence } from "../presence.js";
import { REASONS, type Verdict } from "../verdict.js";
import { bearerOf } from "./cost-bearer.js";
import type { Evaluator } from "./types.js";

const BEARER_REASON: Partial<Record<BearerClass, Bilingual>> = {
  discloser: {
    ja: "受託者側に起因する事故の費用も委託者側が負担することになります",
    en: "the client bears the cost even of an incident the vendor caused",
  },
  consultation: { ja: "費用負担は協議で定めるとされています", en: "the cost is left to consultation" },
  mutual: { ja: "各当事者がそれぞれ負担するとされています", en: "each party bears its own cost" },
  unknown: { ja: "費用の負担者が明らかではありません", en: "it does not say who bears the cost" },
};

function bearerVerdict(ctx: CompareContext, req: Requirement): Verdict {
  const exp = req.expect;
  const rule = exp.bearer;
  if (!rule) return presence(ctx, req);
  const judged: Judged[] = [];
  for (const unit of forActor(ctx, exp, ctx.topicUnits("cost"))) {
    if (!rule.contextWords.some((w) => unit.text.includes(w))) continue;
    const cls = bearerOf(ctx, rule, unit);
    if (!cls) continue;
    const reason = BEARER_REASON[cls];
    if (rule.conflict.includes(cls))
      judged.push([unit, { status: "conflict", ...(reason ? { reason } : {}) }]);
    else if (rule.met.includes(cls)) judged.push([unit, { status: "met" }]);
    else if (rule.partial.includes(cls))
      judged.push([unit, { status: "partial", ...(reason ? { reason } : {}) }]);
  }
  for (const kind of exp.general?.met ?? [])
    for (const unit of generalSentences(ctx, exp, [kind], false))
      judged.push([unit, { status: "met", reason: REASONS.general }]);
  return aggregate(judged);
}

export const cost: Evaluator = {
  meta: {
    topic: "cost",
    criteria: TOPIC_CRITERIA.cost,
    description:
      "CST-01…03: who bears the cost of the response; the client paying for a vendor-caused incident is a conflict.",
  },
  evaluate: (ctx, req) => (req.expect.bearer ? bearerVerdict(ctx, req) : presence(ctx, req)),
};
