// General provisions quote the sentence that carries them, and a discloser's own statement (a user's
// indemnity of the provider) is no provision on the handler; a cost sentence counts for CST-01 only
// when it is about the incident (real-files mct-used-device-terms 別紙1第4条第3項 pattern).
import { describe, expect, it } from "vitest";
import type { Party } from "../../src/core/types.js";
import type { ClauseSpec } from "../helpers/analyzed.js";
import { findingsOf, statusesOf } from "./run.js";

const TERMS: readonly Party[] = [
  { alias: "当社", role: "handler" },
  { alias: "ユーザー", role: "discloser" },
];
const INCIDENT: ClauseSpec = {
  label: "第7条",
  text: "当社は、利用者データの漏えいが生じたときは、遅滞なくユーザーに通知します。",
  topics: ["reporting"],
};

describe("compare: general provisions", () => {
  it("quote the sentence of 損害及び費用を補償, not the acknowledgement before it (supota pledge pattern)", () => {
    const text =
      "私は、本誓約に違反した場合には、法的責任を問われる場合もあることを理解しています。万一貴社に損害を与えた場合には、一切の損害及び費用を補償します。";
    const c: ClauseSpec = { label: "第6項", text, general: [{ kind: "general_cost_compensation" }] };
    const parties: readonly Party[] = [
      { alias: "私", role: "handler" },
      { alias: "貴社", role: "discloser" },
    ];
    const f = findingsOf({ parties, clauses: [c] }).get("CST-02");
    expect(f?.status).toBe("met");
    expect(f?.evidence.map((e) => e.quote)).toEqual([
      "万一貴社に損害を与えた場合には、一切の損害及び費用を補償します。",
    ]);
  });

  it("ignore a user's indemnity of the provider (no disclaimer, no damages, no cost rule of the provider)", () => {
    const c: ClauseSpec = {
      label: "第11条第2項",
      text: "ユーザーは、自らの規約違反により第三者から当社になされた請求について、当社を免責し、当社に生じた損害及び費用を補償するものとします。",
      general: [
        { kind: "liability_disclaimer" },
        { kind: "general_damages" },
        { kind: "general_cost_compensation" },
      ],
    };
    expect(statusesOf({ parties: TERMS, clauses: [INCIDENT, c] }, ["DMG-01", "CST-01", "CST-02"])).toEqual({
      "DMG-01": "missing",
      "CST-01": "missing",
      "CST-02": "missing",
    });
  });

  it("need disclaimer words in the body: a warranty disclaimer headed 保証および免責 is no DMG-01 conflict", () => {
    const c: ClauseSpec = {
      label: "第10段落",
      heading: "保証および免責",
      text: "保証および免責\n当社は、本サービスについて具体的な保証を行いません。法律で許される範囲で、当社はすべての保証を排除します。",
      general: [{ kind: "liability_disclaimer", cue: "免責" }],
    };
    expect(statusesOf({ parties: TERMS, clauses: [INCIDENT, c] }, ["DMG-01"])).toEqual({
      "DMG-01": "missing",
    });
  });

  it("keep the provider's own disclaimer after a user clause in the same sentence", () => {
    const c: ClauseSpec = {
      label: "第12条",
      text: "ユーザーは、自己の責任で本サービスを利用するものとし、当社は、ユーザーに生じた損害について一切の責任を負いません。",
      general: [{ kind: "liability_disclaimer" }],
    };
    expect(statusesOf({ parties: TERMS, clauses: [INCIDENT, c] }, ["DMG-01"])).toEqual({
      "DMG-01": "conflict",
    });
  });

  it("count the client's claim against the vendor as the vendor's liability", () => {
    const c: ClauseSpec = {
      label: "第14条",
      text: "甲は、乙が本契約に違反したときは、乙に対し損害賠償を請求することができる。",
      general: [{ kind: "general_damages" }],
    };
    const incident: ClauseSpec = {
      label: "第5条",
      text: "乙は、漏えいが生じたときは、甲に報告する。",
      topics: ["reporting"],
    };
    expect(statusesOf({ clauses: [incident, c] }, ["DMG-01"])).toEqual({ "DMG-01": "met" });
  });
});

describe("compare: CST-01 needs the cost of the incident or its response", () => {
  it("a return-shipping cost in a clause that mentions a leak is no incident cost", () => {
    const c: ClauseSpec = {
      label: "別紙1第4条第3項",
      text: "データ漏洩その他お客様が被った不利益について当社は一切その責任を負わないものとします。また、条件に合わない端末はお客様の費用負担にて返却します。",
      topics: [{ topic: "cost", cue: "費用負担" }],
    };
    expect(statusesOf({ parties: TERMS, clauses: [c] }, ["CST-01"])).toEqual({ "CST-01": "missing" });
  });

  it("the cost of responding to the incident is allocated", () => {
    const c: ClauseSpec = {
      label: "第10条",
      text: "事故への対応に要した費用は、乙の負担とする。",
      topics: ["cost"],
    };
    expect(statusesOf({ clauses: [c] }, ["CST-01"])).toEqual({ "CST-01": "met" });
  });
});
