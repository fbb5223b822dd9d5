// Topic `authority_report`: AUT-01: reports to authorities are made or supported.
import { presenceEvaluator } from "./presence-evaluator.js";

export const authorityReport = presenceEvaluator(
  "authority_report",
  "AUT-01: reports to authorities are made or supported.",
);
