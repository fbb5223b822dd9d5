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
  ],
  invalid: [
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
  ],
};
