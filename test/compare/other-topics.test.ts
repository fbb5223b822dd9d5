import { describe, expect, it } from "vitest";
import type { RequirementId, Status, TopicId } from "../../src/core/ids.js";
import type { ClauseSpec, ObligationSpec } from "../helpers/analyzed.js";
import { findingsOf, statusesOf } from "./run.js";

const clause = (
  topics: TopicId[],
  text: string,
  obligations: ObligationSpec[] = [],
  heading?: string,
): ClauseSpec => ({
  label: "第6条",
  text,
  topics,
  obligations,
  ...(heading ? { heading } : {}),
});

type Case = [string, ClauseSpec, Partial<Record<RequirementId, Status>>];

const cases: Case[] = [
  [
    "containment by the vendor",
    clause(["containment"], "乙は、直ちにアクセスの遮断その他被害の拡大を防止する措置を講じる。"),
    { "CTN-01": "met", "CTN-02": "missing" },
  ],
  [
    "containment bound on the client only",
    clause(["containment"], "甲は、被害の拡大を防止する措置を講じる。", [
      { topic: "containment", quote: "措置を講じる", actor: "甲" },
    ]),
    { "CTN-01": "missing" },
  ],
  [
    "a response plan prepared in advance (seed 000 #6 pattern)",
    clause(
      ["containment", "investigation", "recurrence"],
      "乙は、事故の発生に備え、証拠保全、被害拡大の防止及び再発防止の手順を定めた対応計画を策定する。",
    ),
    { "CTN-01": "met", "CTN-02": "met", "INV-03": "met", "REC-01": "met", "INV-01": "missing" },
  ],
  [
    "a procedure fixed elsewhere (x-08: heading 応急措置)",
    clause(
      ["containment"],
      "乙は、インシデントを発見したときは、別に定める対処手順に従い対応する。",
      [],
      "応急措置",
    ),
    { "CTN-01": "met", "CTN-02": "partial" },
  ],
  [
    "investigation of cause and scope",
    clause(["investigation"], "乙は、事故の原因を調査し、影響範囲を特定する。"),
    { "INV-01": "met", "INV-02": "met", "INV-03": "missing" },
  ],
  [
    "going over how it happened (経緯を検証) is fact finding (blind round r)",
    clause(["investigation"], "受託者は、流出が起きた経緯を検証し、その結果を書面にまとめる。"),
    { "INV-01": "met", "INV-02": "missing" },
  ],
  [
    "cooperation (協力)",
    clause(["cooperation"], "乙は、甲が行う事故対応に協力しなければならない。"),
    { "COO-01": "met" },
  ],
  [
    "consultation alone is not cooperation (s004 第7条第2項)",
    clause(["cooperation"], "講ずべき措置は、両者協議の上定める。"),
    { "COO-01": "missing" },
  ],
  [
    "answering for subcontractors",
    clause(["subcontractor"], "乙は、再委託先に起因する事故についても、自らの責任において対応する。"),
    { "SBC-01": "met", "SBC-02": "missing" },
  ],
  [
    "equivalent duties flowed down (s004 第6条第2項)",
    clause(["subcontractor"], "乙は、再委託先に対し、本契約に定める乙の義務と同等の義務を課す。"),
    { "SBC-01": "missing", "SBC-02": "met" },
  ],
  [
    "a manager (管理責任者) is not responsibility for subcontractors",
    clause(["subcontractor"], "乙は、再委託先の管理責任者を定める。"),
    { "SBC-01": "missing" },
  ],
  [
    "notifying individuals, as a discretion",
    clause(["subject_notice"], "甲は、本人に通知することができる。", [
      { topic: "subject_notice", quote: "通知することができる", actor: "甲", modality: "may" },
    ]),
    { "SUB-01": "partial" },
  ],
  [
    "authority report support",
    clause(["authority_report"], "乙は、個人情報保護委員会への報告について甲に協力する。"),
    { "AUT-01": "met" },
  ],
];

