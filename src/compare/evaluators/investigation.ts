// Topic `investigation`: INV-01…03: facts and causes, scope of impact, evidence and logs.
import { presenceEvaluator } from "./presence-evaluator.js";

export const investigation = presenceEvaluator(
  "investigation",
  "INV-01…03: facts and causes, scope of impact, evidence and logs.",
);
