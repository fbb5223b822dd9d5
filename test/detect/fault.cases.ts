import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "fault",
  valid: [
    {
      text: "事業者は、サービスの提供により利用者の身体に損害を与えたときは賠償する。ただし、事業者の故意又は過失によらないときは、この限りでない。",
      why: "fault words in a physical-accident clause (seed 000 #9 rule)",
    },
    {
      text: "甲及び乙は、相手方の責めに帰すべき事由により損害を被ったときは、その賠償を請求できる。",
      why: "no information incident named",
    },
    {
      text: "甲は、帰責の有無にかかわらず、本契約を解除することができる。",
      why: "fault words without an incident duty",
    },
  ],
  invalid: [
    {
      text: "受注者は、預かった顧客データの流出を知ったときは、帰責事由の存否にかかわらず、直ちに発注者へ連絡する。",
      why: "存否 (whether it exists) is 有無 in other words: regardless",
      quote: "帰責事由の存否にかかわらず",
    },
    {
      text: "受託者は、委託情報の流出が判明したときは、その原因が受託者の責めに帰すべきものであると否とを問わず、直ちに委託者に連絡する。",
      why: "…と否とを問わず around the cause is regardless",
      quote: "原因が受託者の責めに帰すべきものであると否とを問わず",
    },
    {
      text: "乙は、個人情報の漏えいに係る対応費用を、乙の責めに帰する事由の有無を問わず負担する。",
      why: "帰する事由の有無 (without べき) is regardless too",
      quote: "責めに帰する事由の有無を問わず",
    },
    {
      text: "乙は、個人情報の漏えいが生じたときは、帰責の有無にかかわらず、直ちに甲に報告しなければならない。",
      why: "regardless of fault",
      quote: "帰責の有無にかかわらず",
    },
    {
      text: "受託者は、発生原因の如何を問わず、委託情報の紛失を委託者に通知する。",
      why: "発生原因の如何を問わず is regardless (LABELING.md)",
      quote: "発生原因の如何を問わず",
    },
    {
      text: "乙は、自己の責めに帰すべき事由により甲の秘密情報を漏えいしたときは、甲の損害を賠償する。",
      why: "fault-based damages",
      quote: "責めに帰すべき事由により",
    },
    {
      text: "当社は、故意又は重大な過失による場合を除き、ユーザーデータの消失について責任を負いません。",
      why: "a carve-out keeping gross negligence is a fault condition",
      quote: "故意又は重大な過失による",
    },
  ],
};
