// RPT-01 limited to personal information (LABELING.md "partial"), SBC-02 from any sentence naming a
// subcontractor (a provider's 委託先 in terms of service), and RPT-02 judged on the general duty when a
// faster timing covers only lost devices (LABELING.md RPT-02).
import { describe, expect, it } from "vitest";
import type { Party } from "../../src/core/types.js";
import type { ClauseSpec } from "../helpers/analyzed.js";
import { findingsOf, statusesOf } from "./run.js";

const report = (label: string, text: string, quote: string, timing?: "immediately" | "promptly") => ({
  label,
  text,
  topics: ["reporting" as const],
  obligations: [
    {
      topic: "reporting" as const,
      quote,
      actor: "乙",
      ...(timing ? { timing: { level: timing } } : {}),
    },
  ],
});

const SECRETS: ClauseSpec = {
  label: "第6条",
  text: "乙は、甲から開示された技術上又は営業上の情報（以下「秘密情報」という。）を第三者に開示してはならない。",
};

describe("compare: RPT-01 limited to personal information", () => {
  const personal = report(
    "第7条",
    "乙は、個人情報の漏えいが生じたときは、直ちに甲に報告する。",
    "直ちに甲に報告する",
    "immediately",
  );

  it("is partial when the document also covers other confidential information, and shows why", () => {
    const f = findingsOf({ clauses: [SECRETS, personal] }).get("RPT-01");
    expect(f?.status).toBe("partial");
    expect(f?.message.ja).toContain("個人情報に限られ");
    expect(f?.evidence.map((e) => e.provisionId)).toEqual(["c-2", "c-1"]);
  });

  it("is met when the document covers no other secrets", () => {
    expect(statusesOf({ clauses: [personal] }, ["RPT-01"])).toEqual({ "RPT-01": "met" });
  });

  it("is met when the duty also names the broader information", () => {
    const both = report(
      "第7条",
      "乙は、個人情報又は秘密情報の漏えいが生じたときは、直ちに甲に報告する。",
      "直ちに甲に報告する",
    );
    expect(statusesOf({ clauses: [SECRETS, both] }, ["RPT-01"])).toEqual({ "RPT-01": "met" });
  });

  it("reads 「機密情報のうち個人データ」 as personal data only, and a follow-up 「前項の場合」 as neutral", () => {
    const subset = report(
      "第3条",
      "乙は、機密情報のうち個人データの漏えいが生じたときは、速やかに甲に通知する。",
      "速やかに甲に通知する",
    );
    const follow = report(
      "第4条",
      "乙は、前項の場合、原因を調査し、その結果を甲に報告する。",
      "甲に報告する",
    );
    expect(statusesOf({ clauses: [SECRETS, subset, follow] }, ["RPT-01"])).toEqual({ "RPT-01": "partial" });
  });

  it("is met when another duty covers lost devices, whatever information they hold", () => {
    const device = report(
      "第5条",
      "乙は、業務用のパソコンを紛失したときは、直ちに情報漏えいの防止の対策を行うとともに、甲に報告する。",
      "甲に報告する",
    );
    expect(statusesOf({ clauses: [SECRETS, device, personal] }, ["RPT-01"])).toEqual({ "RPT-01": "met" });
  });

  it("is met when another sentence extends the duty to the secrets (準用)", () => {
    const extend: ClauseSpec = { label: "第8条", text: "前条の規定は、秘密情報の漏えいについて準用する。" };
    expect(statusesOf({ clauses: [SECRETS, personal, extend] }, ["RPT-01"])).toEqual({ "RPT-01": "met" });
  });

  it("leaves the reporting attributes to their own rules (RPT-02 stays met)", () => {
    expect(statusesOf({ clauses: [SECRETS, personal] }, ["RPT-02"])).toEqual({ "RPT-02": "met" });
  });
});

