// Property test: compare and buildReport never throw on odd analyses (spans at the edges or outside
// their clause, empty texts, unknown actors) and always give 26 findings whose quotes slice the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/index.js";
import type { AnalyzedDocument } from "../../src/core/types.js";
import { defaultBaseline } from "../../src/reference/index.js";
import { buildReport } from "../../src/report/build.js";
import { GapReportSchema } from "../../src/report/schema.js";
import { analyzedDoc } from "../helpers/analyzed.js";
import { GENERAL_KINDS, MODALITIES, TOPICS } from "../helpers/kinds.js";

const piece = fc.constantFrom(
  "乙は、",
  "甲は、",
  "漏えい",
  "直ちに",
  "報告する。",
  "\n",
  "公表",
  "費用は甲の負担とする。",
  "一切責任を負わない。",
  "協力する",
  "（1）",
  "𠮷",
  "",
);
const clauseText = fc.array(piece, { minLength: 0, maxLength: 12 }).map((a) => a.join(""));

function doc(texts: string[], seed: number): AnalyzedDocument {
  const base = analyzedDoc({ clauses: texts.map((text, i) => ({ label: `第${i + 1}条`, text })) });
  let x = seed;
  const rnd = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % Math.max(1, n);
  };
  const clauses = base.clauses.map((ac) => {
    // Valid document spans, but possibly outside their clause or empty.
    const len = base.document.text.length;
    const span = () => {
      const start = Math.min(len, Math.max(0, ac.clause.span.start + rnd(ac.clause.text.length + 6) - 3));
      return { start, end: Math.min(len, start + rnd(9)) };
    };
    const topic = () => TOPICS[rnd(TOPICS.length)]!;
    return {
      ...ac,
      topics: Array.from({ length: rnd(3) }, () => ({
        topic: topic(),
        cues: [{ entryId: "x", span: span() }],
        reason: "",
      })),
      obligations: Array.from({ length: rnd(3) }, () => ({
        topic: topic(),
        action: rnd(4) ? "報告する" : "指示に従う",
        modality: MODALITIES[rnd(MODALITIES.length)]!,
        actor: ["甲", "乙", "mutual", "当社", undefined][rnd(5)],
        timing: { level: "deadline" as const, hours: rnd(72) },
        contents: rnd(2) ? ["件数"] : [],
        span: span(),
      })),
      general: Array.from({ length: rnd(2) }, () => ({
        kind: GENERAL_KINDS[rnd(GENERAL_KINDS.length)]!,
        cues: [{ entryId: "g", span: span() }],
        reason: "",
      })),
    };
  });
  return { ...base, clauses };
}

describe("compare robustness", () => {
  it("never throws; 26 findings; quotes slice the text; the report validates", () => {
    fc.assert(
      fc.property(fc.array(clauseText, { maxLength: 6 }), fc.nat(), (texts, seed) => {
        const analyzed = doc(texts, seed);
        const findings = compare(analyzed, defaultBaseline());
        expect(findings).toHaveLength(26);
        for (const f of findings) {
          if (f.status !== "missing") expect(f.evidence.length).toBeGreaterThan(0);
          for (const e of f.evidence)
            expect(analyzed.document.text.slice(e.span.start, e.span.end)).toBe(e.quote);
        }
        const report = buildReport({ name: "x.txt", analyzed, findings, baseline: defaultBaseline() });
        expect(GapReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
