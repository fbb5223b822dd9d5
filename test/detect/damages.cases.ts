import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "damages",
  valid: [
    {
      text: "甲又は乙は、本契約に違反して相手方に損害を与えたときは、その損害を賠償する。",
      why: "a general damages clause names no information (x-01): general provision only",
    },
    {
      text: "事業者は、介護サービスの提供中に利用者の財産に損害を与えたときは、賠償する。",
      why: "physical/property damage",
    },
    {
      text: "当社は、本サービスの利用に関してお客様に生じた損害について、一切責任を負いません。",
      why: "a blanket disclaimer without incident words: general provision only",
    },
  ],
  invalid: [
    {
      text: "乙は、委託情報の漏えいにより甲に生じた損害を賠償しなければならない。",
      why: "compensation",
      quote: "賠償",
    },
    {
      text: "当社は、不正アクセスにより登録データが流出した場合であっても、一切責任を負わないものとします。",
      why: "an incident disclaimer (x-02)",
      quote: "一切責任を負わない",
    },
    {
      text: "乙は、個人情報の取扱いに関する本条の義務に違反したときは、甲に生じた損害を賠償する。",
      why: "breach of the information-handling duties",
      quote: "賠償",
    },
    {
      text: "当社がユーザーデータの漏えいについて賠償責任を負う場合、その額は利用料金の総額を上限とします。",
      why: "a cap for incident damages",
      quote: "賠償",
    },
  ],
};
