// Parties, aliases and roles (DESIGN.md Parties), and the party lexicon's data checks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findParties } from "../../src/structure/parties.js";
import { compilePartyLexicon, getPartyLexicon, partyLexiconPath } from "../../src/structure/party-lexicon.js";

const roles = (text: string, title?: string) =>
  Object.fromEntries(findParties(text, title).map((p) => [p.alias, p.role ?? null]));

describe("party lexicon (dictionaries/lexicon/parties.json)", () => {
  const lexicon = getPartyLexicon();

  it("loads, with unique ids, and every entry has an example naming one of its words", () => {
    const ids = lexicon.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of lexicon.entries) {
      expect(e.examples?.length, e.id).toBeGreaterThan(0);
      for (const ex of e.examples ?? [])
        expect(
          e.words.some((w) => ex.includes(w)),
          `${e.id}: ${ex}`,
        ).toBe(true);
    }
  });

  it("each word with a fixed role is found with that role in its own examples", () => {
    for (const e of lexicon.entries.filter((x) => x.role !== "contextual" && x.minMentions === 1)) {
      for (const ex of e.examples ?? []) {
        const word = e.words.find((w) => ex.startsWith(w));
        if (word) expect(roles(ex)[word], `${e.id}: ${ex}`).toBe(e.role);
      }
    }
  });

  it("rejects a word in two entries and an unknown role", () => {
    const data = JSON.parse(readFileSync(partyLexiconPath(), "utf8"));
    const twice = structuredClone(data);
    twice.entries[1].words.push(twice.entries[0].words[0]);
    expect(() => compilePartyLexicon(twice)).toThrow(/two entries/);
    const bad = structuredClone(data);
    bad.entries[0].role = "owner";
    expect(() => compilePartyLexicon(bad)).toThrow();
  });
});

describe("parties", () => {
  it("reads aliases and names from 以下「…」 definitions, in their several spellings", () => {
    const text =
      "株式会社北星（以下、「委託者」といいます。）と南風合同会社（以下「受託者」又は「乙」という。）は、次のとおり合意する。";
    expect(findParties(text)).toMatchObject([
      { alias: "委託者", role: "discloser", name: "株式会社北星" },
      { alias: "受託者", role: "handler", name: "南風合同会社" },
      { alias: "乙", name: "南風合同会社" },
    ]);
  });

  it("never takes a defined term (本契約, 対象情報) for a party", () => {
    const text =
      "甲と乙は、個人情報（以下「対象情報」という。）の取扱いについて本契約（以下「本契約」という。）を締結する。";
    expect(findParties(text).map((p) => p.alias)).toEqual(["甲", "乙"]);
  });

  it("甲/乙: who entrusts to whom decides, whatever the order of definition", () => {
    expect(roles("乙は、甲から受託した業務について、直ちに報告する。")).toEqual({
      乙: "handler",
      甲: "discloser",
    });
    expect(roles("甲が乙に預託した情報について、乙は報告する。")).toEqual({ 甲: "discloser", 乙: "handler" });
    expect(roles("乙は、甲から預託された顧客情報を管理する。甲は、これを確認する。")).toEqual({
      乙: "handler",
      甲: "discloser",
    });
  });

  it("甲/乙: mutual when nothing is entrusted (a mutual memorandum), default roles when work is entrusted", () => {
    expect(roles("甲及び乙は、自らの委託先において事故が生じたときは、相互に協力する。")).toEqual({
      甲: "mutual",
      乙: "mutual",
    });
    expect(roles("本業務の委託に関し、甲は報告を求め、乙はこれに応じる。")).toEqual({
      甲: "discloser",
      乙: "handler",
    });
  });

  it("当社 is the provider in terms of service, the institution itself in its own rules", () => {
    expect(roles("当社は、ユーザーが登録したデータを管理する。", "サービス利用規約")).toEqual({
      当社: "handler",
      ユーザー: "discloser",
    });
    expect(
      roles("当社の役職員は、漏えいを知ったときは、当社の役職員の上長に報告する。", "個人情報取扱規程"),
    ).toEqual({
      役職員: "handler",
      当社: "discloser",
    });
  });

  it("a business that uses the service is its user (事業者は、本サービスを利用…)", () => {
    expect(roles("事業者は、本サービスを利用することにより本規約に同意する。会員は、…")).toMatchObject({
      事業者: "discloser",
    });
    expect(roles("事業者は、利用者の個人情報を適切に管理する。利用者は、…")).toMatchObject({
      事業者: "handler",
      利用者: "discloser",
    });
  });

  it("a relative clause (「委託を受けた者」) does not make its sentence's subject a contractor", () => {
    expect(roles("甲は、乙に業務を委託する。甲は、単独で又は委託を受けた者と共同で報告する。")).toEqual({
      甲: "discloser",
      乙: "handler",
    });
  });
});
