import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "cooperation",
  valid: [
    { text: "本契約に定めのない事項は、甲乙協議のうえ定める。", why: "協議 alone is not cooperation" },
    {
      text: "乙は、個人情報の漏えいが発生したときは、甲と協議の上、必要な措置を講ずる。",
      why: "協議 alone, even with an incident",
    },
    {
      text: "乙は、業務の遂行に当たり、協力会社を使用することができる。",
      why: "協力会社 is a subcontractor, not cooperation",
    },
  ],
  invalid: [
    {
      text: "甲は、情報漏えい事故が発生したときは、乙に状況の報告を求めることができる。この場合、乙はこれに協力しなければならない。",
      why: "x-06",
      quote: "協力",
    },
    {
      text: "甲及び乙は、情報セキュリティインシデントへの対応に関し、相互に誠実に協力するものとする。",
      why: "mutual cooperation",
      quote: "協力",
    },
  ],
};
