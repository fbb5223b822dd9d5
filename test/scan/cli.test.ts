// `clausegap scan` end to end, through the real worker pool (dist/ worker), on a fixture tree with
// nested folders, Shift_JIS text, DOCX, PDF, broken and unsupported files and a picture.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureTree, type ExpectedRow, fixtureText } from "../../scripts/scan-fixtures/build-tree.js";
import { main } from "../../src/cli/main.js";
import { fromRoot } from "../../src/core/paths.js";
import { GapReportSchema } from "../../src/report/schema.js";
import { ScanSummarySchema } from "../../src/scan/summary/schema.js";
import { put, tempDir } from "./helpers.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function run(args: string[]) {
  const c = capture();
  const code = await main(["scan", ...args], c.io);
  return { code, out: c.out.join(""), err: c.err.join("") };
}

const sha256 = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8")) as unknown;

describe("clausegap scan (worker pool)", () => {
  let root: string;
  let input: string;
  let out: string;
  let expected: ExpectedRow[];
  let first: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "clausegap-scan-cli-")); // lives for the whole suite
    input = path.join(root, "contracts");
    out = path.join(root, "reports");
    expected = await buildFixtureTree(input);
    first = await run([input, "--out", out, "--jobs", "2", "--format", "md"]);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("exits 0 and writes a valid report per readable file, named, typed and hashed right", async () => {
    expect(first.err).not.toMatch(/\n\s+at .*:\d+:\d+/); // no stack trace
    expect(first.code).toBe(0);
    for (const row of expected.filter((r) => r.status === "ok")) {
      const report = GapReportSchema.parse(await readJson(path.join(out, `${row.path}.gap.json`)));
      expect(report.document.name).toBe(row.path);
      expect(report.document.format).toBe(row.format);
      expect(report.document.sha256).toBe(await sha256(path.join(input, row.path)));
      if (row.encoding) expect(report.document.encoding).toBe(row.encoding);
      expect(existsSync(path.join(out, `${row.path}.gap.md`))).toBe(true);
    }
    const sjis = GapReportSchema.parse(
      await readJson(path.join(out, "vendors/acme/memorandum-sjis.txt.gap.json")),
    );
    expect(sjis.document.text).toContain("個人データの取扱いに関する覚書"); // decoded, not mojibake
    expect((await fixtureText("memorandum-ja.txt")).startsWith("個人データの取扱いに関する覚書")).toBe(true);
  });

  it("writes no report for the files that failed or were skipped, and nothing for hidden files", () => {
    for (const row of expected.filter((r) => r.status !== "ok"))
      expect(existsSync(path.join(out, `${row.path}.gap.json`))).toBe(false);
    expect(existsSync(path.join(out, ".git"))).toBe(false);
    expect(existsSync(path.join(out, "vendors", "acme", "loop"))).toBe(false);
  });

  it("lists every file once in summary.json, with the error code of each bad one", async () => {
    const summary = ScanSummarySchema.parse(await readJson(path.join(out, "summary.json")));
    const byPath = new Map(summary.rows.map((r) => [r.path, r]));
    expect([...byPath.keys()].sort()).toEqual(expected.map((r) => r.path).sort());
    for (const row of expected) {
      expect(byPath.get(row.path)?.status, row.path).toBe(row.status);
      if (row.errorCode) expect(byPath.get(row.path)?.error?.code, row.path).toBe(row.errorCode);
    }
    expect(summary.totals).toMatchObject({ files: 9, ok: 4, failed: 4, skipped: 1, pending: 0 });
  });

  it("writes summary.csv with a BOM and one line per file carrying the error codes", async () => {
    const csv = await readFile(path.join(out, "summary.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + expected.length);
    for (const row of expected) {
      const line = lines.find((l) => l.startsWith(`${row.path},`));
      expect(line, row.path).toBeDefined();
      if (row.errorCode) expect(line).toContain(`,${row.errorCode},`);
    }
    expect(existsSync(path.join(out, "summary.md"))).toBe(true);
  });

  it("prints a short summary on stdout", () => {
    expect(first.out).toContain("9 files: 4 ok");
    expect(first.out).toContain("4 failed, 1 skipped");
    expect(first.out).toContain("broken/corrupt.pdf [CORRUPT_PDF]");
    expect(first.out).toContain(`reports: ${out}`);
  });

  it("exits 1 with --fail-on when a contract cannot be read, reusing every report on the rerun", async () => {
    const again = await run([input, "--out", out, "--fail-on", "high", "--quiet"]);
    expect(again.code).toBe(1);
    expect(again.out).toContain("4 ok (4 up to date from an earlier run)");
    expect(again.err).toBe(""); // --quiet
  });

  it("judges with a --reference baseline: exit 0 or 1 by --fail-on against that baseline's severities", async () => {
    // One requirement, made low: SBC-02 (subcontractors bound by equal duties) is missing from
    // contract-ja.txt, which says nothing of subcontractors.
    const bundled = JSON.parse(
      await readFile(fromRoot("dictionaries", "reference", "baseline.json"), "utf8"),
    );
    const sbc02 = bundled.requirements.find((r: { id: string }) => r.id === "SBC-02");
    const reference = {
      ...bundled,
      name: "test-baseline",
      version: "9.9.9",
      requirements: [{ ...sbc02, severity: "low" }],
    };
    const clean = path.join(root, "clean");
    await put(clean, "contract.txt", await fixtureText("contract-ja.txt"));
    await put(root, "reference.json", JSON.stringify(reference));
    const args = [
      clean,
      "--out",
      path.join(root, "clean-out"),
      "--reference",
      path.join(root, "reference.json"),
    ];

    expect((await run([...args, "--fail-on", "high", "--jobs", "1"])).code).toBe(0);
    const report = GapReportSchema.parse(
      await readJson(path.join(root, "clean-out", "contract.txt.gap.json")),
    );
    expect(report.reference).toEqual({ name: "test-baseline", version: "9.9.9" });
    expect(report.findings.map((f) => [f.requirementId, f.status, f.severity])).toEqual([
      ["SBC-02", "missing", "low"],
    ]);
    const low = await run([...args, "--fail-on", "low"]);
    expect(low.code).toBe(1);
    expect(low.out).toContain("1 ok (1 up to date from an earlier run)");
  });
});