describe("compare: presence topics", () => {
  it.each(cases)("%s", (_n, c, expected) => {
    expect(statusesOf({ clauses: [c] }, Object.keys(expected) as RequirementId[])).toEqual(expected);
  });

  it("SBC-01 counts a general responsibility for subcontractors' acts", () => {
    const c: ClauseSpec = {
      label: "第4条",
      text: "乙は、再委託先の行為について甲に対し一切の責任を負う。",
      general: [{ kind: "subcontractor_liability" }],
    };
    expect(findingsOf({ clauses: [c] }).get("SBC-01")?.status).toBe("met");
  });
});

describe("compare: a document with no incident provision", () => {
  it("gets every requirement missing, saying why, with no evidence and a suggestion", () => {
    const plain: ClauseSpec = { label: "第2条", text: "乙は、秘密情報を第三者に開示してはならない。" };
    const found = findingsOf({ clauses: [plain], handlesInformation: false });
    expect(found.size).toBe(26);
    for (const f of found.values()) {
      expect(f.status).toBe("missing");
      expect(f.evidence).toEqual([]);
      expect(f.suggestion?.ja.length).toBeGreaterThan(10);
    }
    expect(found.get("CTN-01")?.message.ja).toContain("事故に関する条項がありません");
  });
});

describe("compare: evidence quotes", () => {
  it("never quote a bare heading line; the body sentence is the evidence", () => {
    const c: ClauseSpec = {
      label: "第9条",
      heading: "損害賠償",
      text: "第9条（損害賠償）\n乙は、漏えいにより甲に生じた損害を賠償する。",
      topics: [{ topic: "damages", cue: "損害賠償" }],
    };
    expect(findingsOf({ clauses: [c] }).get("DMG-01")?.evidence[0]?.quote).toBe(
      "乙は、漏えいにより甲に生じた損害を賠償する。",
    );
  });

  it("prefer a duty of the topic over a sentence that only mentions it (s004 第7条第1項 pattern)", () => {
    const text =
      "乙は、漏えいが生じたときは、直ちに甲に報告する。このとき、乙は、被害の拡大を防止する措置を講じる。";
    const c: ClauseSpec = {
      label: "第7条",
      text,
      topics: [{ topic: "containment", cue: "漏えいが生じた" }],
      obligations: [
        { topic: "reporting", quote: "直ちに甲に報告する", actor: "乙" },
        { topic: "containment", quote: "措置を講じる", actor: "乙" },
      ],
    };
    expect(findingsOf({ clauses: [c] }).get("CTN-01")?.evidence[0]?.quote).toBe(
      "このとき、乙は、被害の拡大を防止する措置を講じる。",
    );
  });
});

describe("compare: other sentences of a topic's clause", () => {
  it("count only through words: a sentence with no cue or duty of the topic does not meet CTN-01", () => {
    const c: ClauseSpec = {
      label: "第5条",
      text: "甲は、漏えいが生じたときは、被害の拡大を防止する措置を講じる。乙は、甲に必要な資料を提出する。",
      topics: [{ topic: "containment", cue: "被害の拡大" }],
      obligations: [{ topic: "containment", quote: "措置を講じる", actor: "甲" }],
    };
    expect(findingsOf({ clauses: [c] }).get("CTN-01")?.status).toBe("missing");
  });
});

describe("compare: internal rules that flow a duty down to vendor contracts (LABELING.md)", () => {
  it("make each listed item partial, not met", () => {
    const c: ClauseSpec = {
      label: "第50条",
      text: "保護管理者は、業務を外部に委託する場合は、契約書等に、次の各号に掲げる事項を明記する。\n一 再委託の制限\n二 契約に違反した場合における損害賠償責任",
      topics: [
        { topic: "damages", cue: "損害賠償責任" },
        { topic: "subcontractor", cue: "再委託の制限" },
      ],
    };
    const found = findingsOf({ parties: [], clauses: [c] });
    expect(found.get("DMG-01")?.status).toBe("partial");
    expect(found.get("DMG-01")?.message.ja).toContain("委託先との契約に定めるよう求める規定");
  });
});
