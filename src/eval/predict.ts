// Reads the labelled quantities off a GapReport, exactly as DESIGN.md "Labelled data" defines them.
import type { TimingLevel, TopicId } from "../core/ids.js";
import type { GapReport, Obligation } from "../report/schema.js";
import type { ClauseAttributes } from "./labels.js";

const TIMING_STRENGTH: Record<TimingLevel, number> = {
  immediately: 4,
  deadline: 3,
  promptly: 2,
  without_delay: 1,
  none: 0,
};

export function predictedTopics(report: GapReport): Set<TopicId> {
  return new Set(report.provisions.flatMap((p) => p.topics));
}

function allObligations(report: GapReport): Obligation[] {
  return report.provisions.flatMap((p) => p.obligations);
}

export function predictedAttributes(report: GapReport): Required<ClauseAttributes> {
  const obligations = allObligations(report);
  const reporting = obligations.filter((o) => o.topic === "reporting");
  const timing = reporting
    .map((o) => o.timing?.level ?? "none")
    .reduce<TimingLevel>((best, l) => (TIMING_STRENGTH[l] > TIMING_STRENGTH[best] ? l : best), "none");
  const faults = new Set(obligations.map((o) => o.fault));
  const instructions = report.findings.find((f) => f.requirementId === "RPT-06")?.status === "met";
  return {
    "reporting.timing": timing,
    "reporting.suspected": reporting.some((o) => o.trigger?.suspected === true),
    "reporting.written": reporting.some((o) => o.form === "written"),
    "reporting.instructions": instructions,
    fault: faults.has("regardless")
      ? "regardless"
      : faults.has("fault_based")
        ? "fault_based"
        : "unspecified",
  };
}
