// Batch scan throughput with 1 and 2 workers on a folder of generated ~20 KB contracts, and a real
// `clausegap scan --jobs 2` process end to end (start-up included) with its peak memory.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fromRoot } from "../../src/core/paths.js";
import { scan } from "../../src/scan/index.js";
import { type AnalysisPool, createAnalysisPool } from "../../src/worker/pool.js";
import { makeFolder } from "../corpus.js";
import { median, round } from "../measure.js";
import { memoryMb } from "../server-process.js";

interface Run {
  readonly filesPerSecond: number;
  readonly coresUsed: number;
}

function writeFolder(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clausegap-bench-"));
  for (const { name, text } of makeFolder(count, 20_000)) {
    const file = path.join(dir, "in", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

/**
 * Scans the folder with the pool until each thread has scanned at least `perThread` files: a fresh
 * V8 isolate runs slowly (interpreter, compiler threads busy) for its first hundreds of files; a
 * scan with 1 warm worker still compiled ≈ 100 functions (≈ 0.7 ms of background CPU per file)
 * between its 750th and 1,350th file. The warm-up runs the scan's own per-file step (read, analyse,
 * render, write), so that what is timed is the code the warm-up compiled. Measured without it,
 * 2 workers would pay that warm-up twice against 1 worker's once.
 */
async function warmUp(pool: AnalysisPool, dir: string, files: number, perThread: number): Promise<void> {
  const passes = Math.ceil((perThread * pool.threads) / files);
  for (let i = 0; i < passes; i++)
    await scan({
      inputs: [path.join(dir, "in")],
      out: path.join(dir, `warm-${pool.threads}`),
      force: true,
      summaryFormats: ["json"],
      pool,
    });
}

/** Files per second through scan() with a warm pool (start-up and warm-up excluded). */
async function timedScan(dir: string, pool: AnalysisPool): Promise<Run> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await scan({
    inputs: [path.join(dir, "in")],
    out: path.join(dir, `out-${pool.threads}`),
    jobs: pool.threads,
    force: true,
    summaryFormats: ["json"],
    pool,
  });
  const seconds = (performance.now() - t0) / 1000;
  const { user, system } = process.cpuUsage(cpu0);
  // Cores this process kept busy (all its threads): below `jobs` + a little, other programs had the rest.
  const coresUsed = round((user + system) / 1e6 / seconds);
  return { filesPerSecond: round(result.summary.rows.length / seconds), coresUsed };
}

/**
 * 1 and 2 warm workers in back-to-back pairs, the order swapped from pair to pair: this machine's
 * speed drifts by a third within a minute (other programs), so a ratio is only fair between runs
 * made a few seconds apart. The scaling is the median of the pairs' ratios.
 */
async function pairedRounds(dir: string, files: number, warm: number, pairs: number) {
  const one = createAnalysisPool({ threads: 1, maxQueue: 10_000 });
  const two = createAnalysisPool({ threads: 2, maxQueue: 10_000 });
  try {
    await Promise.all([one.ready(), two.ready()]);
    await warmUp(one, dir, files, warm);
    await warmUp(two, dir, files, warm);
    const rounds: { oneWorker: Run; twoWorkers: Run }[] = [];
    for (let p = 0; p < pairs; p++) {
      const first = await timedScan(dir, p % 2 ? two : one);
      const second = await timedScan(dir, p % 2 ? one : two);
      rounds.push(
        p % 2 ? { oneWorker: second, twoWorkers: first } : { oneWorker: first, twoWorkers: second },
      );
    }
    return rounds;
  } finally {
    await Promise.all([one.destroy(), two.destroy()]);
  }
}

/** Runs the real CLI to the end; its wall time and its peak resident memory (sampled VmHWM). */
function scanProcess(
  dir: string,
  files: number,
  jobs: number,
): Promise<{ seconds: number; filesPerSecond: number; peakRssMb?: number }> {
  const out = path.join(dir, `out-cli-${jobs}`);
  const args = [
    fromRoot("bin", "clausegap.js"),
    "scan",
    path.join(dir, "in"),
    "--out",
    out,
    "--jobs",
    String(jobs),
    "--quiet",
    "--force",
  ];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: "ignore" });
  let peak: number | undefined;
  const timer = setInterval(() => {
    peak = Math.max(peak ?? 0, memoryMb(child.pid ?? -1).peak ?? 0) || peak;
  }, 50);
  return new Promise((resolve) =>
    child.on("exit", () => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      resolve({ seconds: round(seconds), filesPerSecond: round(files / seconds), peakRssMb: peak });
    }),
  );
}

export async function benchScan(quick: boolean) {
  const count = quick ? 150 : 500;
  const warm = quick ? 300 : 600;
  const dir = writeFolder(count);
  try {
    const rounds = await pairedRounds(dir, count, warm, quick ? 2 : 4);
    // Cold, as a user runs it: each worker also pays V8's warm-up (its first few hundred files).
    const cliOne = await scanProcess(dir, count, 1);
    const cli = await scanProcess(dir, count, 2);
    const oneWorker = round(median(rounds.map((r) => r.oneWorker.filesPerSecond)));
    const twoWorkers = round(median(rounds.map((r) => r.twoWorkers.filesPerSecond)));
    return {
      files: count,
      bytesPerFile: 20_000,
      warmUpPerWorker: warm,
      oneWorker,
      twoWorkers,
      scaling: round(median(rounds.map((r) => r.twoWorkers.filesPerSecond / r.oneWorker.filesPerSecond))),
      rounds,
      cli,
      cliOneJob: cliOne,
      cliScaling: round(cliOne.seconds / cli.seconds),
      scanPeakRssMb: cli.peakRssMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
