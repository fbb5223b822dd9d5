import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "subject_notice",
  valid: [
    { text: "当社は、本人から求めがあったときは、保有個人データの利用目的を通知する。", why: "no incident" },
    {
      text: "乙の責めに帰すべき事由による漏えいの場合、本人への通知に要する費用は乙の負担とする。",
      why: "a cost item is not a duty to notify",
    },
  ],
  invalid: [
    {
      text: "当社は、個人データの漏えいが発生したときは、速やかに本人に通知します。",
      why: "notice to individuals",
      quote: "本人に通知",
    },
    {
      text: "加盟店は、カード情報の漏えいが確認されたときは、影響を受ける会員に対してその旨を通知する。",
      why: "affected members (seed 000 #3 style)",
      quote: "影響を受ける会員に対してその旨を通知",
    },
    {
      text: "当社は、個人データの漏えい等が生じたときは、本人が容易に知り得る状態に置くものとします。",
      why: "making the facts available",
      quote: "本人が容易に知り得る状態",
    },
  ],
};
