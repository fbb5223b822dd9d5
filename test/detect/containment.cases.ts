import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "containment",
  valid: [
    {
      text: "乙は、本システムに障害が発生したときは、速やかに復旧に努める。",
      why: "a system failure with no data lost (x-11 rule)",
    },
    {
      text: "乙は、個人情報の漏えいが発生したときは、遅滞なく必要な措置を講じなければならない。",
      why: "a bare 必要な措置 does not count",
    },
    {
      text: "前項の協議が困難なときは、情報漏えい事故の被害拡大防止を優先し、必要最小限の公表を行うことができる。",
      why: "a permission that names containment as a priority",
    },
    {
      text: "乙は、漏えい等の防止のため、アクセス制御その他の安全管理措置を講じる。",
      why: "prevention, not an incident",
    },
    {
      text: "乙は、個人情報の漏えい等の防止のため、安全管理に関する計画を策定し、甲に提出する。",
      why: "a plan for prevention is no response plan (no incident context)",
    },
    {
      text: "乙は、業務の実施に先立ち、作業手順書を作成し、甲の承認を得なければならない。",
      why: "a work procedure with no incident",
    },
  ],
  invalid: [
    {
      text: "受託者は、委託データの漏えいを知ったときは、被害が広がらないよう直ちに必要な措置をとる。",
      why: "被害が広がらないよう is stopping the spread in a verb phrase",
      quote: "被害が広がらないよう",
    },
    {
      text: "乙は、個人情報の漏えいを直ちに甲に報告する。報告には、次に掲げる事項を含めるものとする。\n(1) 漏えいした情報の件数\n(2) 二次被害の有無及びその防止のために講じた措置",
      why: "a report item that is a containment measure (LABELING.md), listed under 次に掲げる",
      quote: "二次被害の有無及びその防止のために講じた措置",
    },
    {
      text: "乙は、不正アクセスを検知したときは、直ちに当該サーバをネットワークから切り離さなければならない。",
      why: "isolation",
      quote: "切り離",
    },
    {
      text: "乙は、本システムの障害により甲のデータが消失したときは、その復旧に努めるものとする。",
      why: "a failure tied to data loss (x-12)",
      quote: "復旧",
    },
    {
      text: "受注者は、個人情報の漏えい事故に備え、緊急時対応計画を定めなければならない。",
      why: "a response plan prepared in advance",
      quote: "緊急時対応計画",
    },
    {
      text: [
        {
          heading: "応急措置",
          text: "乙は、情報セキュリティインシデントを発見したときは、別に定める手順に従い対応しなければならない。",
        },
      ],
      why: "the heading is part of the text (x-08)",
      quote: "応急措置",
    },
    {
      text: "受託者は、委託情報の漏えい等が生じた場合に備えて、対処の手順、責任者及び連絡先を記載した計画書を作成し、これを委託者に届け出るものとする。",
      why: "a plan prepared for an incident (…に備えて) whatever its nouns (LABELING.md response plan)",
      quote: "計画書を作成",
    },
    {
      text: "受注者は、個人情報の漏えい事故に対処するための手順書を策定し、従事者に周知しなければならない。",
      why: "a procedure for dealing with incidents (対処するための手順書)",
      quote: "対処するための手順書を策定",
    },
    {
      text: "乙は、不正アクセス等の事案が発生した場合の対応方針、初動手順及び連絡網をあらかじめ整備しておく。",
      why: "the policy and first steps for the time of an incident",
      quote: "初動手順及び連絡網をあらかじめ整備",
    },
    {
      text: "乙は、情報セキュリティ事故の発生に備え、あらかじめ、緊急時の連絡体制及び初動対応の手順を定めた計画を作成し、甲に提出しなければならない。",
      why: "the plan itself is containment; submitting it is no incident report (r01)",
      quote: "連絡体制及び初動対応の手順を定め",
    },
  ],
};
