import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { defaultBaseline } from "../../src/reference/index.js";
import { GapReportSchema } from "../../src/report/schema.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

const dir = mkdtempSync(path.join(tmpdir(), "clausegap-cli-ref-"));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe("clausegap reference", () => {
  it("prints the bundled baseline as JSON by default, re-loadable as a --reference file", async () => {
    const c = capture();
    expect(await main(["reference"], c.io)).toBe(0);
    const printed = JSON.parse(c.out());
    expect(printed.requirements).toHaveLength(26);
    const again = capture();
    expect(await main(["reference", "--reference", write("copy.json", c.out())], again.io)).toBe(0);
    expect(JSON.parse(again.out())).toEqual(printed);
  });

  it("prints a Markdown table with --format md", async () => {
    const c = capture();
    expect(await main(["reference", "--format", "md"], c.io)).toBe(0);
    expect(c.out()).toContain("| RPT-01 | 高 | 報告義務 | **事故の報告義務**");
    expect(c.out()).toContain("000 #1; 000 #2");
  });

  it("exits 2 with a bilingual INVALID_REFERENCE naming the path for a bad file", async () => {
    const bad = structuredClone(defaultBaseline()) as { requirements: { id: string }[] };
    bad.requirements[3]!.id = "RPT-42";
    const c = capture();
    expect(await main(["reference", "--reference", write("bad.json", JSON.stringify(bad))], c.io)).toBe(2);
    expect(c.err()).toContain("[INVALID_REFERENCE]");
    expect(c.err()).toContain("基準ファイルが不正です");
    expect(c.err()).toContain('requirements[3] (RPT-42).id: unknown requirement id "RPT-42"');
    expect(c.err()).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});

describe("clausegap analyze --format / --reference", () => {
  const contract = write("contract.txt", "第1条（目的）\n甲は、乙に入力業務を委託する。\n");

  it("uses the --reference baseline: its name and only its requirements", async () => {
    const subset = { ...structuredClone(defaultBaseline()), name: "my-baseline", version: "9.9" };
    subset.requirements = subset.requirements.filter((r) => r.id === "RPT-01" || r.id === "DMG-01");
    const c = capture();
    expect(
      await main(["analyze", contract, "--reference", write("subset.json", JSON.stringify(subset))], c.io),
    ).toBe(0);
    const report = GapReportSchema.parse(JSON.parse(c.out()));
    expect(report.reference).toEqual({ name: "my-baseline", version: "9.9" });
    expect(report.findings.map((f) => f.requirementId)).toEqual(["RPT-01", "DMG-01"]);
  });

  it("prints Markdown with --format md", async () => {
    const c = capture();
    expect(await main(["analyze", contract, "--format", "md"], c.io)).toBe(0);
    expect(c.out()).toMatch(/^# 情報漏えい事故対応条項 ギャップレポート/);
    expect(c.out()).toContain("contract.txt");
  });

  it("exits 2 when the --reference file cannot be read", async () => {
    const c = capture();
    expect(await main(["analyze", contract, "--reference", path.join(dir, "missing.json")], c.io)).toBe(2);
    expect(c.err()).toContain("[FILE_UNREADABLE]");
  });
});
