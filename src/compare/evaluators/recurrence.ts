// Topic `recurrence`: REC-01: recurrence-prevention measures.
import { presenceEvaluator } from "./presence-evaluator.js";

export const recurrence = presenceEvaluator("recurrence", "REC-01: recurrence-prevention measures.");
