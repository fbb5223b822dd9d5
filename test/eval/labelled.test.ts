// Accuracy gates: the evaluation command's scorer on our own labelled fixtures (always) and on the
// shared dev-eval set (when ../shared is beside the project). Thresholds from issue 3.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { warmUp } from "../../src/analyze-clauses.js";
import { analyze } from "../../src/analyzer.js";
import { type EvalResult, evaluateFolder } from "../../src/eval/run.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = (folder: string) => evaluateFolder(folder, (bytes, name) => analyze(bytes, { name }));
const missesOf = (r: EvalResult) =>
  r.misses.map((m) => `${m.file} ${m.what}: ${m.expected} → ${m.predicted}`);

beforeAll(() => warmUp());

describe("accuracy on fixtures/labelled (our own labelled clauses and contracts)", () => {
  let result: EvalResult;
  beforeAll(async () => {
    result = await run(path.join(ROOT, "fixtures/labelled"));
  }, 240_000);

  it("labels at least 40 clauses and 5 whole contracts", () => {
    expect(result.files).toBeGreaterThanOrEqual(45);
    expect(result.requirementTotal).toBeGreaterThanOrEqual(5 * 26);
  });

  it("topic micro-F1 ≥ 0.95, attribute accuracy ≥ 0.95, requirement accuracy ≥ 0.95", () => {
    const misses = missesOf(result).join("\n");
    expect(result.microF1, misses).toBeGreaterThanOrEqual(0.95);
    expect(result.attributeAccuracy, misses).toBeGreaterThanOrEqual(0.95);
    expect(result.requirementAccuracy, misses).toBeGreaterThanOrEqual(0.95);
    expect(result.requirementAccuracyPresent, misses).toBeGreaterThanOrEqual(0.9);
  });
});

const DEV_EVAL = path.resolve(ROOT, "../shared/dev-eval");

describe.skipIf(!existsSync(DEV_EVAL))("accuracy on ../shared/dev-eval (issue 3 thresholds)", () => {
  it("topic micro-F1 ≥ 0.95, attribute accuracy ≥ 0.9, requirement status accuracy ≥ 0.9", async () => {
    const result = await run(DEV_EVAL);
    const misses = missesOf(result).join("\n");
    expect(result.microF1, misses).toBeGreaterThanOrEqual(0.95);
    expect(result.attributeAccuracy, misses).toBeGreaterThanOrEqual(0.9);
    expect(result.requirementAccuracy, misses).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