describe("clausegap scan usage and I/O errors (exit 2)", () => {
  it.each([
    [
      "an --out under a regular file",
      (r: string) => [r, "--out", path.join(r, "a.txt", "out")],
      "OUTPUT_UNWRITABLE",
    ],
    [
      "a missing --reference file",
      (r: string) => [r, "--out", path.join(r, "o"), "--reference", path.join(r, "nope.json")],
      "FILE_UNREADABLE",
    ],
    [
      "a --reference that is not JSON",
      (r: string) => [r, "--out", path.join(r, "o"), "--reference", path.join(r, "a.txt")],
      "INVALID_REFERENCE",
    ],
    [
      "a --reference of the wrong shape",
      (r: string) => [r, "--out", path.join(r, "o"), "--reference", path.join(r, "bad.json")],
      "INVALID_REFERENCE",
    ],
    ["a missing input", (r: string) => [path.join(r, "nope"), "--out", path.join(r, "o")], "FILE_UNREADABLE"],
    [
      "an input folder with no files",
      (r: string) => [path.join(r, "empty"), "--out", path.join(r, "o")],
      "NO_INPUT_FILES",
    ],
  ])("%s", async (_name, args, code) => {
    const root = await tempDir();
    await put(root, "a.txt", "第1条 本契約は…");
    await put(root, "bad.json", JSON.stringify({ name: "x" }));
    await put(root, "empty/.keep", "");
    const result = await run(args(root));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`[${code}]`);
    expect(result.err).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(existsSync(path.join(root, "o", "a.txt.gap.json"))).toBe(false);
  });

  it.each([
    ["no path at all", ["--out", "x"]],
    ["no --out", ["somewhere"]],
    ["a bad --jobs", [".", "--out", "x", "--jobs", "0"]],
    ["a bad --fail-on", [".", "--out", "x", "--fail-on", "critical"]],
    ["a bad --summary", [".", "--out", "x", "--summary", "csv,xlsx"]],
  ])("exits 2 on %s", async (_name, args) => {
    expect((await run(args)).code).toBe(2);
  });

  it("documents the exit codes in --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /Exit codes:[\s\S]*0 {4}done[\s\S]*1 {4}with --fail-on[\s\S]*2 {4}usage or I\/O error[\s\S]*130/,
    );
  });
});
