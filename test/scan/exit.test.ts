import { describe, expect, it } from "vitest";
import { scanExitCode } from "../../src/scan/exit.js";
import { totalsOf } from "../../src/scan/summary/index.js";
import type { ScanRow, ScanSummary } from "../../src/scan/summary/schema.js";

const row = (gaps: ScanRow["gaps"], extra: Partial<ScanRow> = {}): ScanRow => ({
  path: "a.txt",
  status: "ok",
  gaps,
  ...extra,
});

function summary(rows: ScanRow[]): ScanSummary {
  return {
    schemaVersion: "1.0",
    tool: { name: "clausegap", version: "1" },
    reference: { name: "r", version: "1" },
    startedAt: new Date(0).toISOString(),
    elapsedMs: 1,
    interrupted: false,
    totals: totalsOf(rows, 0),
    rows,
  };
}

const mediumOnly = summary([row({ high: 0, medium: 2, low: 5 })]);
const failedFile = summary([
  row({ high: 0, medium: 0, low: 0 }),
  { path: "x.pdf", status: "failed", error: { code: "CORRUPT_PDF", message: { ja: "", en: "" } } },
]);
const skippedOnly = summary([{ path: "logo.png", status: "skipped", skipReason: "image/png" }]);

describe("scanExitCode", () => {
  it.each([
    ["no --fail-on: gaps and failures still exit 0", mediumOnly, {}, 0],
    ["no --fail-on with a failed file", failedFile, {}, 0],
    ["--fail-on high, only medium gaps", mediumOnly, { failOn: "high" as const }, 0],
    ["--fail-on medium, medium gaps", mediumOnly, { failOn: "medium" as const }, 1],
    ["--fail-on low counts medium gaps too", mediumOnly, { failOn: "low" as const }, 1],
    ["--fail-on high, an unreadable contract counts as a gap", failedFile, { failOn: "high" as const }, 1],
    ["a skipped picture is not a failure", skippedOnly, { failOn: "low" as const }, 0],
    [
      "interrupted by SIGINT",
      mediumOnly,
      { failOn: "medium" as const, interruptedBy: "SIGINT" as const },
      130,
    ],
    ["interrupted by SIGTERM", mediumOnly, { interruptedBy: "SIGTERM" as const }, 143],
  ])("%s", (_name, s, policy, code) => {
    expect(scanExitCode(s, policy)).toBe(code);
  });

  it("exits 2 when a report could not be written", () => {
    const s = summary([
      { path: "a.txt", status: "failed", error: { code: "OUTPUT_UNWRITABLE", message: { ja: "", en: "" } } },
    ]);
    expect(scanExitCode(s, {})).toBe(2);
  });
});
