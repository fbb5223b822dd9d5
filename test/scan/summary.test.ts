import { describe, expect, it } from "vitest";
import { csvCell, summaryToCsv } from "../../src/scan/summary/csv.js";
import { totalsOf } from "../../src/scan/summary/index.js";
import { summaryToMarkdown } from "../../src/scan/summary/md.js";
import type { ScanRow, ScanSummary } from "../../src/scan/summary/schema.js";

const ok: ScanRow = {
  path: "委託/契約,A.txt",
  status: "ok",
  cached: false,
  format: "txt",
  score: 40,
  counts: { met: 1, partial: 1, missing: 2, conflict: 0 },
  gaps: { high: 2, medium: 1, low: 0 },
  highGaps: ["RPT-01", "CST-01"],
  report: "委託/契約,A.txt.gap.json",
};
const failed: ScanRow = {
  path: "broken.pdf",
  status: "failed",
  error: { code: "CORRUPT_PDF", message: { ja: "PDF が壊れています", en: 'The "PDF" is damaged' } },
};
const skipped: ScanRow = { path: "logo|x.png", status: "skipped", skipReason: "image/png" };

function summaryOf(rows: ScanRow[]): ScanSummary {
  return {
    schemaVersion: "1.0",
    tool: { name: "clausegap", version: "1.2.3" },
    reference: { name: "base", version: "2" },
    startedAt: new Date(0).toISOString(),
    elapsedMs: 5,
    interrupted: false,
    totals: totalsOf(rows, 0),
    rows,
  };
}

describe("summary.csv", () => {
  const csv = summaryToCsv([ok, failed, skipped]);
  const lines = csv.slice(1).split("\r\n");

  it("starts with a UTF-8 BOM and ends lines with CRLF, one line per file after the header", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(lines[0]).toMatch(
      /^path,status,cached,format,encoding,score,met,partial,missing,conflict,gaps_high/,
    );
  });

  it("quotes commas and doubles quotes (RFC 4180)", () => {
    expect(lines[1]).toBe(
      '"委託/契約,A.txt",ok,false,txt,,40,1,1,2,0,2,1,0,RPT-01 CST-01,,,,,"委託/契約,A.txt.gap.json",',
    );
    expect(lines[2]).toBe(
      'broken.pdf,failed,,,,,,,,,,,,,CORRUPT_PDF,PDF が壊れています,"The ""PDF"" is damaged",,,',
    );
    expect(lines[3]).toBe("logo|x.png,skipped,,,,,,,,,,,,,,,,image/png,,");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-draft.txt")).toBe("'-draft.txt");
    expect(csvCell("@x,y")).toBe('"\'@x,y"');
    expect(csvCell(12)).toBe("12");
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });
});

describe("summary totals and Markdown", () => {
  it("counts statuses and sums gaps by severity", () => {
    const cached = { ...ok, path: "b.txt", cached: true };
    expect(totalsOf([ok, cached, failed, skipped], 3)).toEqual({
      files: 4,
      ok: 2,
      cached: 1,
      failed: 1,
      skipped: 1,
      pending: 3,
      gaps: { high: 4, medium: 2, low: 0 },
    });
  });

  it("renders a table row per file with escaped pipes and the error code", () => {
    const md = summaryToMarkdown(summaryOf([ok, failed, skipped]));
    const rows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ファイル"));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("| RPT-01, CST-01 |");
    expect(rows[1]).toContain("CORRUPT_PDF: PDF が壊れています");
    expect(rows[2]).toContain("logo\\|x.png");
    expect(md).toContain("高 high 2、中 medium 1、低 low 0");
  });
});
