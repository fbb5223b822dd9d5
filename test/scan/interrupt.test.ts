// A scan killed part-way (a real signal to a real child process) and then rerun: nothing missing,
// duplicated or corrupt. 200 files through one worker take seconds, and the signal is sent as soon
// as the first reports exist, so the child is always caught mid-scan.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildManyContracts } from "../../scripts/scan-fixtures/build-tree.js";
import { fromRoot } from "../../src/core/paths.js";
import { GapReportSchema } from "../../src/report/schema.js";
import { ScanSummarySchema } from "../../src/scan/summary/schema.js";

const FILES = 200;
const BIN = fromRoot("bin", "clausegap.js");

let root: string;
let input: string;
let inputs: string[];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "clausegap-scan-kill-"));
  input = path.join(root, "contracts");
  inputs = (await buildManyContracts(input, FILES, 2)).sort();
});
afterAll(() => rm(root, { recursive: true, force: true }));

interface Child {
  readonly process: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function startScan(out: string): Child {
  const child = spawn(process.execPath, [BIN, "scan", input, "--out", out, "--jobs", "1"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  const exited = once(child, "exit").then(([code, signal]) => ({ code, signal }));
  return { process: child, exited, stdout: () => stdout, stderr: () => stderr };
}

async function listOut(out: string): Promise<string[]> {
  const names = await readdir(out, { recursive: true }).catch(() => [] as string[]);
  return names.map((n) => n.split(path.sep).join("/"));
}

const reportsIn = async (out: string) =>
  (await listOut(out)).filter((n) => n.endsWith(".gap.json")).map((n) => n.slice(0, -".gap.json".length));

async function waitForReports(out: string, child: Child, atLeast: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await reportsIn(out)).length < atLeast) {
    if (child.process.exitCode !== null) throw new Error(`scan ended early: ${child.stderr()}`);
    if (Date.now() > deadline) throw new Error("no reports after 60 s");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every report on disk parses, validates and belongs to its input file. */
async function checkReports(out: string): Promise<string[]> {
  const reports = (await reportsIn(out)).sort();
  for (const rel of reports) {
    const report = GapReportSchema.parse(
      JSON.parse(await readFile(path.join(out, `${rel}.gap.json`), "utf8")),
    );
    expect(report.document.name).toBe(rel);
  }
  return reports;
}

/** Reruns the scan to the end and checks that the result is complete and clean. */
async function rerunAndCheck(out: string, keptBefore: number): Promise<void> {
  const rerun = startScan(out);
  expect((await rerun.exited).code).toBe(0);
  expect(await checkReports(out)).toEqual(inputs); // one report per input: none missing or extra
  expect((await listOut(out)).filter((n) => /\.\d+$/.test(n))).toEqual([]); // no temp file left
  const summary = ScanSummarySchema.parse(JSON.parse(await readFile(path.join(out, "summary.json"), "utf8")));
  expect(summary.rows.map((r) => r.path)).toEqual(inputs);
  expect(summary.totals).toMatchObject({ files: FILES, ok: FILES, pending: 0, cached: keptBefore });
  expect(summary.interrupted).toBe(false);
}

describe("an interrupted scan (child process)", { timeout: 120_000 }, () => {
  it("SIGINT: finishes the files in flight, writes the summary of what is done, exits 130; a rerun completes", async () => {
    const out = path.join(root, "out-int");
    const child = startScan(out);
    await waitForReports(out, child, 3);
    child.process.kill("SIGINT");
    const { code } = await child.exited;
    expect(code).toBe(130);
    expect(child.stderr()).toContain("stopping after the files in flight");
    expect(child.stdout()).toMatch(/interrupted: \d+ files not scanned/);

    const done = await checkReports(out);
    const summary = ScanSummarySchema.parse(
      JSON.parse(await readFile(path.join(out, "summary.json"), "utf8")),
    );
    expect(summary.interrupted).toBe(true);
    expect(summary.rows.map((r) => r.path)).toEqual(done); // the summary lists exactly what is done
    expect(summary.totals.pending).toBe(FILES - done.length);
    expect(summary.totals.pending).toBeGreaterThan(0);
    await rerunAndCheck(out, done.length);
  });

  it("SIGTERM: the same orderly stop, exit 143", async () => {
    const out = path.join(root, "out-term");
    const child = startScan(out);
    await waitForReports(out, child, 3);
    child.process.kill("SIGTERM");
    expect((await child.exited).code).toBe(143);
    const summary = ScanSummarySchema.parse(
      JSON.parse(await readFile(path.join(out, "summary.json"), "utf8")),
    );
    expect(summary.interrupted).toBe(true);
    expect(summary.rows.map((r) => r.path)).toEqual(await checkReports(out));
  });

  it("SIGKILL: leaves only whole reports; a rerun sweeps temp files and completes", async () => {
    const out = path.join(root, "out-kill");
    const child = startScan(out);
    await waitForReports(out, child, 3);
    child.process.kill("SIGKILL");
    expect((await child.exited).signal).toBe("SIGKILL");
    const done = await checkReports(out);
    expect(done.length).toBeLessThan(FILES);
    await rerunAndCheck(out, done.length);
  });

  it("a second SIGINT stops at once (exit 130); the reports written stay whole and a rerun completes", async () => {
    const out = path.join(root, "out-twice");
    const child = startScan(out);
    await waitForReports(out, child, 3);
    child.process.kill("SIGINT");
    child.process.kill("SIGINT");
    expect((await child.exited).code).toBe(130);
    const done = await checkReports(out);
    expect(done.length).toBeLessThan(FILES);
    await rerunAndCheck(out, done.length);
  });
});
