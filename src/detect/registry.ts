// The topic detectors, one per TopicId except fault (which reads the others' findings: index.ts).
import type { TopicId } from "../core/ids.js";
import type { TopicFinding } from "./acts.js";
import * as authorityReport from "./topics/authority_report.js";
import * as containment from "./topics/containment.js";
import * as cooperation from "./topics/cooperation.js";
import * as cost from "./topics/cost.js";
import * as damages from "./topics/damages.js";
import * as investigation from "./topics/investigation.js";
import * as publication from "./topics/publication.js";
import * as recurrence from "./topics/recurrence.js";
import * as reporting from "./topics/reporting.js";
import * as subcontractor from "./topics/subcontractor.js";
import * as subjectNotice from "./topics/subject_notice.js";
import type { ClauseView } from "./view.js";

export interface TopicDetector {
  readonly meta: { readonly id: TopicId; readonly description: string };
  detect(view: ClauseView): TopicFinding | undefined;
}

export const DETECTORS: readonly TopicDetector[] = [
  reporting,
  publication,
  cost,
  damages,
  containment,
  investigation,
  recurrence,
  subjectNotice,
  authorityReport,
  cooperation,
  subcontractor,
];
