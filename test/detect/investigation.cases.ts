import type { TopicCases } from "./case.js";

export const cases: TopicCases = {
  topic: "investigation",
  valid: [
    {
      text: "個人データの漏えいに係る対応費用は乙が負担する。ただし、原因の特定が困難な場合の負担割合は、甲乙協議の上定める。",
      why: "原因の特定 is the subject of a condition (…が困難な場合), not a duty to find the cause",
    },
    {
      text: "甲は、乙の個人情報の管理状況について、実地に調査することができる。",
      why: "an audit with no incident",
    },
    {
      text: "情報漏えい事故への対応に要した調査費用は、乙の負担とする。",
      why: "an activity named as a cost item is not a duty to do it",
    },
    {
      text: "甲及び乙は、情報流出事案の費用負担について、原因の究明結果を踏まえて協議する。",
      why: "refers to a result without requiring an investigation",
    },
  ],
  invalid: [
    {
      text: "受注者は、貸与した名簿を紛失したときは、紛失に至った経緯及び影響の範囲を調べなければならない。",
      why: "経緯 coordinated with another object of 調べる; 影響の範囲を調べる is the scope of impact",
      quote: "影響の範囲を調べ",
    },
    {
      text: [
        {
          id: "art-4-p-1",
          label: "第4条第1項",
          text: "受託者は、顧客データが外部に流出したときは、速やかに書面で委託者に報告する。",
        },
        {
          id: "art-4-p-2",
          label: "第4条第2項",
          text: "前項の書面には、流出した件数、流出の原因及び講じた対策を記載するものとする。",
        },
      ],
      why: "the items required in the written report of the previous paragraph: 原因 brings investigation",
      quote: "原因",
    },
    {
      text: "受託者は、委託情報を扱うサーバへの不正侵入を検知したときは、アクセス記録その他の証跡を消去されないよう保全しなければならない。",
      why: "evidence preserved with words between を and 保全",
      quote: "記録その他の証跡を消去されないよう保全",
    },
    {
      text: "乙は、委託情報の紛失が判明したときは、速やかにその発生の経緯を調べ、甲に報告する。",
      why: "finding out how it happened is fact finding (LABELING.md investigation)",
      quote: "発生の経緯を調べ",
    },
    {
      text: "乙は、漏えい事故の発生後、速やかに原因を究明しなければならない。",
      why: "cause analysis",
      quote: "原因を究明",
    },
    {
      text: "乙は、不正アクセスが疑われるときは、アクセスログその他の記録を保全する。",
      why: "evidence preservation",
      quote: "ログその他の記録を保全",
    },
    {
      text: "乙は、個人情報の漏えいが発生したときは、遅滞なく、その原因を甲に報告しなければならない。",
      why: "原因 as a report item brings investigation (x-03 rule)",
      quote: "原因",
    },
    {
      text: "委託者は、委託情報が漏えいしたと認めるときは、受託者の事業所に立ち入り調査することができる。",
      why: "a right to investigate governs investigation",
      quote: "立ち入り調査",
    },
    {
      text: "処理者は、データ侵害が生じたときは、直ちに管理者に知らせ、後日、原因究明の結果を管理者に提出する。",
      why: "handing over the findings (究明の結果を提出) is a follow-up report whose item is the investigation's result",
      quote: "究明の結果",
    },
    {
      text: "運営会社は、お客さまの情報が外部に漏れたときは、なぜ漏れたのかを調べ、その結果をお知らせします。",
      why: "asking why it happened (なぜ…のかを調べ) is a cause analysis (blind round r)",
      quote: "なぜ漏れたのかを調べ",
    },
    {
      text: "情報システム課は、会員情報の流出が生じたときは、流出に至った経緯を検証しなければならない。",
      why: "経緯を検証 is fact finding (blind round r variant)",
      quote: "経緯を検証",
    },
  ],
};
