import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "reporting",
  valid: [
    {
      text: "受託者は、個人情報の漏えいの報告について、委託者の求めに応じ、必要な協力を行う。",
      why: "the report is what the requested cooperation is about: its verb is 応じる (on request, LABELING.md)",
    },
    {
      text: [
        {
          id: "art-6",
          label: "第6条",
          text: "当社は、お客様のデータの漏えいを確認したときは、その原因を調査します。",
        },
        {
          id: "art-7",
          label: "第7条",
          text: "お客様は、前条により通知された内容を確認し、当社所定の方法で回答するものとします。",
        },
      ],
      why: "前条により (not 前条の事故) does not continue the incident, and 通知された is received, not given",
    },
    {
      text: "事業者は、利用者が転倒して負傷したときは、直ちに家族に連絡し、市に報告する。",
      why: "a physical accident, not an information incident",
    },
    {
      text: "甲は、個人情報の漏えいが生じたと認めるときは、乙に対し、その状況の報告を求めることができる。",
      why: "a report the counterparty may request is not reporting (x-06 rule)",
    },
    {
      text: "乙は、毎月末日までに、個人情報の取扱状況を甲に報告するものとする。",
      why: "a periodic report with no incident",
    },
    {
      text: "受託者は、委託情報の漏えいに備え、委託者への連絡を含む対応手順を定めなければならない。",
      why: "planning to contact is not a duty to report (seed 000 #6 rule)",
    },
    {
      text: "受託者は、情報セキュリティインシデントが発生した場合の連絡先を、あらかじめ委託者に届け出る。",
      why: "it reports a contact, not an incident",
    },
    {
      text: "受託者は、委託情報の漏えいがあったときは、委託者の求めに応じ、その状況を報告しなければならない。",
      why: "a report on request is not on the handler's own initiative",
    },
    {
      text: "乙が甲に個人情報の漏えいを報告した場合には、甲はその内容を確認する。",
      why: "a report in a condition states no duty",
    },
  ],
  invalid: [
    {
      text: "※ 受託者は、委託情報の漏えいが発生したときは、直ちに委託者に報告しなければならない。",
      why: "a ※ line written as a duty is a duty (a form's note mark), not commentary",
      quote: "報告",
    },
    {
      text: "受領者は、秘密情報が権限のない第三者に開示された事実を知ったときは、24時間以内に開示者に書面で通知する。",
      why: "disclosure to an unauthorised third party is a leak",
      quote: "通知",
    },
    {
      text: "乙は、顧客データの漏えいを知ったときは、直ちに甲に報告しなければならない。",
      why: "plain duty (である style)",
      quote: "報告",
    },
    {
      text: "当社は、お預かりした個人情報が流出したことを確認したときは、速やかにお客様に通知します。",
      why: "terms-of-service style (ます)",
      quote: "通知",
    },
    {
      text: "従業員は、業務用パソコンを紛失したときは、直ちに情報システム部に連絡しなければならない。",
      why: "internal rule: a designated department is the counterparty",
      quote: "連絡",
    },
    {
      text: "乙は、委託情報の漏えい等が生じたときは、次の事項を記載した書面を甲に提出しなければならない。",
      why: "submitting a written report",
      quote: "書面を甲に提出",
    },
    {
      text: [
        {
          id: "art-5-p-1",
          label: "第5条第1項",
          heading: "事故時の対応",
          text: "乙は、委託情報の漏えい等が発生したときは、直ちに甲に報告する。",
        },
        {
          id: "art-5-p-2",
          label: "第5条第2項",
          heading: "事故時の対応",
          text: "乙は、前項の報告の後、三日以内に報告書を甲に提出する。",
        },
      ],
      why: "項2 refers back (前項) and inherits the incident context",
      quote: "報告書を甲に提出",
    },
    {
      text: "処理者は、個人データ侵害に気付いたときは、不当に遅れることなく、その旨を管理者に知らせるものとする。",
      why: "a translated DPA's 個人データ侵害 (personal data breach) is an information incident",
      quote: "知らせ",
    },
    {
      text: "受託者は、受託データへの不正アクセスを知ったときは、直ちに電話で委託者に速報しなければならない。",
      why: "速報 (a quick first report) is a report verb (blind round r)",
      quote: "速報",
    },
  ],
};
