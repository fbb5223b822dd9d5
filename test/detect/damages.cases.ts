import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "damages",
  valid: [
    {
      text: "第15条 従業員は、業務で知り得た顧客情報を私的に利用してはならない。\n【解説】\n本条に違反して顧客情報が漏えいした場合、会社は従業員に損害賠償を請求することもできます。",
      why: "the sentence after 【解説】 explains the rule: commentary obliges nothing (item 3)",
    },
    {
      text: "受託者は、委託情報の漏えいが生じたときは、直ちに委託者に報告する。\n※ 漏えいにより損害が生じたときは、受託者が賠償することになります。",
      why: "a ※ note is commentary, not a damages duty",
    },
    {
      text: "個人データを漏えいして本人に損害を与えた事業者は、その損害を賠償する責任を負うとされています。",
      why: "reports what the law says (…とされています)",
    },
    {
      text: "私は、秘密情報を漏えいした場合、損害賠償その他の法的措置を受ける可能性があることを理解しています。",
      why: "the signer acknowledges a possible consequence: no promise to pay (item 4)",
    },
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
      text: "私は、秘密保持義務に違反した場合には、懲戒処分を受けることがあることを承知します。万一会社に損害を与えたときは、その損害を賠償します。",
      why: "the promise to pay continues the breach of the information duties named in the same clause",
      quote: "賠償",
    },
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
    {
      text: "受託者は、顧客名簿の紛失によって委託者が被った損害を弁償しなければならない。",
      why: "弁償 is compensation (blind round r variant)",
      quote: "弁償",
    },
  ],
};