const TERMS: readonly Party[] = [
  { alias: "当社", role: "handler" },
  { alias: "ユーザー", role: "discloser" },
];
const INCIDENT = report(
  "第9条",
  "当社は、登録データの漏えいが生じたときは、速やかにユーザーに通知します。",
  "速やかにユーザーに通知します",
);

describe("compare: SBC-02 from a sentence anywhere that names a subcontractor", () => {
  const outsourcing: ClauseSpec = {
    label: "第4条",
    text: "当社は、本サービスの運営の一部を第三者に委託することがあります。この場合、当社は、委託先に対し、本規約に定める当社の義務と同等の義務を課すものとします。",
  };

  it("meets SBC-02 though detect gave the clause no topic, quoting the flow-down sentence", () => {
    const f = findingsOf({ parties: TERMS, clauses: [outsourcing, INCIDENT] }).get("SBC-02");
    expect(f?.status).toBe("met");
    expect(f?.evidence[0]?.quote).toBe(
      "この場合、当社は、委託先に対し、本規約に定める当社の義務と同等の義務を課すものとします。",
    );
  });

  it("does not count 委託先 when it is a party of the document (委託元/委託先 contracts)", () => {
    const parties: readonly Party[] = [
      { alias: "委託元", role: "discloser" },
      { alias: "委託先", role: "handler" },
    ];
    const c: ClauseSpec = { label: "第2条", text: "委託元は、委託先に対し、本契約と同等の義務を課す。" };
    expect(statusesOf({ parties, clauses: [c, INCIDENT] }, ["SBC-02"])).toEqual({ "SBC-02": "missing" });
  });

  it("does not count the user's own subcontractors", () => {
    const c: ClauseSpec = {
      label: "第4条",
      text: "ユーザーは、自らの委託先に本規約と同等の義務を課すものとします。",
    };
    expect(statusesOf({ parties: TERMS, clauses: [c, INCIDENT] }, ["SBC-02"])).toEqual({
      "SBC-02": "missing",
    });
  });

  it("reads a re-delegation written as 業務の一部を第三者に行わせる (the third party is the subcontractor)", () => {
    const c: ClauseSpec = {
      label: "第3項",
      text: "当社は、作業の一部を第三者に行わせる場合には、その者に本規約と同程度の管理上の義務を負わせます。",
    };
    expect(statusesOf({ parties: TERMS, clauses: [c, INCIDENT] }, ["SBC-02"])).toEqual({ "SBC-02": "met" });
  });

  it("needs a document that handles information", () => {
    expect(
      statusesOf({ parties: TERMS, clauses: [outsourcing], handlesInformation: false }, ["SBC-02"]),
    ).toEqual({ "SBC-02": "missing" });
  });
});

describe("compare: RPT-02 on the duty that covers incidents in general", () => {
  const device = report(
    "第2条",
    "乙は、業務用のパソコン又は記録媒体を紛失したときは、直ちに甲に報告する。",
    "直ちに甲に報告する",
    "immediately",
  );
  const leak = report(
    "第3条",
    "乙は、情報の漏えいが生じたときは、速やかに甲に報告する。",
    "速やかに甲に報告する",
    "promptly",
  );

  it("is partial when only lost devices are reported immediately, citing both duties", () => {
    const f = findingsOf({ clauses: [device, leak] }).get("RPT-02");
    expect(f?.status).toBe("partial");
    expect(f?.evidence.map((e) => e.provisionId)).toEqual(["c-2", "c-1"]);
    expect(f?.message.ja).toContain("一部の場合");
  });

  it("is met when the general duty is immediate, whatever the device rule says", () => {
    const fastLeak = {
      ...leak,
      obligations: [{ ...leak.obligations[0]!, timing: { level: "immediately" as const } }],
    };
    const slowDevice = {
      ...device,
      obligations: [{ ...device.obligations[0]!, timing: { level: "promptly" as const } }],
    };
    expect(statusesOf({ clauses: [slowDevice, fastLeak] }, ["RPT-02"])).toEqual({ "RPT-02": "met" });
  });
});
