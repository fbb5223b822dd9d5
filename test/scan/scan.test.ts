// scan() with a fake analysis: the walk, the output tree, resumption, failures, abort and clean-up.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ClausegapError, isClausegapError } from "../../src/core/errors.js";
import { GapReportSchema } from "../../src/report/schema.js";
import { sha256Hex } from "../../src/scan/read.js";
import { scan } from "../../src/scan/run.js";
import { type ScanFileTask, scanFile } from "../../src/scan/scan-file.js";
import { ScanSummarySchema } from "../../src/scan/summary/schema.js";
import { fakeAnalysis, finding, put, readJson, smallTree, tempDir, testBaseline } from "./helpers.js";

describe("scan (fake analysis)", () => {
  it("writes one valid report per file, mirroring the input tree, and a summary of every file", async () => {
    const { input, out } = await smallTree();
    const fake = fakeAnalysis({
      findings: (n) => (n === "a.txt" ? [finding("RPT-01", "missing", "high")] : []),
    });
    const result = await scan({
      inputs: [input],
      out,
      analyze: fake.analyze,
      reference: testBaseline(),
      jobs: 2,
    });

    expect(fake.calls.sort()).toEqual(["a.txt", "sub/b.txt", "sub/deeper/c.txt"]);
    for (const rel of ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]) {
      const report = GapReportSchema.parse(await readJson(path.join(out, `${rel}.gap.json`)));
      expect(report.document.name).toBe(rel);
      expect(report.document.sha256).toBe(sha256Hex(await readFile(path.join(input, rel))));
    }
    const summary = ScanSummarySchema.parse(await readJson(path.join(out, "summary.json")));
    expect(summary.rows.map((r) => [r.path, r.status])).toEqual([
      ["a.txt", "ok"],
      ["sub/b.txt", "ok"],
      ["sub/deeper/c.txt", "ok"],
      ["sub/logo.png", "skipped"],
    ]);
    expect(summary.rows[0]?.highGaps).toEqual(["RPT-01"]);
    expect(summary.rows[0]?.report).toBe("a.txt.gap.json");
    expect(summary.totals).toMatchObject({
      files: 4,
      ok: 3,
      failed: 0,
      skipped: 1,
      pending: 0,
      gaps: { high: 1 },
    });
    expect(result.summaryFiles.map((f) => path.basename(f))).toEqual([
      "summary.csv",
      "summary.json",
      "summary.md",
    ]);
    expect(existsSync(path.join(out, "sub", "logo.png.gap.json"))).toBe(false);
  });

  it("turns a failed analysis into an error row, removes its old report, and goes on", async () => {
    const { input, out } = await smallTree();
    const options = { inputs: [input], out, reference: testBaseline() };
    await scan({ ...options, analyze: fakeAnalysis().analyze });
    await put(input, "sub/b.txt", "changed");
    const error = {
      code: "CORRUPT_PDF" as const,
      message: { ja: "壊れています", en: "damaged" },
      httpStatus: 422,
    };
    const failing = fakeAnalysis({ fail: (n) => (n === "sub/b.txt" ? error : undefined) });
    const result = await scan({ ...options, analyze: failing.analyze });
    const row = result.summary.rows.find((r) => r.path === "sub/b.txt");
    expect(row).toMatchObject({ status: "failed", error: { code: "CORRUPT_PDF" } });
    expect(existsSync(path.join(out, "sub", "b.txt.gap.json"))).toBe(false);
    expect(result.summary.totals).toMatchObject({ ok: 2, failed: 1 });
  });

  it("turns an analysis that throws (a crashed worker) into an INTERNAL_ERROR row", async () => {
    const { input, out } = await smallTree();
    const analyze = async () => {
      throw new Error("worker died");
    };
    const result = await scan({ inputs: [input], out, reference: testBaseline(), analyze });
    expect(result.summary.rows.filter((r) => r.error?.code === "INTERNAL_ERROR")).toHaveLength(3);
  });

  it("keeps up-to-date reports without the pool: a resumed scan starts no worker, a changed file goes to one", async () => {
    const { input, out } = await smallTree();
    const options = { inputs: [input], out, reference: testBaseline() };
    const fake = fakeAnalysis();
    await scan({ ...options, analyze: fake.analyze });
    const sent: ScanFileTask[] = [];
    const pool = {
      threads: 1,
      scanFile: async (task: ScanFileTask) => {
        sent.push(task);
        return scanFile(task, fake.analyze);
      },
    };
    const resumed = await scan({ ...options, pool });
    expect(sent).toEqual([]);
    expect(resumed.summary.totals).toMatchObject({ ok: 3, cached: 3 });
    await put(input, "sub/b.txt", "changed");
    const rerun = await scan({ ...options, pool });
    expect(sent.map((t) => [t.relPath, t.resumeChecked])).toEqual([["sub/b.txt", true]]);
    expect(rerun.summary.totals).toMatchObject({ ok: 3, cached: 2 });
  });

  it("turns a worker stopped by the time limit into an ANALYSIS_TIMEOUT row and removes its old report", async () => {
    const { input, out } = await smallTree();
    const options = { inputs: [input], out, reference: testBaseline() };
    const fake = fakeAnalysis();
    await scan({ ...options, analyze: fake.analyze });
    await put(input, "sub/b.txt", "changed"); // not up to date: goes to the worker again
    // A pool like the real one: the step runs in a worker, which the time limit stops mid-file.
    const pool = {
      threads: 1,
      scanFile: async (task: ScanFileTask) => {
        if (task.relPath === "sub/b.txt") throw new ClausegapError("ANALYSIS_TIMEOUT", { limitMs: 5 });
        return scanFile(task, fake.analyze);
      },
    };
    const result = await scan({ ...options, pool });
    const row = result.summary.rows.find((r) => r.path === "sub/b.txt");
    expect(row).toMatchObject({ status: "failed", error: { code: "ANALYSIS_TIMEOUT" } });
    expect(existsSync(path.join(out, "sub", "b.txt.gap.json"))).toBe(false);
    expect(result.summary.totals).toMatchObject({ ok: 2, failed: 1 });
  });

  it("stops dispatching on abort, finishes what is in flight and summarises only that", async () => {
    const root = await tempDir();
    for (let i = 0; i < 30; i++) await put(root, `in/f${String(i).padStart(2, "0")}.txt`, `第${i}条`);
    const controller = new AbortController();
    const fake = fakeAnalysis({ onCall: (_n, calls) => calls === 3 && controller.abort() });
    const out = path.join(root, "out");
    const result = await scan({
      inputs: [path.join(root, "in")],
      out,
      reference: testBaseline(),
      analyze: fake.analyze,
      jobs: 1,
      signal: controller.signal,
    });
    expect(result.summary.interrupted).toBe(true);
    expect(fake.calls.length).toBeLessThanOrEqual(4); // 2 lanes: the 3rd call and at most one more
    expect(result.summary.rows).toHaveLength(fake.calls.length);
    expect(result.summary.totals.pending).toBe(30 - fake.calls.length);
    for (const r of result.summary.rows) expect(existsSync(path.join(out, `${r.path}.gap.json`))).toBe(true);
    ScanSummarySchema.parse(await readJson(path.join(out, "summary.json")));
  });

  it("sweeps temp files a killed run left, and never scans its own output folder", async () => {
    const { input } = await smallTree();
    const out = path.join(input, "reports"); // inside the scanned folder
    await put(out, "sub/b.txt.gap.json.3735928559", "{ partial");
    await put(out, "summary.csv.12", "partial");
    await put(out, "notes.txt.12", "not ours");
    const fake = fakeAnalysis();
    const result = await scan({ inputs: [input], out, reference: testBaseline(), analyze: fake.analyze });
    expect(fake.calls.sort()).toEqual(["a.txt", "sub/b.txt", "sub/deeper/c.txt"]);
    expect(result.summary.rows).toHaveLength(4);
    expect(existsSync(path.join(out, "sub", "b.txt.gap.json.3735928559"))).toBe(false);
    expect(existsSync(path.join(out, "summary.csv.12"))).toBe(false);
    expect(existsSync(path.join(out, "notes.txt.12"))).toBe(true);
  });

  it.each([
    [
      "an output path under a file",
      async (root: string) => ({ inputs: [root], out: path.join(root, "f.txt", "out") }),
      "OUTPUT_UNWRITABLE",
    ],
    [
      "a missing input",
      async (root: string) => ({ inputs: [path.join(root, "nope")], out: path.join(root, "o") }),
      "FILE_UNREADABLE",
    ],
    [
      "a folder with nothing to scan",
      async (root: string) => {
        await put(root, "empty/.hidden", "x");
        return { inputs: [path.join(root, "empty")], out: path.join(root, "o") };
      },
      "NO_INPUT_FILES",
    ],
  ])("refuses %s with a typed error before scanning", async (_name, setup, code) => {
    const root = await tempDir();
    await put(root, "f.txt", "x");
    const fake = fakeAnalysis();
    const error = await scan({
      ...(await setup(root)),
      reference: testBaseline(),
      analyze: fake.analyze,
    }).catch((e) => e);
    expect(isClausegapError(error) && error.code).toBe(code);
    expect(fake.calls).toEqual([]);
  });
});
