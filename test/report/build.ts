// Builds a GapReport from a hand-built document with the bundled baseline (shared by report tests).
import { compare } from "../../src/compare/index.js";
import { defaultBaseline } from "../../src/reference/index.js";
import { buildReport } from "../../src/report/build.js";
import type { GapReport } from "../../src/report/schema.js";
import { analyzedDoc, type DocSpec } from "../helpers/analyzed.js";

export function reportOf(spec: DocSpec, name = spec.name ?? "contract.txt"): GapReport {
  const analyzed = analyzedDoc(spec);
  const baseline = defaultBaseline();
  return buildReport({ name, analyzed, findings: compare(analyzed, baseline), baseline });
}

/** A contract with a prompt (速やかに) written report, a vendor that may publish alone, a cap. */
export const SAMPLE: DocSpec = {
  clauses: [
    { label: "第1条", heading: "目的", text: "甲は、顧客データの入力業務を乙に委託する。" },
    {
      label: "第5条",
      heading: "事故報告",
      text: "乙は、顧客データの漏えいが生じたときは、速やかに甲に書面で報告する。",
      topics: ["reporting"],
      obligations: [
        {
          topic: "reporting",
          quote: "甲に書面で報告",
          actor: "乙",
          timing: { level: "promptly", text: "速やかに" },
          form: "written",
        },
      ],
    },
    {
      label: "第6条",
      heading: "公表",
      text: "乙は、自らの判断で事故を公表することができる。",
      topics: ["publication"],
      obligations: [{ topic: "publication", quote: "公表することができる", actor: "乙", modality: "may" }],
    },
    {
      label: "第7条",
      heading: "損害賠償",
      text: "乙は、漏えいにより甲に生じた損害を賠償する。ただし、賠償額は委託料を上限とする。",
      topics: ["damages"],
    },
  ],
};
