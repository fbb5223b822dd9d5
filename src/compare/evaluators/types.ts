// The shape of a topic evaluator: a pure function plus meta (STYLE.md "rules are small, registered").
import type { TopicId } from "../../core/ids.js";
import type { Criterion, Requirement } from "../../reference/schema.js";
import type { CompareContext } from "../context.js";
import type { Verdict } from "../verdict.js";

export interface EvaluatorMeta {
  readonly topic: TopicId;
  /** The expectation keys it reads (reference/criteria.ts TOPIC_CRITERIA). */
  readonly criteria: readonly Criterion[];
  readonly description: string;
}

export interface Evaluator {
  readonly meta: EvaluatorMeta;
  evaluate(ctx: CompareContext, req: Requirement): Verdict;
}
