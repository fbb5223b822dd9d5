import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "authority_report",
  valid: [
    {
      text: "情報漏えい事案について監督官庁等から連絡を受けたときは、総務部が対応する。",
      why: "a report that comes from the authority is received, not made",
    },
    {
      text: "甲及び乙は、法令に基づき行政機関から開示を求められた場合は、秘密情報を開示できる。",
      why: "disclosure on an authority's request, no incident report",
    },
    {
      text: "乙は、個人情報の漏えいを知ったときは、直ちに甲に報告する。",
      why: "a report to the counterparty is reporting, not authority_report",
    },
  ],
  invalid: [
    {
      text: "乙は、個人データの漏えいのおそれがあるときは、個人情報保護委員会への報告について甲に協力する。",
      why: "supporting a report to the commission (x-07)",
      quote: "個人情報保護委員会への報告",
    },
    {
      text: "乙は、記録媒体の盗難にあったときは、所轄の警察署に届け出なければならない。",
      why: "police",
      quote: "警察署に届け出",
    },
  ],
};
