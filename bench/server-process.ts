// The real server as a child process for the HTTP benchmark: start it (timing cold start to
// "ready"), read its memory and per-thread CPU from /proc (Linux; undefined elsewhere), stop it.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fromRoot } from "../src/core/paths.js";
import { round } from "./measure.js";

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Spawn to the "listening" log line, and to "ready" (every worker's tokenizer loaded). */
  readonly listeningMs: number;
  readonly readyMs: number;
}

const READY_TIMEOUT_MS = 60_000;

/** Starts `node dist/server/main.js` on a free port; resolves when it logs "ready". */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [fromRoot("dist", "server", "main.js")], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let port = 0;
    let listeningMs = 0;
    const fail = (why: string) => {
      child.kill("SIGKILL");
      reject(new Error(why));
    };
    const timer = setTimeout(() => fail("server not ready after 60 s"), READY_TIMEOUT_MS);
    child.once("exit", (code) => fail(`server exited with ${code}`));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === "listening") {
        port = entry.port ?? 0;
        listeningMs = round(performance.now() - t0);
      }
      if (entry.msg !== "ready") return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({
        child,
        url: `http://127.0.0.1:${port}`,
        listeningMs,
        readyMs: round(performance.now() - t0),
      });
    });
  });
}

export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = once(server.child, "exit");
  server.child.kill("SIGTERM");
  await exited;
}

function procStatus(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return undefined;
  }
}

/** Resident memory now (VmRSS) and at its peak so far (VmHWM), in MB. */
export function memoryMb(pid: number): { rss?: number; peak?: number } {
  const status = procStatus(pid);
  const field = (name: string) => {
    const kb = status && new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1];
    return kb ? round(Number(kb) / 1024, 1) : undefined;
  };
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/** CPU time (user + system, ms) of every thread of `pid`, by thread id. */
export function threadCpuMs(pid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return cpu;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in 1/100 s
      cpu.set(Number(tid), ticks * 10);
    } catch {
      // the thread ended meanwhile
    }
  }
  return cpu;
}
