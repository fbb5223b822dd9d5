// Topic `publication`: PUB-01…03: publication is governed; who decides (byActor: the vendor alone is a conflict); no disclosure to third parties.
import { presenceEvaluator } from "./presence-evaluator.js";

export const publication = presenceEvaluator(
  "publication",
  "PUB-01…03: publication is governed; who decides (byActor: the vendor alone is a conflict); no disclosure to third parties.",
);
