// Topic `subcontractor`: SBC-01/02: answering for subcontractors and staff; equivalent duties flowed down.
import { presenceEvaluator } from "./presence-evaluator.js";

export const subcontractor = presenceEvaluator(
  "subcontractor",
  "SBC-01/02: answering for subcontractors and staff; equivalent duties flowed down.",
);
