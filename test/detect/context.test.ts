// Incident context: own words, heading, article inheritance, 前条 / 第N条 references, document title.
import { describe, expect, it } from "vitest";
import { analyzeClauses } from "../../src/analyze-clauses.js";
import { parse } from "../../src/analyzer.js";
import type { TopicId } from "../../src/core/ids.js";
import { incidentCues } from "../../src/detect/incident.js";
import { clauseContexts, NO_TERMS, readDefinedTerms } from "../../src/detect/index.js";
import { getLexicon } from "../../src/lexicon/load.js";
import { type ClauseInput, type DocumentOptions, makeDocument } from "../helpers/clauses.js";

const lex = getLexicon();

async function topicsOf(parts: readonly ClauseInput[], options?: DocumentOptions): Promise<TopicId[][]> {
  const analyzed = await analyzeClauses(makeDocument(parts, options));
  return analyzed.clauses.map((ac) => ac.topics.map((t) => t.topic));
}

const p = (article: number, para: number, text: string, heading?: string): ClauseInput => ({
  id: `art-${article}-p-${para}`,
  label: `第${article}条第${para}項`,
  text,
  ...(heading ? { heading } : {}),
});

describe("incident context", () => {
  it("a 項 that refers back (前項の場合) inherits its article's incident", async () => {
    const topics = await topicsOf([
      p(7, 1, "当社は、本件個人情報の漏洩が発生したときは、直ちにユーザーに報告します。"),
      p(7, 2, "前項の場合において、当社は、原因を調査し、その結果をユーザーに報告します。"),
    ]);
    expect(topics[1]).toEqual(expect.arrayContaining(["investigation", "reporting"]));
  });

  it("a 項 with incident-specific words continues its article without a back reference (seed 003 §3-3 style)", async () => {
    const topics = await topicsOf([
      p(3, 1, "甲又は乙は、情報漏えい事故の発生を認識したときは、速やかに相手方へ通知する。", "初動対応"),
      p(3, 2, "甲及び乙は、被害拡大防止のため、アクセス遮断その他必要な措置を速やかに実施する。", "初動対応"),
    ]);
    expect(topics[1]).toContain("containment");
  });

  it("a numbered paragraph outside any article that refers back (前号の場合) continues the paragraph before it", async () => {
    const top = (n: number, text: string): ClauseInput => ({ id: `p-${n}`, label: `第${n}項`, text });
    const topics = await topicsOf([
      top(
        1,
        "貸与されたノートパソコンをなくしたとき、又は会員データが外部に漏れた疑いがあるときは、すぐに上長に連絡すること。",
      ),
      top(2, "前号の場合において、私の重大な過失によって会社に損害が生じたときは、これを賠償すること。"),
      top(3, "この場合、会社の定める手続に従うこと。"),
    ]);
    expect(topics[1]).toContain("damages");
    const unrelated = await topicsOf([
      top(1, "勤務時間中は、私用の電話を控えること。"),
      top(2, "前号に違反して会社に損害を与えたときは、これを賠償すること。"),
    ]);
    expect(unrelated[1]).toEqual([]);
  });

  it("an article headed by incident-specific words (（再発防止）) continues the incident article before it", async () => {
    const art = (n: number, text: string, heading: string): ClauseInput => ({
      id: `art-${n}`,
      label: `第${n}条`,
      text,
      heading,
    });
    const topics = await topicsOf([
      art(
        6,
        "情報システム課は、顧客情報の流出を知ったときは、その原因を調査しなければならない。",
        "原因調査",
      ),
      art(
        7,
        "情報システム課は、調査で判明した事項をもとに、再発防止のための対策をまとめなければならない。",
        "再発防止",
      ),
    ]);
    expect(topics[1]).toContain("recurrence");
    // The same body under a plain heading after an unrelated article stays without an incident.
    const plain = await topicsOf([
      art(6, "営業部は、毎月の売上を集計しなければならない。", "売上集計"),
      art(
        7,
        "品質管理課は、納品物の不具合について、再発防止のための対策をまとめなければならない。",
        "再発防止",
      ),
    ]);
    expect(plain[1]).toEqual([]);
  });

  it("a 項 with only generic words does not inherit (a monthly report is no incident report)", async () => {
    const topics = await topicsOf([
      p(5, 1, "乙は、個人情報の漏えいが生じたときは、直ちに甲に報告する。"),
      p(5, 2, "乙は、毎月末日までに、業務の実施状況を甲に報告する。"),
    ]);
    expect(topics[1]).toEqual([]);
  });

  it("follows 前条 and 第N条 references to the cited article", async () => {
    const topics = await topicsOf([
      {
        id: "art-4",
        label: "第4条",
        text: "受託者は、個人情報の漏えいが生じたときは、遅滞なく委託者に報告する。",
      },
      { id: "art-5", label: "第5条", text: "受託者は、前条の事故の原因を調査する。" },
      { id: "art-6", label: "第6条", text: "第4条の事故の調査に要する費用は、受託者の負担とする。" },
    ]);
    expect(topics[1]).toContain("investigation");
    expect(topics[2]).toContain("cost");
  });

  it("uses the nouns the document gives its incidents (「漏えい等の事案」 → 事案 alone later)", async () => {
    const topics = await topicsOf(
      [
        {
          id: "art-1",
          label: "第1条",
          text: "この規程は、個人情報の漏えい等の事案が生じた場合の手順を定める。",
        },
        { id: "art-2", label: "第2条", text: "情報管理責任者は、事案の事実関係及び発生原因を調査する。" },
      ],
      {},
    );
    expect(topics[1]).toContain("investigation");
  });

  it("takes 事故 as the document's incident noun from 「漏えい、滅失、き損その他の事故」", async () => {
    const topics = await topicsOf([
      {
        id: "art-1",
        label: "第1条",
        text: "受注者は、委託された情報の漏えい、滅失、き損その他の事故を知ったときは、直ちに発注者に連絡する。",
      },
      { id: "art-2", label: "第2条", text: "事故の対応に要した経費は、受注者が負担する。" },
    ]);
    expect(topics[1]).toContain("cost");
  });

  it("lets incident-specific words inherit from a document whose title is about incidents", async () => {
    const topics = await topicsOf(
      [
        {
          id: "art-1",
          label: "第1条",
          text: "従業員は、個人情報の漏えいを発見したときは、直ちに所属長に報告しなければならない。",
        },
        { id: "art-2", label: "第2条", text: "総務部は、賞与の支給日を定める。" },
        { id: "art-3", label: "第3条", text: "情報管理責任者は、調査の結果を踏まえて再発防止策を定める。" },
      ],
      { title: "個人情報漏えい等対応規程" },
    );
    expect(topics[2]).toContain("recurrence");
    expect(topics[1]).toEqual([]);
  });

  it("reads the heading as part of the text", () => {
    const doc = makeDocument([
      { heading: "漏洩事案等の発生時の対応", text: "当社は、直ちにユーザーに報告します。" },
    ]);
    const [ctx] = clauseContexts(lex, doc.clauses, NO_TERMS);
    expect(ctx?.incident).toBe(true);
    expect(ctx?.cues.length).toBeGreaterThan(0);
  });

  it("learns defined terms of both forms (以下「X」という / 「X」とは…をいう)", () => {
    const text =
      "預託された個人データの漏えい、滅失又は毀損（以下「本件事故」という。）。「本件情報」とは、甲の顧客データをいう。";
    const terms = readDefinedTerms(lex, text);
    expect(terms.incident.some((re) => re.source === "本件事故")).toBe(true);
    expect(terms.info.some((re) => re.source === "本件情報")).toBe(true);
  });

  it("learns an incident alias from 以下「X」という without brackets, （以下「X」） and a listed definition", () => {
    const text = [
      "第1条（定義）",
      "業務に関して預かった資料について次のいずれかに該当する事態を、以下「事故」という。",
      "一 紛失",
      "二 漏えい",
      "第2条（用語）",
      "「障害等」とは、次の各号に掲げる事象をいう。",
      "一 顧客データへの不正アクセス",
      "二 顧客データの改ざん",
      "第3条（対象）",
      "委託情報の滅失又は毀損（以下「トラブル」）。「対象外事象」とは、次の各号に掲げる事象をいう。",
      "一 停電",
    ].join("\n");
    const sources = readDefinedTerms(lex, text).incident.map((re) => re.source);
    expect(sources.sort()).toEqual(["トラブル", "事故", "障害等"].sort());
  });

  it("reads the listed cases of a definition up to the next article only", () => {
    const text =
      "第1条（定義）\n「業務資料」とは、次に掲げるものをいう。\n一 設計書\n第2条（報告）\n乙は、委託情報の漏えいを報告する。";
    expect(readDefinedTerms(lex, text).incident).toEqual([]);
  });

  it("resolves references to bare 第N articles (特記事項 style: 第4の事故, 第4に定める報告) like 第4条", () => {
    const doc = makeDocument([
      { id: "art-1", label: "第1", text: "受託者は、個人情報を適正に取り扱う。" },
      {
        id: "art-2",
        label: "第2",
        text: "受託者は、個人情報の漏えいを知ったときは、直ちに委託者に報告する。",
      },
      { id: "art-3", label: "第3", text: "第2の場合の対応に要する費用は、受託者が負担する。" },
      { id: "art-4", label: "第4", text: "受託者は、第2に定める報告の後、委託者と協議する。" },
      { id: "art-5", label: "第5", text: "受託者は、第2項に定める場合には、費用を負担する。" },
    ]);
    const contexts = clauseContexts(lex, doc.clauses, readDefinedTerms(lex, doc.text));
    expect(contexts.map((c) => c.inheritedFrom ?? "")).toEqual(["", "", "第2", "第2", ""]);
    expect(contexts.map((c) => c.incident)).toEqual([false, true, true, true, false]);
  });

  it("reads a definition's own line only: a title above a party definition does not define the party", () => {
    const text =
      "情報漏えい事故対応協力覚書\n\n株式会社ガンマ（以下「甲」という。）と株式会社デルタ（以下「乙」という。）";
    const terms = readDefinedTerms(lex, text);
    expect(terms.incident).toEqual([]);
    expect(terms.info).toEqual([]);
  });

  it("answers the same for a defined information term however often it is asked (no regex state kept)", () => {
    const text = "顧客の個人情報を記録した書類（以下「対象物」という。）を預託する。";
    const terms = readDefinedTerms(lex, text);
    const sentence = "対象物の紛失が生じたときは、直ちに報告する。";
    const answers = [1, 2, 3].map((i) => incidentCues(lex, `他の文${i}。${sentence}`, terms).length);
    expect(answers).toEqual([1, 1, 1]);
  });

  it("treats 漏えいしてはならない and 漏えいの防止 as handling rules, not incidents", () => {
    const doc = makeDocument([
      "乙は、秘密情報を第三者に開示し、又は漏えいしてはならない。",
      "乙は、個人情報の漏えい、滅失又は毀損（以下「漏えい等」という。）の防止のため、安全管理措置を講じる。",
    ]);
    const contexts = clauseContexts(lex, doc.clauses, readDefinedTerms(lex, doc.text));
    expect(contexts.map((c) => c.incident)).toEqual([false, false]);
  });
});

