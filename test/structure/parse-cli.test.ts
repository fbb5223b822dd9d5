// `clausegap parse` prints the provisions a reader sees, as an outline or as JSON.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

const CONTRACT = `データ処理委託契約書

株式会社北星商事（以下「甲」という。）と南風システム株式会社（以下「乙」という。）は、次のとおり契約を締結する。

第1条（目的）
甲は、顧客データの処理業務を乙に委託し、乙はこれを受託する。
第2条（事故の報告）
乙は、顧客データの漏えいを知ったときは、直ちに甲に報告する。
2 前項の報告には、次の事項を含める。
(1) 漏えいしたデータの項目
(2) 発生の日時
`;

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({
    code,
    out: out.join(""),
    err: err.join(""),
  }));
}

const file = path.join(mkdtempSync(path.join(tmpdir(), "clausegap-parse-")), "contract.txt");
writeFileSync(file, CONTRACT);

describe("clausegap parse", () => {
  it("prints an indented outline with short labels, headings, parties and the clause count", async () => {
    const { code, out } = await run(["parse", file]);
    expect(code).toBe(0);
    expect(out).toContain("# データ処理委託契約書");
    expect(out).toContain("parties: 甲 = 株式会社北星商事 (discloser), 乙 = 南風システム株式会社 (handler)");
    const lines = out.split("\n");
    expect(lines).toContain("第1条（目的）  甲は、顧客データの処理業務を乙に委託し、乙はこれを受託する。");
    expect(lines).toContain("  第1項  乙は、顧客データの漏えいを知ったときは、直ちに甲に報告する。");
    expect(lines).toContain("    第1号  漏えいしたデータの項目");
    expect(out).toContain("4 clauses");
  });

  it("prints articles numbered without 条 (特記事項) with their own text and short 項 labels", async () => {
    const special = path.join(path.dirname(file), "special.txt");
    writeFileSync(
      special,
      "個人情報取扱特記事項\n（秘密の保持）\n第1　乙は、知り得た個人情報を漏らしてはならない。\n（事故の報告）\n第2　乙は、漏えいを知ったときは、直ちに甲に報告する。\n２　乙は、その原因を調査する。\n",
    );
    const lines = (await run(["parse", special])).out.split("\n");
    expect(lines).toContain("第1（秘密の保持）  乙は、知り得た個人情報を漏らしてはならない。");
    expect(lines).toContain("第2（事故の報告）");
    expect(lines).toContain("  第2項  乙は、その原因を調査する。");
  });

  it("prints JSON with the provision tree, the clauses and their texts", async () => {
    const { code, out } = await run(["parse", file, "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.title).toBe("データ処理委託契約書");
    expect(json.clauses.map((c: { label: string }) => c.label)).toEqual([
      "前文",
      "第1条",
      "第2条第1項",
      "第2条第2項",
    ]);
    const p2 = json.clauses[3];
    expect(p2.text).toBe("2 前項の報告には、次の事項を含める。\n(1) 漏えいしたデータの項目\n(2) 発生の日時");
    const article2 = json.provisions.find((p: { id: string }) => p.id === "art-2");
    expect(article2.children.map((c: { id: string }) => c.id)).toEqual(["art-2-p-1", "art-2-p-2"]);
  });
});
