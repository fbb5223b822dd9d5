// The fixed parts of the baseline contract: each requirement id's topic (DESIGN.md table) and which
// expectation keys each topic's evaluator understands (a key it would ignore is a user error).
import type { RequirementId, TopicId } from "../core/ids.js";
import type { Criterion } from "./schema.js";

/** DESIGN.md "Reference requirements": the topic of every requirement id. */
export const REQUIREMENT_TOPIC: Readonly<Record<RequirementId, TopicId>> = {
  "RPT-01": "reporting",
  "RPT-02": "reporting",
  "RPT-03": "reporting",
  "RPT-04": "reporting",
  "RPT-05": "reporting",
  "RPT-06": "reporting",
  "RPT-07": "reporting",
  "FLT-01": "fault",
  "PUB-01": "publication",
  "PUB-02": "publication",
  "PUB-03": "publication",
  "SUB-01": "subject_notice",
  "AUT-01": "authority_report",
  "CST-01": "cost",
  "CST-02": "cost",
  "CST-03": "cost",
  "DMG-01": "damages",
  "CTN-01": "containment",
  "CTN-02": "containment",
  "INV-01": "investigation",
  "INV-02": "investigation",
  "INV-03": "investigation",
  "REC-01": "recurrence",
  "COO-01": "cooperation",
  "SBC-01": "subcontractor",
  "SBC-02": "subcontractor",
};

/** What the generic presence rule reads (compare/presence.ts). */
export const PRESENCE_CRITERIA: readonly Criterion[] = [
  "actor",
  "words",
  "weakModalities",
  "flowDown",
  "byActor",
  "general",
];

/** Reporting attributes: a requirement states at most one of them (it is what the requirement checks). */
export const REPORTING_ATTRIBUTES: readonly Criterion[] = [
  "scope",
  "timing",
  "suspected",
  "form",
  "minContents",
];

/** The expectation keys each topic's evaluator reads. */
export const TOPIC_CRITERIA: Readonly<Record<TopicId, readonly Criterion[]>> = {
  reporting: [...PRESENCE_CRITERIA, ...REPORTING_ATTRIBUTES, "narrowScope"],
  fault: ["fault"],
  publication: [...PRESENCE_CRITERIA, "decider"],
  cost: [...PRESENCE_CRITERIA, "bearer"],
  damages: PRESENCE_CRITERIA,
  containment: PRESENCE_CRITERIA,
  investigation: PRESENCE_CRITERIA,
  recurrence: PRESENCE_CRITERIA,
  subject_notice: PRESENCE_CRITERIA,
  authority_report: PRESENCE_CRITERIA,
  cooperation: PRESENCE_CRITERIA,
  subcontractor: [...PRESENCE_CRITERIA, "anywhere"],
};
