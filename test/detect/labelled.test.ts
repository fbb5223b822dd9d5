// Regression gate on labelled clauses: our own fixtures always; the shared dev-eval set when present.
// Scored as DESIGN.md "Labelled data" defines (union of topics; attributes from the obligations;
// reporting.instructions = a 指示に従う obligation, the clause-level reading of RPT-06).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeClauses } from "../../src/analyze-clauses.js";
import type { TimingLevel } from "../../src/core/ids.js";
import { makeClauseDocument } from "../helpers/clauses.js";

const STRENGTH: Record<TimingLevel, number> = {
  immediately: 4,
  deadline: 3,
  promptly: 2,
  without_delay: 1,
  none: 0,
};

interface Label {
  file: string;
  kind: string;
  topics: string[];
  attributes: Record<string, string | boolean>;
}

async function score(dir: string) {
  const labels = readFileSync(path.join(dir, "labels.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Label)
    .filter((l) => l.kind === "clause");
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const l of labels) {
    const [ac] = (await analyzeClauses(makeClauseDocument(readFileSync(path.join(dir, l.file), "utf8"))))
      .clauses;
    const predicted = new Set(ac?.topics.map((t) => t.topic));
    for (const t of predicted)
      if (l.topics.includes(t)) tp++;
      else fp++, misses.push(`${l.file} +${t}`);
    for (const t of l.topics) if (!predicted.has(t as never)) fn++, misses.push(`${l.file} -${t}`);
    const obligations = ac?.obligations ?? [];
    const reporting = obligations.filter((o) => o.topic === "reporting");
    const faults = new Set(obligations.map((o) => o.fault));
    const attrs: Record<string, string | boolean> = {
      "reporting.timing": reporting
        .map((o) => o.timing?.level ?? "none")
        .reduce<TimingLevel>((b, x) => (STRENGTH[x] > STRENGTH[b] ? x : b), "none"),
      "reporting.suspected": reporting.some((o) => o.trigger?.suspected),
      "reporting.written": reporting.some((o) => o.form === "written"),
      "reporting.instructions": reporting.some((o) => o.action === "指示に従う"),
      fault: faults.has("regardless")
        ? "regardless"
        : faults.has("fault_based")
          ? "fault_based"
          : "unspecified",
    };
    for (const [k, v] of Object.entries(l.attributes)) {
      total++;
      if (attrs[k] === v) right++;
      else misses.push(`${l.file} ${k}=${String(attrs[k])} (expected ${String(v)})`);
    }
  }
  const microF1 = (2 * tp) / (2 * tp + fp + fn || 1);
  return { microF1, accuracy: right / (total || 1), misses, files: labels.length };
}

describe("labelled clauses", () => {
  it("fixtures/labelled: topic micro-F1 ≥ 0.95 and attribute accuracy ≥ 0.9", async () => {
    const s = await score(path.resolve("fixtures/labelled"));
    expect(s.files).toBeGreaterThanOrEqual(40);
    expect(s.microF1, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(s.accuracy, s.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  const devEval = path.resolve("../shared/dev-eval");
  describe.skipIf(!existsSync(path.join(devEval, "labels.jsonl")))("shared dev-eval", () => {
    it("topic micro-F1 ≥ 0.95 and attribute accuracy ≥ 0.9", async () => {
      const s = await score(devEval);
      expect(s.microF1, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
      expect(s.accuracy, s.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    });
  });
});
