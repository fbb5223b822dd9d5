// Topic `subject_notice`: SUB-01: affected individuals are notified.
import { presenceEvaluator } from "./presence-evaluator.js";

export const subjectNotice = presenceEvaluator(
  "subject_notice",
  "SUB-01: affected individuals are notified.",
);
