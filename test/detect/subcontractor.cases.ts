import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "subcontractor",
  valid: [
    {
      text: "乙は、甲の書面による事前の承諾を得なければ、本業務を第三者に再委託してはならない。",
      why: "a bare consent requirement (x-05)",
    },
    {
      text: "乙は、甲の承諾を得て業務の一部を委託する場合、委託先の行為について甲に対し責任を負う。",
      why: "no information named: a general provision only",
    },
  ],
  invalid: [
    {
      text: "外注先の過失により預かった会員情報が漏えいしたときは、受託者は、その外注先と連帯して委託者の損害を補償する。",
      why: "answering jointly with the subcontractor (連帯して…補償) for an incident it caused",
      quote: "連帯して委託者の損害を補償",
    },
    {
      text: "乙が丙に再委託した業務において個人情報の漏えいが発生した場合、丙の行為は乙の行為とみなす。",
      why: "再委託した names the subcontractor whose acts 乙 answers for",
      quote: "行為とみな",
    },
    {
      text: "乙は、本業務を再委託するときは、当該第三者に本契約に定める個人情報の取扱いに関する義務と同等の義務を課さなければならない。",
      why: "flow-down (x-04)",
      quote: "同等の義務",
    },
    {
      text: "乙は、従業者に対し、本条に定める秘密情報の保護に関する義務を遵守させなければならない。",
      why: "flow-down to staff",
      quote: "本条に定める秘密情報の保護に関する義務を遵守させ",
    },
    {
      text: "甲及び乙は、自らの再委託先に起因して情報漏えい事故が発生した場合であっても、自らの責任において対応する。",
      why: "answering for incidents at subcontractors",
      quote: "自らの責任において",
    },
    {
      text: "処理者は、再処理者に個人データの取扱いを任せるときは、契約により、本契約と同等の安全管理上の義務を再処理者に負わせる。",
      why: "a DPA's 再処理者 (sub-processor) and 同等の安全管理上の義務: flow-down with words between 同等の and 義務",
      quote: "同等の安全管理上の義務",
    },
    {
      text: "受注者は、下請業者の下で顧客情報が流出したときは、これを受注者自身の事故とみなして対処する。",
      why: "an incident at a subcontractor deemed the party's own incident (事故とみなす) is answering for it",
      quote: "事故とみな",
    },
  ],
};
