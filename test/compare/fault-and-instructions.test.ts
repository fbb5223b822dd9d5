import { describe, expect, it } from "vitest";
import type { ClauseSpec, ObligationSpec } from "../helpers/analyzed.js";
import { findingsOf } from "./run.js";

const report = (over: Partial<ObligationSpec> = {}): ObligationSpec => ({
  topic: "reporting",
  quote: "甲に報告",
  actor: "乙",
  ...over,
});

const duty = (text: string, ob: ObligationSpec): ClauseSpec => ({
  label: "第4条",
  text,
  topics: ["reporting"],
  obligations: [ob],
});

describe("compare: FLT-01", () => {
  it("reporting only when the vendor is at fault is a conflict", () => {
    const text = "乙の責めに帰すべき事由により情報が漏えいしたときは、乙は直ちに甲に報告する。";
    const f = findingsOf({ clauses: [duty(text, report({ fault: "fault_based" }))] }).get("FLT-01");
    expect(f?.status).toBe("conflict");
    expect(f?.evidence[0]?.quote).toBe(text);
  });

  it("silence about fault is missing, not met", () => {
    const text = "乙は、情報が漏えいしたときは、直ちに甲に報告する。";
    expect(
      findingsOf({ clauses: [duty(text, report({ fault: "unspecified" }))] }).get("FLT-01")?.status,
    ).toBe("missing");
  });

  it("a fault phrase attached by extract to another duty of the same sentence counts", () => {
    const text = "乙は、帰責の有無にかかわらず、漏えいを直ちに甲に報告し、被害の拡大を防止する措置を講じる。";
    const ob: ClauseSpec = {
      label: "第4条",
      text,
      topics: ["reporting", "containment"],
      obligations: [
        report(),
        { topic: "containment", quote: "措置を講じる", actor: "乙", fault: "regardless" },
      ],
    };
    expect(findingsOf({ clauses: [ob] }).get("FLT-01")?.status).toBe("met");
  });

  it("fault-based damages do not make the reporting duty fault-based (dev-eval s004)", () => {
    const text = "乙は、漏えいが生じたときは、直ちに甲に報告する。";
    const damages: ClauseSpec = {
      label: "第8条",
      text: "乙は、自己の責めに帰すべき事由により漏えいが生じたときは、甲の損害を賠償する。",
      topics: ["damages", "fault"],
      obligations: [{ topic: "damages", quote: "甲の損害を賠償する", actor: "乙", fault: "fault_based" }],
    };
    const found = findingsOf({ clauses: [duty(text, report()), damages] });
    expect(found.get("FLT-01")?.status).toBe("missing");
    expect(found.get("DMG-01")?.status).toBe("met");
  });
});