describe("chapter titles and the document title", () => {
  const topicsByLabel = async (text: string): Promise<Map<string, TopicId[]>> => {
    const analyzed = await analyzeClauses(await parse(text));
    return new Map(analyzed.clauses.map((ac) => [ac.clause.label, ac.topics.map((t) => t.topic)]));
  };

  it("an article under a chapter whose title names an incident is about that incident; the next chapter is not", async () => {
    const topics = await topicsByLabel(
      [
        "データ管理業務委託契約書",
        "第1章　総則",
        "第1条（目的）甲は、乙に対し、顧客データの管理業務を委託する。",
        "第2章　情報漏えい発生時の措置",
        "第2条（連絡）乙は、速やかに甲の担当者に連絡しなければならない。",
        "第3条（対応）乙は、被害の拡大を防止するため必要な措置を講じなければならない。",
        "第3章　一般条項",
        "第4条（報告）乙は、遅滞なく甲に報告しなければならない。",
        "第5条（費用）本契約の印紙代は、乙の負担とする。",
      ].join("\n"),
    );
    expect(topics.get("第2条")).toContain("reporting");
    expect(topics.get("第3条")).toContain("containment");
    expect(topics.get("第4条")).toEqual([]);
    expect(topics.get("第5条")).toEqual([]);
  });

  it("a chapter about the work, or about preventing leaks, gives its report article no incident", async () => {
    const topics = await topicsByLabel(
      [
        "業務委託契約書",
        "第1章　総則",
        "第1条（目的）甲は、乙に対し、顧客の個人情報を含む伝票の処理を委託する。",
        "第2章　業務の遂行",
        "第2条（報告）乙は、直ちに作業の結果を甲に報告しなければならない。",
        "第3章　個人情報の漏えい等の防止",
        "第3条（報告）乙は、四半期ごとに管理状況を甲に報告しなければならない。",
      ].join("\n"),
    );
    expect(topics.get("第2条")).toEqual([]);
    expect(topics.get("第3条")).toEqual([]);
  });

  it("a title that names the information makes a flow-down clause a subcontractor duty", async () => {
    const clause =
      "第1（再委託先の義務）乙は、業務を再委託する場合には、この仕様書により乙が負う義務と同等の義務を再委託先にも負わせるものとする。";
    const second = "第2（検査）甲は、必要に応じて乙の作業場所を検査することができる。";
    const named = await topicsByLabel(`個人情報の取扱いに関する特記仕様書\n${clause}\n${second}`);
    expect(named.get("第1")).toContain("subcontractor");
    const plain = await topicsByLabel(`清掃業務仕様書\n${clause}\n${second}`);
    expect(plain.get("第1")).toEqual([]);
  });

  it("an incident noun alone in a chapter title counts in a document that handles information and names no physical accident", async () => {
    const chapter = [
      "第3章　事故対応",
      "第5条（連絡）乙は、直ちに甲に連絡しなければならない。",
      "第6条（報告書）乙は、甲の求めに応じ、経過を報告する。",
    ];
    const information = await topicsByLabel(
      [
        "業務委託契約書",
        "第1章　総則",
        "第1条（目的）甲は、乙に対し、顧客情報の入力業務を委託する。",
        ...chapter,
      ].join("\n"),
    );
    expect(information.get("第5条")).toContain("reporting");
    const care = await topicsByLabel(
      [
        "利用契約書",
        "第1章　総則",
        "第1条（目的）事業者は、利用者の個人情報を守り、介護サービスを提供する。",
        ...chapter,
      ].join("\n"),
    );
    expect(care.get("第5条")).toEqual([]);
    const noInformation = await topicsByLabel(
      [
        "清掃業務委託契約書",
        "第1章　総則",
        "第1条（目的）甲は、乙に対し、事務所の清掃を委託する。",
        ...chapter,
      ].join("\n"),
    );
    expect(noInformation.get("第5条")).toEqual([]);
  });

  it("staff named as 業務に従事する者, and a breach of 第N of a document whose title names the information", async () => {
    const staff = await topicsByLabel(
      [
        "個人情報取扱特記事項",
        "第1（管理）乙は、本業務に従事する者の行為について、甲に対し責任を負う。",
        "第2（賠償）乙は、第1に違反して甲に損害を与えたときは、これを賠償する。",
      ].join("\n"),
    );
    expect(staff.get("第1")).toContain("subcontractor");
    expect(staff.get("第2")).toContain("damages");
    const plain = await topicsByLabel(
      [
        "物品売買契約書",
        "第1（納品）乙は、期日までに物品を納品する。",
        "第2（賠償）乙は、第1に違反して甲に損害を与えたときは、これを賠償する。",
      ].join("\n"),
    );
    expect(plain.get("第2")).toEqual([]);
  });
});
