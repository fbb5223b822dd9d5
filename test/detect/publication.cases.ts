import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "publication",
  valid: [
    {
      text: "当社は、情報の流出に関する相談に応じる連絡先を定め、当該連絡先を会員向けページで公開する。",
      why: "当該 points back to the contact the sentence set up: a contact is published, not the incident",
    },
    {
      text: "情報漏えい等の事故に備え、統括責任者は、外部からの通報を受け付ける窓口を設け、その連絡方法をホームページで公開する。",
      why: "what is published is a contact (窓口の連絡方法), not the incident",
    },
    {
      text: "受領者は、秘密情報が権限のない第三者に開示された事実を知ったときは、24時間以内に開示者に書面で通知する。",
      why: "the disclosure is the incident itself, not a rule on disclosing incident information",
    },
    {
      text: "私は、貴社の秘密情報を第三者に開示、漏洩または業務目的以外で使用しないことを誓約します。",
      why: "漏洩 is one verb of a coordinated prohibition, not an incident",
    },
    { text: "乙は、甲の秘密情報を甲の承諾なく第三者に開示してはならない。", why: "plain confidentiality" },
    {
      text: "当社は、設備の障害が生じたときは、その状況を当社ウェブサイトに掲載します。",
      why: "a system failure with no information incident",
    },
    {
      text: "甲は、本契約の締結の事実を公表することができる。",
      why: "publication of something other than an incident",
    },
  ],
  invalid: [
    {
      text: "乙は、顧客情報の流出が生じたときは、甲の了承を得て、流出の概要及び問合せ窓口を公表する。",
      why: "a contact published together with the incident: the stretch before 公表 names the incident",
      quote: "公表",
    },
    {
      text: "個人情報の漏えいに関する公表は、甲乙協議の上で行う。",
      why: "publication by consultation",
      quote: "公表",
    },
    {
      text: "受託者は、自らの判断で、委託情報の流出の事実を報道機関に発表することができる。",
      why: "a vendor publishing alone still governs publication",
      quote: "報道機関",
    },
    {
      text: "甲及び乙は、漏えい事故に関して知り得た事実を、相手方の承諾なく第三者に開示しない。",
      why: "disclosure of incident information to third parties",
      quote: "第三者に開示",
    },
    {
      text: "当社は、ユーザーデータの漏えいが生じた場合、当社ウェブサイトへの掲載により事実を公表します。",
      why: "website posting",
      quote: "ウェブサイトへの掲載",
    },
  ],
};
