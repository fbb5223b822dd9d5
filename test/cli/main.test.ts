import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { GapReportSchema } from "../../src/report/schema.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("cli", () => {
  it("prints help and exits 0", async () => {
    const c = capture();
    expect(await main(["--help"], c.io)).toBe(0);
    expect(c.out.join("")).toContain("Usage: clausegap");
  });

  it("exits 2 with a bilingual, code-tagged message and no stack for a missing file", async () => {
    const c = capture();
    expect(await main(["parse", "/nonexistent/file.txt"], c.io)).toBe(2);
    const err = c.err.join("");
    expect(err).toContain("[FILE_UNREADABLE]");
    expect(err).toContain("ファイルを読み込めません");
    expect(err).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it("exits 2 on an unknown command", async () => {
    const c = capture();
    expect(await main(["frobnicate"], c.io)).toBe(2);
  });

  it("analyze prints a gap report that validates, in a worker thread", async () => {
    const c = capture();
    expect(await main(["analyze", "fixtures/formats/contract.txt"], c.io)).toBe(0);
    const report = GapReportSchema.parse(JSON.parse(c.out.join("")));
    expect(report.document.name).toBe("contract.txt");
    expect(report.findings).toHaveLength(26);
  });

  it("analyze gives the typed error of an unreadable file, without a stack", async () => {
    const c = capture();
    expect(await main(["analyze", "fixtures/broken/legacy.doc"], c.io)).toBe(2);
    expect(c.err.join("")).toContain("[LEGACY_DOC]");
    expect(c.err.join("")).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it("analyze stops at --timeout with ANALYSIS_TIMEOUT", async () => {
    const c = capture();
    expect(await main(["analyze", "fixtures/formats/contract.txt", "--timeout", "1"], c.io)).toBe(2);
    expect(c.err.join("")).toContain("[ANALYSIS_TIMEOUT]");
  });
});
