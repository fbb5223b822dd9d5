// Builds the evaluator of a topic that the presence rule judges alone (compare/presence.ts).
import type { TopicId } from "../../core/ids.js";
import { TOPIC_CRITERIA } from "../../reference/criteria.js";
import { presence } from "../presence.js";
import type { Evaluator } from "./types.js";

export function presenceEvaluator(topic: TopicId, description: string): Evaluator {
  return {
    meta: { topic, criteria: TOPIC_CRITERIA[topic], description },
    evaluate: (ctx, req) => presence(ctx, req),
  };
}
