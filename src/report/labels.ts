// Display names for people (report text, Markdown): topics, statuses, severities, party roles.
import type { PartyRole, Severity, Status, TopicId } from "../core/ids.js";

export const TOPIC_LABEL: Readonly<Record<TopicId, { ja: string; en: string }>> = {
  reporting: { ja: "報告義務", en: "Reporting" },
  fault: { ja: "帰責の有無", en: "Fault" },
  publication: { ja: "公表", en: "Publication" },
  cost: { ja: "費用負担", en: "Costs" },
  damages: { ja: "損害賠償", en: "Damages" },
  containment: { ja: "被害拡大防止", en: "Containment" },
  investigation: { ja: "調査・原因究明", en: "Investigation" },
  recurrence: { ja: "再発防止", en: "Recurrence prevention" },
  subject_notice: { ja: "本人通知", en: "Notifying individuals" },
  authority_report: { ja: "当局報告", en: "Reporting to authorities" },
  cooperation: { ja: "協力", en: "Cooperation" },
  subcontractor: { ja: "委託先管理", en: "Subcontractors" },
};

export const STATUS_LABEL: Readonly<Record<Status, { ja: string; en: string; mark: string }>> = {
  met: { ja: "充足", en: "met", mark: "○" },
  partial: { ja: "不十分", en: "partial", mark: "△" },
  missing: { ja: "規定なし", en: "missing", mark: "×" },
  conflict: { ja: "相反", en: "conflict", mark: "！" },
};

export const SEVERITY_LABEL: Readonly<Record<Severity, { ja: string; en: string }>> = {
  high: { ja: "高", en: "high" },
  medium: { ja: "中", en: "medium" },
  low: { ja: "低", en: "low" },
};

export const ROLE_LABEL: Readonly<Record<PartyRole, { ja: string; en: string }>> = {
  discloser: { ja: "委託者側", en: "discloser" },
  handler: { ja: "受託者側", en: "handler" },
  mutual: { ja: "双方", en: "mutual" },
};

export const SEVERITY_ORDER: readonly Severity[] = ["high", "medium", "low"];
/** Gaps first, the worst first. */
export const STATUS_ORDER: readonly Status[] = ["conflict", "missing", "partial", "met"];
