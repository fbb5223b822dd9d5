import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVALUATORS } from "../../src/compare/index.js";
import { REQUIREMENT_IDS } from "../../src/core/ids.js";
import { REQUIREMENT_TOPIC, TOPIC_CRITERIA } from "../../src/reference/criteria.js";
import { defaultBaseline } from "../../src/reference/index.js";

const SEEDS = path.resolve(import.meta.dirname, "../../../shared/seeds");
const SEED_FILES = [
  "000_940f54335321e414.txt",
  "001_2dccbcc670907e92.txt",
  "003_2e87a0ac5d77f3aa.txt",
  "004_d2dda46b2d99fb0b.txt",
];

// DESIGN.md "Reference requirements" table, severity column.
const SEVERITY = {
  high: ["RPT-01", "RPT-02", "FLT-01", "CST-01", "CTN-01"],
  low: ["RPT-07", "PUB-03", "CST-03", "CTN-02", "INV-02", "INV-03", "SBC-02"],
};

describe("bundled baseline (dictionaries/reference/baseline.json)", () => {
  const baseline = defaultBaseline();

  it("lists the 26 requirement ids of DESIGN.md once each, in order, with their topics", () => {
    expect(baseline.requirements.map((r) => r.id)).toEqual([...REQUIREMENT_IDS]);
    for (const r of baseline.requirements) expect(r.topic, r.id).toBe(REQUIREMENT_TOPIC[r.id]);
  });

  it("uses DESIGN.md's default severities", () => {
    for (const r of baseline.requirements) {
      const expected = SEVERITY.high.includes(r.id) ? "high" : SEVERITY.low.includes(r.id) ? "low" : "medium";
      expect(r.severity, r.id).toBe(expected);
    }
  });

  it("cites seed files and articles in the agreed form (000 #n for seed 000)", () => {
    for (const r of baseline.requirements) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(SEED_FILES, r.id).toContain(s.file);
        const pattern = s.file.startsWith("000") ? /^000 #([1-9]|10)$/ : /^第\d+条(第\d+項)?$/;
        expect(s.article, `${r.id} ${s.article}`).toMatch(pattern);
      }
    }
  });

  it("has titles, descriptions and a model clause for every requirement", () => {
    for (const r of baseline.requirements) {
      expect(r.title.ja && r.title.en && r.description.ja && r.description.en, r.id).toBeTruthy();
      expect(r.suggestion?.ja, r.id).toMatch(/。$/);
    }
  });

  it("is frozen (loaded once, immutable)", () => {
    expect(Object.isFrozen(baseline.requirements[0]?.expect)).toBe(true);
    expect(defaultBaseline()).toBe(baseline);
  });

  describe.skipIf(!existsSync(SEEDS))("does not copy the seeds", () => {
    const seeds = existsSync(SEEDS)
      ? readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), "utf8").replace(/\s/g, ""))
      : [];
    const WINDOW = 20;
    it.each(baseline.requirements.map((r) => [r.id, r] as const))(
      "%s: no 20-character run of a seed",
      (_id, r) => {
        for (const text of [r.suggestion?.ja ?? "", r.description.ja, r.title.ja]) {
          const flat = text.replace(/\s/g, "");
          for (let i = 0; i + WINDOW <= flat.length; i++)
            expect(
              seeds.some((s) => s.includes(flat.slice(i, i + WINDOW))),
              flat.slice(i, i + WINDOW),
            ).toBe(false);
        }
      },
    );
  });
});

describe("evaluator registry", () => {
  it("has one evaluator per topic, declaring the criteria the baseline contract allows", () => {
    expect(Object.keys(EVALUATORS).sort()).toEqual(Object.keys(TOPIC_CRITERIA).sort());
    for (const [topic, ev] of Object.entries(EVALUATORS)) {
      expect(ev.meta.topic).toBe(topic);
      expect(ev.meta.criteria).toEqual(TOPIC_CRITERIA[topic as keyof typeof TOPIC_CRITERIA]);
    }
  });
});
