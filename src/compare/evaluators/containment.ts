// Topic `containment`: CTN-01/02: measures to stop the spread; a response plan prepared in advance.
import { presenceEvaluator } from "./presence-evaluator.js";

export const containment = presenceEvaluator(
  "containment",
  "CTN-01/02: measures to stop the spread; a response plan prepared in advance.",
);
