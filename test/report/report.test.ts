import { describe, expect, it } from "vitest";
import { GapReportSchema } from "../../src/report/schema.js";
import { scoreFindings } from "../../src/report/score.js";
import { toStoredReport } from "../../src/report/stored.js";
import { reportOf, SAMPLE } from "./build.js";

describe("score (docs/scoring.md)", () => {
  it("is the severity-weighted share earned, computed by hand", () => {
    // weights 3 + 2 + 1 + 2 = 8; earned 3×1 + 2×0.5 + 1×0 + 2×(−0.5) = 3 → 100 × 3 / 8 = 37.5 → 38
    const findings = [
      { severity: "high", status: "met" },
      { severity: "medium", status: "partial" },
      { severity: "low", status: "missing" },
      { severity: "medium", status: "conflict" },
    ] as const;
    expect(scoreFindings(findings)).toBe(38);
  });

  it("is 100 when all is met, clamped at 0 when conflicts outweigh, 0 for nothing", () => {
    expect(scoreFindings([{ severity: "low", status: "met" }])).toBe(100);
    expect(
      scoreFindings([
        { severity: "high", status: "conflict" },
        { severity: "low", status: "met" },
      ]),
    ).toBe(0);
    expect(scoreFindings([])).toBe(0);
  });
});

describe("buildReport", () => {
  const report = reportOf(SAMPLE);

  it("validates against GapReportSchema", () => {
    expect(GapReportSchema.safeParse(report).success).toBe(true);
  });

  it("counts, scores and covers the findings it holds", () => {
    const { counts, score, topics } = report.summary;
    expect(counts.met + counts.partial + counts.missing + counts.conflict).toBe(26);
    expect(report.findings.find((f) => f.requirementId === "RPT-02")?.status).toBe("partial");
    expect(report.findings.find((f) => f.requirementId === "PUB-02")?.status).toBe("conflict");
    expect(report.findings.find((f) => f.requirementId === "DMG-01")?.status).toBe("partial");
    expect(score).toBe(scoreFindings(report.findings));
    expect(topics.publication).toBe("partial"); // PUB-01 met, PUB-02 conflict, PUB-03 missing
    expect(topics.subject_notice).toBe("absent");
    expect(report.summary.text?.ja).toContain("相反する定め：PUB-02");
  });

  it("keeps provisions in document order with their topics and text", () => {
    expect(report.provisions.map((p) => p.label)).toEqual(["第1条", "第5条", "第6条", "第7条"]);
    expect(report.provisions[1]?.topics).toEqual(["reporting"]);
    const p = report.provisions[2]!;
    expect(report.document.text?.slice(p.span.start, p.span.end)).toBe(p.text);
  });

  it("says plainly when there is no incident provision", () => {
    const none = reportOf({
      clauses: [{ label: "第1条", text: "乙は、秘密を守る。" }],
      handlesInformation: false,
    });
    expect(none.summary.counts.missing).toBe(26);
    expect(none.summary.score).toBe(0);
    expect(none.summary.text?.ja).toContain("事故に関する条項が見つかりませんでした");
    expect(none.summary.text?.en).toContain("No provision on information incidents");
    expect(Object.values(none.summary.topics).every((t) => t === "absent")).toBe(true);
  });
});

describe("toStoredReport", () => {
  it("drops document.text and provisions[].text, keeps the quotes, still validates", () => {
    const report = reportOf(SAMPLE);
    const stored = toStoredReport(report);
    expect(stored.document.text).toBeUndefined();
    expect(stored.provisions.every((p) => p.text === undefined)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain("顧客データの入力業務");
    expect(stored.findings).toEqual(report.findings);
    expect(GapReportSchema.safeParse(stored).success).toBe(true);
    expect(report.document.text).toBeDefined();
  });
});
