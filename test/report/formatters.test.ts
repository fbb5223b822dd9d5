import { describe, expect, it } from "vitest";
import { FORMATTERS, formatReport } from "../../src/report/formatters/index.js";
import { formatMarkdown } from "../../src/report/formatters/markdown.js";
import { GapReportSchema } from "../../src/report/schema.js";
import { reportOf, SAMPLE } from "./build.js";

describe("formatters", () => {
  const report = reportOf(SAMPLE, "委託契約.txt");

  it("registry: json and md", () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual(["json", "md"]);
  });

  it("json is the validated report, parseable back", () => {
    const parsed = JSON.parse(formatReport(report, "json"));
    expect(GapReportSchema.parse(parsed)).toEqual(GapReportSchema.parse(report));
  });

  it("json refuses a report that breaks the schema", () => {
    expect(() => formatReport({ ...report, schemaVersion: "2.0" as "1.0" }, "json")).toThrow();
  });

  describe("markdown", () => {
    const md = formatMarkdown(report);
    const row = (id: string) => md.split("\n").find((l) => l.startsWith("| ") && l.includes(` ${id} `));

    it("shows the document and the score", () => {
      expect(md).toContain("# 情報漏えい事故対応条項 ギャップレポート");
      expect(md).toContain("委託契約.txt");
      expect(md).toContain(`**スコア ${report.summary.score} / 100**`);
    });

    it("has one table row per finding with severity, status and provision label", () => {
      expect(row("RPT-02")).toBe("| 高 | RPT-02 | 報告義務 | 報告の即時性 | △ 不十分 | 第5条 |");
      expect(row("PUB-02")).toBe("| 中 | PUB-02 | 公表 | 公表の決定権・事前協議 | ！ 相反 | 第6条 |");
      expect(row("SUB-01")).toBe("| 中 | SUB-01 | 本人通知 | 本人への通知 | × 規定なし | — |");
      expect(md.split("\n").filter((l) => /^\| (高|中|低) \| [A-Z]{3}-\d\d /.test(l))).toHaveLength(26);
    });

    it("orders the table by severity, worst status first", () => {
      const ids = md
        .split("\n")
        .filter((l) => /^\| (高|中|低) \|/.test(l))
        .map((l) => l.split(" | ")[1]);
      expect(ids.indexOf("RPT-01")).toBeLessThan(ids.indexOf("PUB-02")); // high before medium
      expect(ids.indexOf("PUB-02")).toBeLessThan(ids.indexOf("SUB-01")); // conflict before missing
    });

    it("quotes the evidence under its provision label and gives a model clause", () => {
      expect(md).toContain("> **第6条**　乙は、自らの判断で事故を公表することができる。");
      const section = md.slice(md.indexOf("### PUB-02"), md.indexOf("###", md.indexOf("### PUB-02") + 1));
      expect(section).toContain("**修正案（例）**");
      expect(section).toContain("事前の書面による承諾");
    });

    it("escapes contract text so it cannot inject HTML or break the table", () => {
      const evil = reportOf(
        {
          clauses: [
            {
              label: "第1条",
              text: "乙は<script>alert(1)</script>|漏えいを直ちに甲に報告する。",
              topics: ["reporting"],
            },
          ],
        },
        "a|b<c>.txt",
      );
      const out = formatMarkdown(evil);
      expect(out).not.toContain("<script>");
      expect(out).toContain("a\\|b\\<c\\>.txt");
    });
  });
});
