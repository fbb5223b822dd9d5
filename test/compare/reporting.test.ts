import { describe, expect, it } from "vitest";
import type { RequirementId, Status } from "../../src/core/ids.js";
import type { ClauseSpec, ObligationSpec } from "../helpers/analyzed.js";
import { findingsOf, statusesOf } from "./run.js";

const FULL =
  "乙は、本業務に関し個人情報の漏えい等の事故が発生し、又は発生したおそれがあるときは、帰責の有無にかかわらず、直ちに甲に対し、対象となった情報の内容、件数、発生場所及び発生状況を書面により報告し、甲の指示に従わなければならない。";

const report = (over: Partial<ObligationSpec> = {}): ObligationSpec => ({
  topic: "reporting",
  quote: "甲に対し",
  actor: "乙",
  action: "報告する",
  ...over,
});

const clause = (obligations: ObligationSpec[], text = FULL): ClauseSpec => ({
  label: "第5条",
  heading: "事故時の報告",
  text,
  topics: ["reporting"],
  obligations,
});

const RPT: RequirementId[] = ["RPT-01", "RPT-02", "RPT-03", "RPT-04", "RPT-05", "RPT-06", "RPT-07", "FLT-01"];

describe("compare: reporting (RPT-01…07) and fault (FLT-01)", () => {
  it("a full clause meets RPT-01…06 and FLT-01; RPT-07 (follow-up reports) stays missing", () => {
    const ob = report({
      timing: { level: "immediately", text: "直ちに" },
      trigger: { actual: true, suspected: true },
      form: "written",
      contents: ["内容", "件数", "発生場所", "発生状況"],
      fault: "regardless",
    });
    expect(statusesOf({ clauses: [clause([ob])] }, RPT)).toEqual({
      "RPT-01": "met",
      "RPT-02": "met",
      "RPT-03": "met",
      "RPT-04": "met",
      "RPT-05": "met",
      "RPT-06": "met",
      "RPT-07": "missing",
      "FLT-01": "met",
    });
  });

  const timings: Array<[string, ObligationSpec["timing"], Status]> = [
    ["直ちに", { level: "immediately" }, "met"],
    ["24 hours", { level: "deadline", hours: 24 }, "met"],
    ["速やかに", { level: "promptly" }, "partial"],
    ["遅滞なく", { level: "without_delay" }, "partial"],
    ["48 hours", { level: "deadline", hours: 48 }, "partial"],
    ["a deadline of unknown length", { level: "deadline" }, "partial"],
    ["no timing", undefined, "missing"],
    ["explicit none", { level: "none" }, "missing"],
  ];
  it.each(timings)("RPT-02 for %s is %s", (_name, timing, status) => {
    const ob = report(timing ? { timing } : {});
    expect(findingsOf({ clauses: [clause([ob])] }).get("RPT-02")?.status).toBe(status);
  });

  it("RPT-02 is judged on the first (general) duty: 直ちに only for a later subset → partial", () => {
    const general = clause(
      [report({ quote: "甲に対し" })],
      "乙は、情報の漏えいが生じたときは、甲に対し報告する。",
    );
    const subset: ClauseSpec = {
      label: "第6条",
      text: "乙は、端末を紛失したときは、直ちに甲に連絡する。",
      topics: ["reporting"],
      obligations: [report({ quote: "直ちに甲に連絡", timing: { level: "immediately" } })],
    };
    const f = findingsOf({ clauses: [general, subset] }).get("RPT-02");
    expect(f?.status).toBe("partial");
    expect(f?.evidence.map((e) => e.provisionId)).toEqual(["c-1", "c-2"]);
  });

  it("a duty that binds only the discloser (甲) is no reporting duty: RPT-01…07 and FLT-01 are missing", () => {
    const ob = report({ actor: "甲", timing: { level: "immediately" }, fault: "regardless" });
    const got = statusesOf({ clauses: [clause([ob])] }, RPT);
    expect(Object.values(got).every((s) => s === "missing")).toBe(true);
  });

  it.each([["甲又は乙"], ["mutual"], [undefined]])("a duty of actor %s binds the handler too", (actor) => {
    const ob = report(actor ? { actor } : { actor: undefined });
    expect(findingsOf({ clauses: [clause([ob])] }).get("RPT-01")?.status).toBe("met");
  });

  it("in internal rules, staff reporting to a designated officer meets RPT-01 (LABELING.md)", () => {
    const text = "従業者は、個人情報の漏えいを発見したときは、直ちに情報管理責任者に報告しなければならない。";
    const ob = report({ quote: "情報管理責任者に報告", actor: "従業者", recipient: "情報管理責任者" });
    expect(findingsOf({ parties: [], clauses: [clause([ob], text)] }).get("RPT-01")?.status).toBe("met");
  });

  it("an endeavour to report (努める) is partial", () => {
    const ob = report({ modality: "endeavor" });
    expect(findingsOf({ clauses: [clause([ob])] }).get("RPT-01")?.status).toBe("partial");
  });

  it("a rule obliging vendor contracts to contain the duty is partial (LABELING.md, internal rules)", () => {
    const text =
      "所管部署は、委託先との契約において、事故が生じたときは直ちに当社に報告する旨を定めなければならない。";
    const ob = report({ quote: "直ちに当社に報告", actor: "所管部署" });
    expect(findingsOf({ parties: [], clauses: [clause([ob], text)] }).get("RPT-01")?.status).toBe("partial");
  });

  it.each([
    [["原因", "再発防止策"], "partial"],
    [["件数"], "partial"],
    [["日時", "件数", "原因"], "met"],
    [[], "missing"],
  ] as const)("RPT-05 with items %j is %s", (contents, status) => {
    const ob = report({ contents: [...contents] });
    expect(findingsOf({ clauses: [clause([ob])] }).get("RPT-05")?.status).toBe(status);
  });

  it("RPT-04 and RPT-05 count any report of the chain (a written final report)", () => {
    const first = report({ timing: { level: "immediately" } });
    const final: ClauseSpec = {
      label: "第5条第2項",
      text: "乙は、調査の結果及び再発防止策を書面により甲に報告する。",
      topics: ["reporting"],
      obligations: [
        report({ quote: "書面により甲に報告", form: "written", contents: ["調査の結果", "再発防止策"] }),
      ],
    };
    const got = statusesOf(
      { clauses: [clause([first], "乙は、漏えいが生じたときは、直ちに甲に対し報告する。"), final] },
      ["RPT-04", "RPT-05", "RPT-07"],
    );
    expect(got).toEqual({ "RPT-04": "met", "RPT-05": "partial", "RPT-07": "met" });
  });

  it("RPT-07 is partial for a later report on the state of the response (対応状況), like measures", () => {
    const later = clause(
      [report({ quote: "その後", contents: ["原因"] })],
      "乙は、直ちに甲に電話で知らせ、その後３日以内に原因及び対応状況を文書で甲に報告する。",
    );
    expect(findingsOf({ clauses: [later] }).get("RPT-07")?.status).toBe("partial");
  });

  it("RPT-07 is partial when only measures are reported later, met for progress and results", () => {
    const measures = report({ contents: ["実施済み又は予定している対策"] });
    expect(findingsOf({ clauses: [clause([measures])] }).get("RPT-07")?.status).toBe("partial");
    const progress = clause([report({ quote: "途中経過" })], "乙は、調査の途中経過及び結果を甲に報告する。");
    expect(findingsOf({ clauses: [progress] }).get("RPT-07")?.status).toBe("met");
  });
});
