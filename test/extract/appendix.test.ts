// A report that leaves its deadline and form to a 別表/別紙 takes them from that table (blind round r).
import { describe, expect, it } from "vitest";
import { analyzeClauses } from "../../src/analyze-clauses.js";
import { deferredTable } from "../../src/extract/appendix.js";
import { normalize } from "../../src/normalize/index.js";
import { structure } from "../../src/structure/index.js";
import { sourceText } from "../core/source-text.js";

const TEXT = [
  "第７条（漏えい時の連絡）",
  "受託者は、預託データの流出を把握したときは、別紙２に掲げる時限までに委託者の窓口に連絡しなければならない。",
  "",
  "第８条（協議）",
  "この契約に定めのない事項は、両者が協議して定める。",
  "",
  "別紙１　窓口一覧",
  "総務課　内線１２３",
  "",
  "別紙２　連絡の時限",
  "初回連絡　把握後３時間以内",
  "経過報告　把握後５日以内に文書で",
].join("\n");

describe("extract: deadlines in a 別表/別紙", () => {
  it("finds the numbered 別紙 the duty names, not another one", () => {
    const text = normalize(sourceText(TEXT)).text;
    const span = deferredTable(text, "別紙２に掲げる時限までに", 0);
    expect(span).toBeDefined();
    const table = text.slice(span!.start, span!.end);
    expect(table).toContain("初回連絡");
    expect(table).not.toContain("内線");
    expect(deferredTable(text, "別に定める手順により", 0)).toBeUndefined();
  });

  it("gives the report the table's shortest deadline and its written form", async () => {
    const analyzed = await analyzeClauses(structure(normalize(sourceText(TEXT))));
    const report = analyzed.clauses
      .flatMap((c) => c.obligations)
      .find((o) => o.topic === "reporting" && o.action !== "指示に従う");
    expect(report?.timing).toMatchObject({ level: "deadline", hours: 3 });
    expect(report?.form).toBe("written");
  });
});
