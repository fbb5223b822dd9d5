import { describe, expect, it } from "vitest";
import { Accuracy, prf, TopicTally } from "../../src/eval/metrics.js";

describe("eval metrics", () => {
  it("computes precision, recall and F1 from counts (checked by hand)", () => {
    // 3 right, 1 spurious, 2 missed: P = 3/4, R = 3/5, F1 = 2·0.75·0.6/1.35 = 0.6667
    const m = prf({ tp: 3, fp: 1, fn: 2 });
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.6);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.support).toBe(5);
  });

  it("tallies topics per file into micro and macro F1", () => {
    const t = new TopicTally();
    t.add(new Set(["reporting", "fault"]), new Set(["reporting"])); // reporting tp, fault fn
    t.add(new Set([]), new Set(["damages"])); // damages fp
    t.add(new Set(["damages"]), new Set(["damages"])); // damages tp
    // micro: tp 2, fp 1, fn 1 → P = R = 2/3 → F1 = 2/3
    expect(t.micro().f1).toBeCloseTo(2 / 3);
    // macro over reporting (1), fault (0), damages (P 1/2, R 1 → 2/3): (1 + 0 + 2/3) / 3
    expect(t.macroF1()).toBeCloseTo((1 + 0 + 2 / 3) / 3);
  });

  it("counts accuracy", () => {
    const a = new Accuracy();
    a.add(true);
    a.add(false);
    a.add(true);
    expect(a.value).toBeCloseTo(2 / 3);
  });
});
