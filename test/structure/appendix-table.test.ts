// A 別表 flattened from a table: its header row (「項目　内容」) heads nothing, and its title heads the
// unnumbered lines under it, as an article's heading heads its 項 (blind round r).
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { structure } from "../../src/structure/index.js";
import { sourceText } from "../core/source-text.js";

const doc = (text: string) => structure(normalize(sourceText(text)));

describe("structure: a 別表 flattened from a table", () => {
  it("gives the 別表's title to its lines and reads no heading from the column names", () => {
    const d = doc(
      [
        "別表第２（第８条関係）　個人データ漏えい時の連絡の区分",
        "",
        "区分　期限　方法",
        "一次連絡　把握から１時間以内　電話で委託者に連絡する。",
        "詳細報告　把握から３日以内　書面で委託者に報告する。",
      ].join("\n"),
    );
    const headings = d.clauses.map((c) => c.heading);
    expect(headings.length).toBeGreaterThan(1);
    for (const h of headings) expect(h).toContain("個人データ漏えい時の連絡の区分");
  });

  it("keeps a short title line over a sentence as a heading outside tables", () => {
    const d = doc(
      [
        "この規約は、当社が提供するサービスの利用条件を定めるものです。",
        "本サービスのご利用",
        "利用者は、本規約に同意の上で本サービスを利用するものとします。",
      ].join("\n"),
    );
    expect(d.clauses.some((c) => c.heading === "本サービスのご利用")).toBe(true);
  });
});
