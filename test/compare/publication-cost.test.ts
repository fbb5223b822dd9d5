import { describe, expect, it } from "vitest";
import type { RequirementId, Status } from "../../src/core/ids.js";
import type { ClauseSpec, ObligationSpec } from "../helpers/analyzed.js";
import { findingsOf, statusesOf } from "./run.js";

const pub = (text: string, obligations: ObligationSpec[] = []): ClauseSpec => ({
  label: "第9条",
  heading: "公表",
  text,
  topics: [{ topic: "publication", cue: text.includes("公表") ? "公表" : text }],
  obligations,
});

describe("compare: publication (PUB-01…03)", () => {
  const cases: Array<[string, ClauseSpec, Status, Status]> = [
    ["consultation before publication", pub("事故の公表は、甲乙協議のうえ行う。"), "met", "met"],
    [
      "the client may publish (seed 000 #7 第3項 pattern)",
      pub("甲は、必要に応じて事故に関する情報を公表することができる。", [
        { topic: "publication", quote: "公表することができる", actor: "甲", modality: "may" },
      ]),
      "met",
      "met",
    ],
    [
      "the vendor may publish alone",
      pub("乙は、自らの判断により事故の事実を公表することができる。", [
        { topic: "publication", quote: "公表することができる", actor: "乙", modality: "may" },
      ]),
      "met",
      "conflict",
    ],
    [
      "either party may publish alone",
      pub("甲又は乙は、事故の事実を公表することができる。", [
        { topic: "publication", quote: "公表することができる", actor: "甲又は乙", modality: "may" },
      ]),
      "met",
      "conflict",
    ],
    [
      "publication without a subject",
      pub("緊急時には必要最小限の公表を行うことができる。", [
        { topic: "publication", quote: "公表を行うことができる", modality: "may" },
      ]),
      "met",
      "partial",
    ],
    [
      "publication mentioned, no decision rule",
      pub("事故に関する公表の方法は別紙による。"),
      "met",
      "missing",
    ],
    ["a vendor forbidden to publish", pub("乙は、事故の事実を公表してはならない。"), "met", "met"],
  ];
  it.each(cases)("%s", (_n, clause, pub01, pub02) => {
    expect(statusesOf({ clauses: [clause] }, ["PUB-01", "PUB-02"])).toEqual({
      "PUB-01": pub01,
      "PUB-02": pub02,
    });
  });

  it("PUB-03: no disclosure of incident information to third parties without consent", () => {
    const text = "甲及び乙は、事故に関する情報を、相手方の事前の承諾なく第三者に開示してはならない。";
    const clause: ClauseSpec = { label: "第7条", text, topics: ["publication"] };
    expect(statusesOf({ clauses: [clause] }, ["PUB-01", "PUB-02", "PUB-03"])).toEqual({
      "PUB-01": "met",
      "PUB-02": "missing",
      "PUB-03": "met",
    });
  });
});

const cost = (text: string, obligations: ObligationSpec[] = []): ClauseSpec => ({
  label: "第10条",
  heading: "費用負担",
  text,
  topics: ["cost"],
  obligations,
});
const COST: RequirementId[] = ["CST-01", "CST-02", "CST-03"];

describe("compare: cost (CST-01…03)", () => {
  const cases: Array<[string, ClauseSpec, Status, Status, Status]> = [
    [
      "the causing party pays",
      cost("事故対応の費用は、事故の原因を生じさせた当事者が負担する。"),
      "met",
      "met",
      "missing",
    ],
    ["the vendor pays", cost("事故対応に要した費用は、乙の負担とする。"), "met", "met", "missing"],
    [
      "the client pays, no carve-out",
      cost("事故対応に要した費用は、甲の負担とする。"),
      "met",
      "conflict",
      "missing",
    ],
    [
      "the client pays even for a vendor-caused leak",
      cost("乙の従業員の過失による漏えいであっても、対応費用は甲が負担する。"),
      "met",
      "conflict",
      "missing",
    ],
    [
      "the client pays except when the vendor is at fault",
      cost("事故対応の費用は甲の負担とする。ただし、乙の責めに帰すべき事由による場合はこの限りでない。"),
      "met",
      "met",
      "missing",
    ],
    [
      "extract says the client (actor) bears it",
      cost("甲は、事故の対応費用を支払う。", [
        { topic: "cost", quote: "支払う", actor: "甲", costBearer: "actor" },
      ]),
      "met",
      "conflict",
      "missing",
    ],
    [
      "cost left to consultation",
      cost("事故対応の費用の負担は、甲乙協議の上定める。", [
        { topic: "cost", quote: "協議の上定める", actor: "mutual", costBearer: "consultation" },
      ]),
      "partial",
      "partial",
      "met",
    ],
    [
      "consultation about the cause only (CST-03 partial)",
      cost("事故対応の費用は原因を生じさせた当事者が負担する。原因について争いがあるときは協議する。"),
      "met",
      "met",
      "partial",
    ],
  ];
  it.each(cases)("%s", (_n, clause, c1, c2, c3) => {
    expect(statusesOf({ clauses: [clause] }, COST)).toEqual({ "CST-01": c1, "CST-02": c2, "CST-03": c3 });
  });

  it("a cost sentence that is not about the incident or its response is no CST-02 conflict", () => {
    const clause: ClauseSpec = {
      label: "第4条第3項",
      text: "初期化をしなかったことによるデータの漏えいについて当社は責任を負いません。また、当社はお客様の費用負担で端末を返送できます。",
      topics: [{ topic: "cost", cue: "費用負担" }],
    };
    expect(findingsOf({ parties: [], clauses: [clause] }).get("CST-02")?.status).toBe("missing");
  });

  it("「損害及び費用を補償」 (general) meets CST-01 and CST-02", () => {
    const clause: ClauseSpec = {
      label: "第12条",
      text: "乙は、本契約に違反して甲に生じた損害及び費用を補償する。",
      general: [{ kind: "general_cost_compensation", cue: "損害及び費用を補償" }],
    };
    expect(statusesOf({ clauses: [clause] }, COST)).toEqual({
      "CST-01": "met",
      "CST-02": "met",
      "CST-03": "missing",
    });
    expect(findingsOf({ clauses: [clause] }).get("CST-01")?.message.ja).toContain("一般条項");
  });
});
