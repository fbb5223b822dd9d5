// HTTP: cold start to ready, latency percentiles and requests/s for a ~20 KB contract at 1, 8 and
// 32 concurrent clients (autocannon against the real server), /healthz under load, peak RSS.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { fromRoot } from "../../src/core/paths.js";
import { makeContract } from "../corpus.js";
import { peakRssMb, round } from "../measure.js";

interface Server {
  readonly child: ChildProcess;
  readonly url: string;
  readonly coldStartMs: number;
}

/** Starts `node dist/server/main.js` on a free port; resolves when it logs "ready". */
function startServer(dataDir: string): Promise<Server> {
  const t0 = performance.now();
  const env = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    CLAUSEGAP_DATA_DIR: dataDir,
    CLAUSEGAP_MAX_QUEUE: "256",
    LOG_LEVEL: "info",
  };
  const child = spawn(process.execPath, [fromRoot("dist", "server", "main.js")], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let port = 0;
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === "listening") port = entry.port ?? 0;
      if (entry.msg === "ready")
        resolve({ child, url: `http://127.0.0.1:${port}`, coldStartMs: round(performance.now() - t0) });
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

async function load(url: string, connections: number, seconds: number, body?: string) {
  const times: number[] = [];
  let non2xx = 0;
  const options = {
    url,
    connections,
    duration: seconds,
    method: body ? ("POST" as const) : ("GET" as const),
    ...(body ? { body, headers: { "content-type": "text/plain; charset=utf-8" } } : {}),
  };
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(options, (err) => (err ? reject(err) : resolve()));
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status >= 300) non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    connections,
    requests: times.length,
    requestsPerSecond: round(times.length / seconds),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    non2xx,
  };
}

export async function benchHttp(quick: boolean) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "clausegap-bench-http-"));
  const server = await startServer(dataDir);
  try {
    const body = makeContract(20_000);
    const seconds = quick ? 4 : 12;
    const upload = `${server.url}/v1/analyses?name=bench.txt`;
    const rows = [];
    for (const c of [1, 8, 32]) rows.push(await load(upload, c, seconds, body));
    // /healthz while 8 clients keep the workers busy with uploads.
    const [health] = await Promise.all([
      load(`${server.url}/healthz`, 1, seconds),
      load(upload, 8, seconds, body),
    ]);
    return {
      coldStartMs: server.coldStartMs,
      bodyBytes: Buffer.byteLength(body),
      uploads: rows,
      healthzUnderLoad: health,
      serverPeakRssMb: peakRssMb(server.child.pid ?? -1),
    };
  } finally {
    server.child.removeAllListeners("exit");
    server.child.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}
