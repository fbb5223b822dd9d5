// HTTP: cold start to ready, latency percentiles and requests/s for a ~20 KB contract at 1, 8 and
// 32 concurrent clients (autocannon against the real server), /healthz while 8 clients upload,
// memory. Every level sends a fixed number of requests and counts every answer (none is dropped at
// the end of a time window); the workers are warmed up first (JIT), as a running server is.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { makeContract } from "../corpus.js";
import { round } from "../measure.js";
import { memoryMb, type ServerProcess, startServer, stopServer, threadCpuMs } from "../server-process.js";

export interface LoadRow {
  readonly connections: number;
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  readonly errors: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

function summarise(
  connections: number,
  times: number[],
  ms: number,
  non2xx: number,
  errors: number,
): LoadRow {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    connections,
    requests: times.length,
    seconds: round(ms / 1000),
    requestsPerSecond: round(times.length / (ms / 1000)),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    non2xx,
    errors,
  };
}

type Options = autocannon.Options;

/** Runs autocannon to the end (a fixed `amount`) and times every answer. */
async function load(options: Options): Promise<LoadRow> {
  const times: number[] = [];
  let non2xx = 0;
  const t0 = performance.now();
  // autocannon notices that `amount` is reached only at its next one-second tick: the time to the
  // last answer, not to the end of the run, is what the requests took.
  let lastAnswer = t0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ timeout: 120, ...options }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      lastAnswer = performance.now();
      times.push(ms);
      if (status < 200 || status >= 300) non2xx++;
    });
  });
  return summarise(options.connections ?? 1, times, lastAnswer - t0, non2xx, result.errors);
}

function uploads(server: ServerProcess, body: string, connections: number, amount: number): Options {
  return {
    url: `${server.url}/v1/analyses?name=bench.txt`,
    method: "POST",
    body,
    headers: { "content-type": "text/plain; charset=utf-8" },
    connections,
    amount,
  };
}

/**
 * GETs `url` every `intervalMs` on a fixed schedule until `stop` resolves: each probe starts on
 * time whatever the earlier ones are doing (no coordinated omission), and its latency is to the end
 * of its body. autocannon's `overallRate` would send each second's probes in one burst at the start
 * of the second, so they would all sample the same few milliseconds.
 */
async function probe(url: string, intervalMs: number, stop: Promise<unknown>): Promise<LoadRow> {
  const times: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const once = async () => {
    const t = performance.now();
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status < 200 || res.status >= 300) non2xx++;
      times.push(performance.now() - t);
    } catch {
      errors++;
    }
  };
  const t0 = performance.now();
  const timer = setInterval(() => inFlight.push(once()), intervalMs);
  await stop;
  clearInterval(timer);
  await Promise.all(inFlight);
  return summarise(1, times, performance.now() - t0, non2xx, errors);
}

/** /healthz 20 times a second, evenly spaced, while 8 clients upload. */
async function healthzUnderLoad(server: ServerProcess, body: string, amount: number) {
  const busy = load(uploads(server, body, 8, amount));
  const health = probe(`${server.url}/healthz`, 50, busy);
  const [upload, healthz] = await Promise.all([busy, health]);
  return { uploads: upload, healthz };
}

/** Cold starts (median of `runs`); the last server stays up for the load tests. */
async function coldStarts(runs: number, env: Record<string, string>) {
  const samples: { listeningMs: number; readyMs: number; rssAtReadyMb?: number }[] = [];
  let server: ServerProcess | undefined;
  for (let i = 0; i < runs; i++) {
    if (server) await stopServer(server);
    server = await startServer(env);
    samples.push({
      listeningMs: server.listeningMs,
      readyMs: server.readyMs,
      rssAtReadyMb: memoryMb(server.child.pid ?? -1).rss,
    });
  }
  const ready = samples.map((s) => s.readyMs).sort((a, b) => a - b);
  return { server: server!, coldStartMs: percentile(ready, 50), samples };
}

export async function benchHttp(quick: boolean) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "clausegap-bench-http-"));
  const env = { CLAUSEGAP_DATA_DIR: dataDir, CLAUSEGAP_MAX_QUEUE: "256" };
  const { server, coldStartMs, samples } = await coldStarts(quick ? 1 : 3, env);
  const pid = server.child.pid ?? -1;
  try {
    const body = makeContract(20_000);
    const warmUp = quick ? 60 : 200;
    await load(uploads(server, body, 2, warmUp));
    const amounts: Record<number, number> = quick ? { 1: 30, 8: 80, 32: 128 } : { 1: 150, 8: 400, 32: 640 };
    const rows: LoadRow[] = [];
    let cpuAt8: { mainMs: number; processMs: number } | undefined;
    for (const c of [1, 8, 32]) {
      const before = threadCpuMs(pid);
      rows.push(await load(uploads(server, body, c, amounts[c]!)));
      if (c === 8) cpuAt8 = cpuPerRequest(pid, before, threadCpuMs(pid), amounts[c]!);
    }
    const probe = await healthzUnderLoad(server, body, amounts[8]!);
    return {
      coldStartMs,
      coldStarts: samples,
      bodyBytes: Buffer.byteLength(body),
      warmUpRequests: warmUp,
      uploads: rows,
      healthzUnderLoad: probe.healthz,
      uploadsDuringProbe: probe.uploads,
      cpuPerRequestAt8: cpuAt8,
      serverRssMb: memoryMb(pid).rss,
      serverPeakRssMb: memoryMb(pid).peak,
    };
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** CPU ms per request: the HTTP thread (tid = pid) and the whole process (workers, GC, I/O threads). */
function cpuPerRequest(pid: number, before: Map<number, number>, after: Map<number, number>, n: number) {
  let processMs = 0;
  for (const [tid, ms] of after) processMs += ms - (before.get(tid) ?? 0);
  const mainMs = (after.get(pid) ?? 0) - (before.get(pid) ?? 0);
  return { mainMs: round(mainMs / n), processMs: round(processMs / n) };
}
