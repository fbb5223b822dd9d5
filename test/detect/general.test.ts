// General provisions (LABELING.md): no topic alone, evidence at document level.
import { describe, expect, it } from "vitest";
import { analyzeClauses } from "../../src/analyze-clauses.js";
import { makeClauseDocument, makeDocument } from "../helpers/clauses.js";

async function analyzed(text: string) {
  const [ac] = (await analyzeClauses(makeClauseDocument(text))).clauses;
  if (!ac) throw new Error("no clause");
  return ac;
}

describe("general provisions", () => {
  it("a general damages clause with a cap: no topic, general_damages + liability_cap", async () => {
    const ac = await analyzed(
      "甲又は乙は、本契約に違反して相手方に損害を与えたときは、その損害を賠償する。ただし、賠償額は委託料の総額を上限とする。",
    );
    expect(ac.topics).toEqual([]);
    expect(ac.general.map((g) => g.kind).sort()).toEqual(["general_damages", "liability_cap"]);
    expect(ac.general.find((g) => g.kind === "general_damages")?.obligation?.action).toBe("賠償する");
  });

  it("a sole or exclusive remedy is a cap on the liability: liability_cap", async () => {
    const ac = await analyzed(
      "返金は、本サービスに関する当社の責任についてのお客様の唯一かつ排他的な救済とします。",
    );
    expect(ac.topics).toEqual([]);
    expect(ac.general.map((g) => g.kind)).toEqual(["liability_cap"]);
  });

  it("a cap on damages for defects in the deliverables (瑕疵) is no general provision", async () => {
    const ac = await analyzed(
      "受注者の責めに帰すべき瑕疵により発注者に損害が生じたときは、当該成果物の代金の額を限度として賠償する。",
    );
    expect(ac.general).toEqual([]);
  });

  it("damages claimed after the contract is terminated: general_damages", async () => {
    const ac = await analyzed(
      "前条により本契約が解除されたときは、解除した当事者は、相手方に対し損害の賠償を請求することができる。",
    );
    expect(ac.general.map((g) => g.kind)).toEqual(["general_damages"]);
  });

  it("a blanket disclaimer without incident words: liability_disclaimer", async () => {
    const ac = await analyzed(
      "当社は、本サービスに関してユーザーに生じた損害について、一切の責任を負いません。",
    );
    expect(ac.topics).toEqual([]);
    expect(ac.general.map((g) => g.kind)).toEqual(["liability_disclaimer"]);
  });

  it("a general 事故等 reporting clause carries its duty (timing, fault)", async () => {
    const ac = await analyzed(
      "乙は、本業務の遂行に関して事故等が発生したときは、帰責の有無にかかわらず、直ちに甲に報告し、甲の指示に従うものとする。",
    );
    expect(ac.topics).toEqual([]);
    const hit = ac.general.find((g) => g.kind === "general_incident_report");
    expect(hit?.obligation).toMatchObject({
      topic: "reporting",
      timing: { level: "immediately" },
      fault: "regardless",
      recipient: "甲",
    });
  });

  it("a physical accident clause is not a general incident report", async () => {
    const ac = await analyzed(
      "事業者は、介護サービスの提供中に事故が発生したときは、速やかに家族に連絡する。",
    );
    expect(ac.general).toEqual([]);
  });

  it("responsibility for subcontractors' acts and 損害及び費用を補償", async () => {
    const sub = await analyzed("乙は、再委託先の行為について、甲に対し一切の責任を負う。");
    expect(sub.general.map((g) => g.kind)).toContain("subcontractor_liability");
    const cost = await analyzed("乙は、本契約に違反したときは、甲に生じた損害及び費用を補償する。");
    expect(cost.general.map((g) => g.kind)).toContain("general_cost_compensation");
  });

  it("handlesInformation: a document that entrusts information", async () => {
    const yes = await analyzeClauses(makeDocument(["乙は、甲の顧客データを入力する業務を行う。"]));
    const no = await analyzeClauses(makeDocument(["乙は、甲の事務所を清掃する業務を行う。"]));
    expect(yes.handlesInformation).toBe(true);
    expect(no.handlesInformation).toBe(false);
  });
});
