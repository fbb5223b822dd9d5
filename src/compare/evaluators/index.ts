// The registry: one evaluator per topic; its keys are exactly TopicId (tested).
import type { TopicId } from "../../core/ids.js";
import { authorityReport } from "./authority-report.js";
import { containment } from "./containment.js";
import { cooperation } from "./cooperation.js";
import { cost } from "./cost.js";
import { damages } from "./damages.js";
import { fault } from "./fault.js";
import { investigation } from "./investigation.js";
import { publication } from "./publication.js";
import { recurrence } from "./recurrence.js";
import { reporting } from "./reporting.js";
import { subcontractor } from "./subcontractor.js";
import { subjectNotice } from "./subject-notice.js";
import type { Evaluator } from "./types.js";

export type { Evaluator, EvaluatorMeta } from "./types.js";

export const EVALUATORS: Readonly<Record<TopicId, Evaluator>> = {
  reporting,
  fault,
  publication,
  cost,
  damages,
  containment,
  investigation,
  recurrence,
  subject_notice: subjectNotice,
  authority_report: authorityReport,
  cooperation,
  subcontractor,
};
