// The targets table of the bench page and the README: each target judged on the run's own figure.
import { describe, expect, it } from "vitest";
import type { BenchResults } from "../../bench/run.js";
import { targetsTable, withTargets } from "../../bench/targets.js";

function run(sections: Record<string, unknown>): BenchResults {
  return {
    tool: "0.0.0",
    date: "2026-12-07T00:00:00.000Z",
    quick: false,
    machine: { cpus: 2, model: "test", memoryGB: 4, node: "v20" },
    loadAverage: { start: 1, end: 2 },
    sections,
  };
}

const full = run({
  analysis: {
    ratio: 2.5,
    fastRatio: 1,
    sizes: [],
    growth: [{ factor: 16, bytes: 1, analyzeMs: 1, timeRatio: 19 }],
  },
  scan: { scaling: 1.69, scanPeakRssMb: 600 },
  http: { coldStartMs: 1000, uploads: [{ connections: 8, p99: 120 }], serverPeakRssMb: 800 },
});

describe("targetsTable", () => {
  it("marks each figure against its own bound, exactly at the edges", () => {
    const table = targetsTable(full);
    expect(table).toContain("| analysis vs bare kuromoji tokenization | ≥ 2.0× | 2.5× ✅ |");
    expect(table).toContain("| time for 16× the document size | ≤ 18× | 19× ❌ |");
    expect(table).toContain("| batch scan, 2 workers vs 1 | ≥ 1.7× | 1.69× ❌ |");
    expect(table).toContain("| HTTP p99, 20 KB contract, 8 clients | < 250 ms | 120 ms ✅ |");
    expect(table).toContain("| server cold start to ready | < 2,000 ms | 1000 ms ✅ |");
    expect(table).toContain("Peak RSS: server with its 2 workers 800 MB; `clausegap scan --jobs 2` 600 MB.");
  });

  it("says 'not measured' for the sections a partial run left out", () => {
    const table = targetsTable(run({ scan: { scaling: 1.7 } }));
    expect(table).toContain("| batch scan, 2 workers vs 1 | ≥ 1.7× | 1.7× ✅ |");
    expect(table).toContain("| server cold start to ready | < 2,000 ms | not measured |");
  });
});

describe("withTargets", () => {
  it("replaces only the text between the README's markers", () => {
    const readme = "before\n<!-- bench:targets:start -->\nold table\n<!-- bench:targets:end -->\nafter\n";
    const out = withTargets(readme, full);
    expect(out.startsWith("before\n<!-- bench:targets:start -->\n| target")).toBe(true);
    expect(out).not.toContain("old table");
    expect(out.endsWith("<!-- bench:targets:end -->\nafter\n")).toBe(true);
    expect(withTargets(out, full)).toBe(out); // a second run with the same figures changes nothing
  });

  it("leaves a README without markers as it is", () => {
    expect(withTargets("no markers here\n", full)).toBe("no markers here\n");
  });
});
