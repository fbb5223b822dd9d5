import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "recurrence",
  valid: [
    {
      text: "本覚書は、情報漏えい事故の報告及び再発防止に関する手続を定めることを目的とする。",
      why: "a purpose clause requires nothing",
    },
    {
      text: "乙は、納品物の不具合について再発防止策を講じる。",
      why: "a quality defect, not an information incident",
    },
  ],
  invalid: [
    {
      text: "受託者は、個人情報の漏えいが生じたときは、同種の事故が再び起こらないための対策を講じなければならない。",
      why: "the cue's own negated verb (起こらない) is not its predicate: 対策を講じる is the duty",
      quote: "再び起こらないための",
    },
    {
      text: "乙は、委託情報の紛失事故の原因を分析し、再発防止策を講じなければならない。",
      why: "a recurrence duty",
      quote: "再発防止",
    },
    {
      text: "当社は、本件個人情報の漏洩事案が生じたときは、事故の拡大又は再発を防止するための措置を講じます。",
      why: "拡大又は再発を防止 (seed 004 §7 style)",
      quote: "再発を防止",
    },
    {
      text: "乙は、個人情報の漏えいが発生したときは、その原因及び再発防止策を甲に報告する。",
      why: "再発防止策 as a report item (x-03 rule)",
      quote: "再発防止",
    },
    {
      text: "運営会社は、お客さまのデータが外に漏れたときは、理由をつきとめ、同じことが二度と起きないように仕組みを改めます。",
      why: "同じことが…起きないように is recurrence prevention in plain words (blind round r)",
      quote: "同じことが二度と起きないように",
    },
  ],
};
