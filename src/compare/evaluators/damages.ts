// Topic `damages`: DMG-01: compensation for incident damage; a cap or a carve-out keeping 故意・重過失 is partial, a blanket disclaimer a conflict (general provisions count).
import { presenceEvaluator } from "./presence-evaluator.js";

export const damages = presenceEvaluator(
  "damages",
  "DMG-01: compensation for incident damage; a cap or a carve-out keeping 故意・重過失 is partial, a blanket disclaimer a conflict (general provisions count).",
);
