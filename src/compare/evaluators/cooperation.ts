// Topic `cooperation`: COO-01: a duty to cooperate (協力); consultation (協議) alone does not count.
import { presenceEvaluator } from "./presence-evaluator.js";

export const cooperation = presenceEvaluator(
  "cooperation",
  "COO-01: a duty to cooperate (協力); consultation (協議) alone does not count.",
);
