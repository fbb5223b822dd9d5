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
import { round } from "../measure.js";
import { memoryMb } from "../server-process.js";

interface Run {
  readonly filesPerSecond: number;
  readonly coresUsed: number;
}

function writeFolder(count: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "clausegap-bench-"));
  const files = makeFolder(count, 20_000).map(({ name, text }) => {
    const file = path.join(dir, "in", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  });
  return { dir, files };
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

/** Files per second through scan() with `jobs` warm workers (start-up and warm-up excluded). */
async function filesPerSecond(
  dir: string,
  files: readonly string[],
  jobs: number,
  warm: number,
): Promise<Run> {
  const pool = createAnalysisPool({ threads: jobs, maxQueue: 10_000 });
  try {
    await pool.ready();
    await warmUp(pool, dir, files.length, warm);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const result = await scan({
      inputs: [path.join(dir, "in")],
      out: path.join(dir, `out-${jobs}`),
      jobs,
      force: true,
      summaryFormats: ["json"],
      pool,
    });
    const seconds = (performance.now() - t0) / 1000;
    const { user, system } = process.cpuUsage(cpu0);
    // Cores this process kept busy (all its threads): below `jobs` + a little, other programs had the rest.
    const coresUsed = round((user + system) / 1e6 / seconds);
    return { filesPerSecond: round(result.summary.rows.length / seconds), coresUsed };
  } finally {
    await pool.destroy();
  }
}

/** Runs the real CLI to the end; its wall time and its peak resident memory (sampled VmHWM). */
function scanProcess(
  dir: string,
  files: number,
): Promise<{ seconds: number; filesPerSecond: number; peakRssMb?: number }> {
  const out = path.join(dir, "out-cli");
  const args = [
    fromRoot("bin", "clausegap.js"),
    "scan",
    path.join(dir, "in"),
    "--out",
    out,
    "--jobs",
    "2",
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
  const warm = quick ? 150 : 600;
  const { dir, files } = writeFolder(count);
  try {
    // Alternated rounds; the best of each (the machine is shared: slower rounds measure the others).
    const rounds = quick ? 1 : 2;
    const one: Run[] = [];
    const two: Run[] = [];
    for (let r = 0; r < rounds; r++) {
      one.push(await filesPerSecond(dir, files, 1, warm));
      two.push(await filesPerSecond(dir, files, 2, warm));
    }
    const cli = await scanProcess(dir, count);
    const oneWorker = Math.max(...one.map((r) => r.filesPerSecond));
    const twoWorkers = Math.max(...two.map((r) => r.filesPerSecond));
    return {
      files: count,
      bytesPerFile: 20_000,
      warmUpPerWorker: warm,
      oneWorker,
      twoWorkers,
      scaling: round(twoWorkers / oneWorker),
      rounds: { oneWorker: one, twoWorkers: two },
      cli,
      scanPeakRssMb: cli.peakRssMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
