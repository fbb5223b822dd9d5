import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "cost",
  valid: [
    {
      text: "受託者は、顧客名簿を紛失したときは、直ちに委託者に報告する。なお、受託者が貸与物を返還する場合の費用は、受託者の負担とする。",
      why: "an adnominal condition of its own (返還する場合の費用) names no incident: the cost of a return",
    },
    {
      text: "当社は、お客様が端末のデータを消去しなかったことによる情報の流出について責任を負いません。また、付属品が同封されていた場合には、お客様の費用負担で返送します。",
      why: "the cost sentence has its own condition (付属品が同封されていた場合) and allocates the cost of a return, not of the incident named in the other sentence",
    },
    { text: "甲は、本業務の対価として委託料を乙に支払う。", why: "fees, not incident costs" },
    { text: "本契約の締結に要する費用は、各自の負担とする。", why: "no incident" },
  ],
  invalid: [
    {
      text: "乙は、委託情報の漏えいが生じたときは、直ちに甲に報告する。再発防止策の実施に追加の作業が必要となる場合には、その費用は乙が負担する。",
      why: "the cost sentence's own condition is part of the response (再発防止策): the incident's cost",
      quote: "費用は乙が負担",
    },
    {
      text: "個人データの漏えいの対応に要した費用（調査費用及び通知費用を含む。）は、漏えいの原因を作出した当事者が負担する。",
      why: "a bracketed list of cost items with its own 。 does not cut the cost sentence",
      quote: "費用（調査費用及び通知費用を含む。）は、漏えいの原因を作出した当事者が負担",
    },
    {
      text: "個人情報の漏えい等への対応に要した費用は、その原因を生じさせた当事者が負担する。",
      why: "causing party bears",
      quote: "費用は、その原因を生じさせた当事者が負担",
    },
    {
      text: "情報漏えい事故の対応費用の負担は、甲乙協議により定める。",
      why: "consultation",
      quote: "費用の負担",
    },
    {
      text: "不正アクセスによる情報流出について第三者から請求を受けたときは、乙は自己の費用と責任においてこれを解決する。",
      why: "at the actor's own expense",
      quote: "自己の費用と責任において",
    },
    {
      text: "会員情報の流出に伴う調査及び通知に要した費用は、その流出が受注者の故意又は過失によって生じたものであるときに限り、受注者の負担とする。",
      why: "a topic-marked 費用は reaches its bearer (の負担とする) across a long fault condition (blind round r)",
      quote: "費用は、その流出が受注者の故意又は過失によって生じたものであるときに限り、受注者の負担と",
    },
  ],
};