describe("compare: RPT-06 (instructions)", () => {
  it("甲の指示に従う in another incident clause of the document counts", () => {
    const containment: ClauseSpec = {
      label: "第5条",
      text: "乙は、漏えいが生じたときは、甲の指示に従い、被害の拡大を防止する措置を講じる。",
      topics: ["containment"],
      obligations: [{ topic: "containment", quote: "措置を講じる", actor: "乙" }],
    };
    const found = findingsOf({
      clauses: [duty("乙は、漏えいを直ちに甲に報告する。", report()), containment],
    });
    expect(found.get("RPT-06")?.status).toBe("met");
  });

  it("giving instructions (指示して) after receiving a report (報告を受けた) is not following them", () => {
    const officer: ClauseSpec = {
      label: "第3条",
      text: "責任者は、報告を受けたときは、関係部署に指示して被害の拡大を防止する措置を講じさせる。",
      topics: ["containment"],
      obligations: [{ topic: "containment", quote: "措置を講じさせる", actor: "責任者" }],
    };
    const staff = duty(
      "従業者は、漏えいを直ちに責任者に報告する。",
      report({ quote: "責任者に報告", actor: "従業者" }),
    );
    const found = findingsOf({ parties: [], clauses: [staff, officer] });
    expect(found.get("RPT-01")?.status).toBe("met");
    expect(found.get("RPT-06")?.status).toBe("missing");
  });

  it("instructions followed by the one who received the report (報告を受けた…は、) do not bind the reporter", () => {
    const text =
      "部署の長は、情報の改ざんの疑いがあるときは、2時間以内に責任者へ報告しなければならない。報告を受けた責任者は、統括責任者の指示を受けて必要な措置を講ずる。";
    const staff = duty(text, report({ quote: "責任者へ報告", actor: "部署の長" }));
    const found = findingsOf({ parties: [], clauses: [staff] });
    expect(found.get("RPT-01")?.status).toBe("met");
    expect(found.get("RPT-06")?.status).toBe("missing");
  });

  it("the reporter following the instructions of the one it reported to (報告を受けた甲の指示に従い) counts", () => {
    const text = "乙は、漏えいを直ちに甲に報告し、報告を受けた甲の指示に従い、被害の拡大を防止する。";
    expect(findingsOf({ clauses: [duty(text, report())] }).get("RPT-06")?.status).toBe("met");
  });

  it("a 項 of the reporting article that names the incident and nothing else still binds the reporter", () => {
    const first: ClauseSpec = {
      id: "art-6-p-1",
      label: "第6条第1項",
      text: "乙は、顧客データの漏えいを知ったときは、速やかに甲に報告する。",
      topics: ["reporting"],
      obligations: [report()],
    };
    const third: ClauseSpec = {
      id: "art-6-p-3",
      label: "第6条第3項",
      text: "乙は、漏えいへの対処に当たっては、甲の指示に従うものとする。",
    };
    expect(findingsOf({ clauses: [first, third] }).get("RPT-06")?.status).toBe("met");
  });

  it("an instruction in another article with no topic and no tie to the reporting duty does not count", () => {
    const other: ClauseSpec = {
      id: "art-9-p-1",
      label: "第9条第1項",
      text: "乙は、データの漏えいを防ぐため、甲の指示に従い安全管理措置を講じる。",
    };
    const found = findingsOf({ clauses: [duty("乙は、漏えいを直ちに甲に報告する。", report()), other] });
    expect(found.get("RPT-06")?.status).toBe("missing");
  });

  it("a procedure fixed in advance (別途定める手順) is not an instruction", () => {
    const text = "乙は、漏えいを発見したときは、別途定める手順に従い、直ちに甲に報告する。";
    expect(findingsOf({ clauses: [duty(text, report())] }).get("RPT-06")?.status).toBe("missing");
  });

  it("an instruction clause without any reporting duty is missing (RPT-01 missing → RPT-02…07 missing)", () => {
    const only: ClauseSpec = {
      label: "第5条",
      text: "乙は、漏えいが生じたときは、甲の指示に従い、被害の拡大を防止する措置を講じる。",
      topics: ["containment"],
      obligations: [{ topic: "containment", quote: "措置を講じる", actor: "乙" }],
    };
    const found = findingsOf({ clauses: [only] });
    expect(found.get("RPT-01")?.status).toBe("missing");
    expect(found.get("RPT-06")?.status).toBe("missing");
    expect(found.get("RPT-06")?.message.en).toContain("no duty to report");
  });
});

describe("compare: general 事故等 reporting clause (LABELING.md general provisions)", () => {
  const text =
    "乙は、本業務の遂行に関して事故等が発生したときは、帰責の有無にかかわらず、直ちに甲に報告し、甲の指示に従うものとする。";
  const general: ClauseSpec = {
    label: "第3条",
    text,
    general: [
      {
        kind: "general_incident_report",
        cue: "事故等",
        obligation: report({
          quote: "直ちに甲に報告",
          timing: { level: "immediately" },
          fault: "regardless",
        }),
      },
    ],
  };

  it("counts with its attributes in a document that handles information", () => {
    const found = findingsOf({ clauses: [general], handlesInformation: true });
    for (const id of ["RPT-01", "RPT-02", "RPT-06", "FLT-01"] as const)
      expect(found.get(id)?.status, id).toBe("met");
    expect(found.get("RPT-03")?.status).toBe("missing");
  });

  it("does not count when the document handles no information", () => {
    const found = findingsOf({ clauses: [general], handlesInformation: false });
    expect([...found.values()].every((f) => f.status === "missing")).toBe(true);
  });
});

describe("compare: an instruction duty recorded as a reporting obligation (extract's 「指示に従う」)", () => {
  it("never opens the reporting chain: RPT-02 is judged on the report itself", () => {
    const text = "乙は、漏えいが生じたときは、甲の指示に従い、直ちに甲に報告する。";
    const c: ClauseSpec = {
      label: "第4条",
      text,
      topics: ["reporting"],
      obligations: [
        report({ quote: "甲の指示に従い", action: "指示に従う", recipient: "甲" }),
        report({ quote: "直ちに甲に報告", timing: { level: "immediately" } }),
      ],
    };
    const found = findingsOf({ clauses: [c] });
    expect(found.get("RPT-02")?.status).toBe("met");
    expect(found.get("RPT-06")?.status).toBe("met");
  });
});

describe("compare: RPT-06 looks at clauses that name an incident", () => {
  it("an instruction on returning data at the end of the contract does not count (dev-eval s004 第9条)", () => {
    const ret: ClauseSpec = {
      label: "第9条",
      text: "乙は、業務が終了したときは、甲の指示に従い、預かった資料を返却し、又は消去する。",
      topics: ["containment"],
    };
    const found = findingsOf({
      clauses: [duty("乙は、漏えいが生じたときは、直ちに甲に報告する。", report()), ret],
    });
    expect(found.get("RPT-06")?.status).toBe("missing");
  });
});
