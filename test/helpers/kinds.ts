// The fixed vocabularies as arrays, for generated test inputs.
import { TOPIC_IDS } from "../../src/core/ids.js";
import type { GeneralKind } from "../../src/core/types.js";

export const TOPICS = TOPIC_IDS;
export const MODALITIES = ["must", "may", "endeavor", "must_not", "statement"] as const;
export const GENERAL_KINDS: readonly GeneralKind[] = [
  "general_damages",
  "liability_cap",
  "liability_disclaimer",
  "subcontractor_liability",
  "general_incident_report",
  "general_cost_compensation",
];
