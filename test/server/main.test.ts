// `npm start` as a user runs it: the compiled server in its own process, configured by the
// environment, ready only once warm, storing to a directory, and stopping cleanly on SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fromRoot } from "../../src/core/paths.js";
import { contractText, utf8 } from "./helpers/files.js";
import { postMultipart } from "./helpers/http.js";

const MAIN = fromRoot("dist", "server", "main.js");
const dataDir = mkdtempSync(path.join(tmpdir(), "clausegap-main-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  waitFor(msg: string): Promise<Record<string, unknown>>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, ...env }, stdio: "pipe" });
  const lines: Record<string, unknown>[] = [];
  let buffer = "";
  child.stdout?.on("data", (d: Buffer) => {
    buffer += d.toString("utf8");
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    for (const line of parts) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  const waitFor = async (msg: string) => {
    for (let i = 0; i < 600; i++) {
      const found = lines.find((l) => l.msg === msg);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no "${msg}" log line`);
  };
  return { child, lines, waitFor };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("npm start (dist/server/main.js)", () => {
  it("listens, reports ready once warm, stores without the text, and stops on SIGTERM", async () => {
    const server = start({
      PORT: "0",
      CLAUSEGAP_THREADS: "1",
      CLAUSEGAP_DATA_DIR: dataDir,
      LOG_LEVEL: "info",
    });
    const exited = exitOf(server.child);
    try {
      const { port } = (await server.waitFor("listening")) as { port: number };
      const url = `http://127.0.0.1:${port}`;
      // Ready once its thread is warm, its tokenizer built from the process's shared dictionary.
      expect(await server.waitFor("ready")).toMatchObject({ threads: 1, sharingDictionary: 1 });
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const res = await postMultipart(url, utf8(contractText(42)), { filename: "保存.txt" });
      expect(res.status).toBe(201);
      const id = res.headers.get("location")?.split("/").pop();
      const files = readdirSync(dataDir);
      expect(files).toEqual([`${id}.json`]);
      const stored = readFileSync(path.join(dataDir, `${id}.json`), "utf8");
      expect(stored).toContain('"name":"保存.txt"');
      expect(stored).not.toContain("本書の管理番号は42番とする");
    } finally {
      server.child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(server.lines.map((l) => l.msg)).toContain("stopped");
  });

  it("refuses a bad environment with exit code 2 and a clear message, no stack", async () => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, CLAUSEGAP_THREADS: "many", PORT: "99999" },
      stdio: "pipe",
    });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    expect(await exitOf(child)).toBe(2);
    expect(stderr).toContain("CLAUSEGAP_THREADS: expected a number");
    expect(stderr).toContain("PORT: expected at most 65535");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
