// Wording found on real files and held-out documents: each case is a general phrasing, checked by hand.
import { describe, expect, it } from "vitest";
import { roleTable, topicAlias } from "../../src/compare/actors.js";
import { segments } from "../../src/compare/segments.js";
import { compareVocabulary } from "../../src/reference/vocabulary.js";
import type { ClauseSpec } from "../helpers/analyzed.js";
import { findingsOf, statusesOf } from "./run.js";

describe("compare: wording", () => {
  it("INV-03: ログ inside 不正プログラム is no log (rois-privacy 第52条第2項 pattern)", () => {
    const c: ClauseSpec = {
      label: "第5条",
      text: "乙は、事故が生じたときは、不正プログラムの感染が疑われる端末をネットワークから切り離し、事実関係を調査する。",
      topics: ["investigation"],
    };
    expect(statusesOf({ clauses: [c] }, ["INV-03"])).toEqual({ "INV-03": "missing" });
    const logs: ClauseSpec = { ...c, text: "乙は、事故が生じたときは、アクセスログを保存し、解析する。" };
    expect(statusesOf({ clauses: [logs] }, ["INV-03"])).toEqual({ "INV-03": "met" });
  });

  it("CTN-02: preparing the response procedure (対応手順を整備) is planning ahead", () => {
    const c: ClauseSpec = {
      label: "第19条第2項",
      text: "乙は、情報漏えい等の事故に係る対応手順を整備し、事故が発生したときは当該手順に基づき被害の拡大を防止する。",
      topics: ["containment"],
    };
    expect(statusesOf({ clauses: [c] }, ["CTN-02"])).toEqual({ "CTN-02": "met" });
  });

  it("RPT-06: 「指示がある場合にはこれに従う」 and 「指示を仰ぐ」 follow the client's instructions", () => {
    for (const text of [
      "乙は、漏えいを知ったときは、直ちに甲に連絡し、甲から指示がある場合にはこれに従う。",
      "乙は、漏えいが発生したときは、甲に直ちに報告し、甲の指示を仰がなければならない。",
    ]) {
      const c: ClauseSpec = {
        label: "第3条",
        text,
        topics: ["reporting"],
        obligations: [{ topic: "reporting", quote: "直ちに", actor: "乙" }],
      };
      expect(statusesOf({ clauses: [c] }, ["RPT-06"]), text).toEqual({ "RPT-06": "met" });
    }
  });

  it("RPT-06: a reporting clause counts though its incident word is not in the list (誤って送付)", () => {
    const c: ClauseSpec = {
      label: "第3条",
      text: "乙は、甲の顧客情報を誤って第三者に送付したときは、直ちに甲に報告し、甲の指示に従う。",
      topics: ["reporting"],
      obligations: [{ topic: "reporting", quote: "直ちに甲に報告し", actor: "乙" }],
    };
    expect(statusesOf({ clauses: [c] }, ["RPT-06"])).toEqual({ "RPT-06": "met" });
  });

  it("RPT-07: an act coordinated before the report (対策を行うとともに、報告) is not what is reported", () => {
    const text = "乙は、端末を紛失したときは、直ちに漏えいの防止の対策を行うとともに、甲に報告する。";
    const c: ClauseSpec = {
      label: "第12条",
      text,
      topics: ["reporting"],
      obligations: [{ topic: "reporting", quote: "甲に報告する", actor: "乙" }],
    };
    expect(statusesOf({ clauses: [c] }, ["RPT-07"])).toEqual({ "RPT-07": "missing" });
    const results: ClauseSpec = {
      ...c,
      text: "乙は、漏えいの原因を調査し、その結果を甲に報告する。",
      obligations: [{ topic: "reporting", quote: "甲に報告する", actor: "乙" }],
    };
    expect(statusesOf({ clauses: [results] }, ["RPT-07"])).toEqual({ "RPT-07": "met" });
  });

  it("evidence: a duty stated in its own words before one that has the topic only through the heading", () => {
    const head: ClauseSpec = {
      label: "第52条第1項",
      heading: "事案の報告及び再発防止措置",
      text: "第52条（事案の報告及び再発防止措置）\n職員は、漏えいの事案を把握したときは、直ちに管理者に報告する。",
      topics: [{ topic: "recurrence", cue: "再発防止" }],
      obligations: [{ topic: "recurrence", quote: "報告する", actor: "職員" }],
    };
    const own: ClauseSpec = {
      label: "第52条第4項",
      heading: "事案の報告及び再発防止措置",
      text: "4 管理者は、事案の原因を分析し、再発防止のために必要な措置を講ずる。",
      topics: [{ topic: "recurrence", cue: "再発防止" }],
      obligations: [{ topic: "recurrence", quote: "講ずる", actor: "管理者" }],
    };
    const f = findingsOf({ clauses: [head, own] }).get("REC-01");
    expect(f?.evidence[0]?.provisionId).toBe("c-2");
  });
});

describe("compare: who a sentence is about (actors.ts topicAlias)", () => {
  const aliases = ["当社", "ユーザー", "事業者", "CROSS INFINITY"];
  it.each([
    ["…生じた損害について、当社は一切の責任を負いません。", "当社"],
    ["かかる事業者は、CROSS INFINITY を免責するものとします。", "事業者"],
    ["法律で認められる場合には、CROSS INFINITY ならびにその関連会社は、責任を負いません。", "CROSS INFINITY"],
    ["ユーザーは、自己の責任で利用し、当社は、一切の責任を負いません。", "当社"],
    ["本サービスについて責任を負いません。", undefined],
  ])("%s → %s", (text, alias) => {
    expect(topicAlias(text, aliases)).toBe(alias);
  });
});

describe("compare: roles (actors.ts roleTable)", () => {
  it("keeps 当社 the provider in terms whose provider outsources work (structure read it as entrusting)", () => {
    const conv = compareVocabulary().roleConventions;
    const roles = roleTable(
      [
        { alias: "当社", role: "discloser" },
        { alias: "ユーザー", role: "discloser" },
        { alias: "事業者", role: "handler" },
      ],
      conv,
      "当社は、業務の一部を外部の事業者に委託する。ユーザーは…",
    );
    expect(roles.get("当社")).toBe("handler");
    expect(roleTable([{ alias: "当社", role: "discloser" }], conv, "当社の規程").get("当社")).toBe(
      "discloser",
    );
  });
});

describe("compare: sentence segments (segments.ts)", () => {
  it("do not end at a 。 inside brackets, and recover from a stray bracket at the line end", () => {
    const text = "乙は、甲の情報（以下「秘密情報」という。）を管理する。（注\n次の文。";
    const quotes = segments(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(quotes).toEqual(["乙は、甲の情報（以下「秘密情報」という。）を管理する。", "（注", "次の文。"]);
  });
});
