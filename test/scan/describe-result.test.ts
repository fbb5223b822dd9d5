import { describe, expect, it } from "vitest";
import { describeResult } from "../../src/cli/scan.js";
import type { ScanResult } from "../../src/scan/index.js";

const row = (path: string, score: number, highGaps: string[]) => ({
  path,
  status: "ok" as const,
  score,
  highGaps,
});

function result(rows: unknown[]): ScanResult {
  const totals = {
    files: rows.length,
    ok: rows.length,
    cached: 0,
    failed: 0,
    skipped: 0,
    pending: 0,
    gaps: { high: 2, medium: 0, low: 0 },
  };
  return {
    out: "/tmp/out",
    summary: { totals, rows } as never,
    summaryFiles: [],
    timing: { elapsedMs: 1, analysed: rows.length, filesPerSecond: 1 },
  } as never;
}

describe("describeResult (the scan's stdout summary)", () => {
  it("lists each scored file with its score and high-severity gaps", () => {
    const text = describeResult(result([row("a.txt", 82, ["FLT-01"]), row("b/c.txt", 33, [])]), false);
    expect(text).toContain(" 82/100  a.txt  high-severity gaps: FLT-01");
    expect(text).toMatch(/ 33\/100 {2}b\/c\.txt\n/);
  });

  it("points to the summary files instead of listing more than 20 files", () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(`f${i}.txt`, 50, []));
    const text = describeResult(result(rows), false);
    expect(text).toContain("f19.txt");
    expect(text).not.toContain("f20.txt");
    expect(text).toContain("… and 5 more (see the summary)");
  });
});
