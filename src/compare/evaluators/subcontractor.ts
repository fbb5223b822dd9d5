// Topic `subcontractor`: SBC-01/02: answering for subcontractors and staff; equivalent duties flowed down.
// SBC-02 also reads sentences anywhere in a document that handles information when they name a
// subcontractor (`anywhere`): a provider's 「委託先に対し、本規約に定める当社の義務と同等の義務を課す」
// sits in a clause on outsourcing that detect gives no topic (terms of service, LABELING.md 委託先管理).
import { TOPIC_CRITERIA } from "../../reference/criteria.js";
import type { Requirement } from "../../reference/schema.js";
import { type CompareContext, handlesInformation } from "../context.js";
import { presence } from "../presence.js";
import { sentenceUnitsOf, type Unit } from "../units.js";
import type { Verdict } from "../verdict.js";
import type { Evaluator } from "./types.js";

/** Sentences of clauses without the topic that name a subcontractor (not a party of the document). */
export function subcontractorSentences(ctx: CompareContext): Unit[] {
  if (!handlesInformation(ctx.analyzed)) return [];
  const words = ctx.vocabulary.subcontractors.words.filter((w) => !ctx.partyAliases.has(w));
  const src = { text: ctx.analyzed.document.text, listIntro: ctx.vocabulary.listIntro };
  return ctx.analyzed.clauses
    .filter((ac) => !ac.topics.some((t) => t.topic === "subcontractor"))
    .flatMap((ac) => sentenceUnitsOf(src, ac))
    .filter((u) => words.some((w) => u.text.includes(w)));
}

function evaluate(ctx: CompareContext, req: Requirement): Verdict {
  if (req.expect.anywhere !== "subcontractor") return presence(ctx, req);
  return presence(ctx, req, [...ctx.topicUnits("subcontractor"), ...subcontractorSentences(ctx)]);
}

export const subcontractor: Evaluator = {
  meta: {
    topic: "subcontractor",
    criteria: TOPIC_CRITERIA.subcontractor,
    description:
      "SBC-01/02: answering for subcontractors and staff; equivalent duties flowed down (SBC-02 also in any sentence naming a subcontractor).",
  },
  evaluate,
};
