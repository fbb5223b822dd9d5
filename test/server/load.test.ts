// Concurrency: 50 simultaneous uploads each get their own report; probes stay fast while analyses
// run; a full queue answers 503 with Retry-After; /readyz waits for the warm tokenizer.
import { describe, expect, it } from "vitest";
import { contractText, sha256, utf8 } from "./helpers/files.js";
import { expectCreated, expectProblem, postMultipart } from "./helpers/http.js";
import { serveForTests } from "./helpers/server.js";

const server = serveForTests();

/** A longer contract: the base text with `extra` more articles, distinct per serial. */
function longContract(serial: number, extra: number): string {
  const articles = Array.from(
    { length: extra },
    (_, i) =>
      `第${i + 5}条（記録${i}）\n乙は、委託業務に係る作業記録を${i + 1}年間保存し、甲の求めに応じて提出する。`,
  );
  return `${contractText(serial)}${articles.join("\n")}\n`;
}

describe("50 concurrent uploads", () => {
  it("each gets its own report: 201, its own name and sha256", async () => {
    const uploads = Array.from({ length: 50 }, (_, i) => ({
      name: `契約-${i}.txt`,
      bytes: utf8(longContract(i, 20 + (i % 7))),
    }));
    const responses = await Promise.all(
      uploads.map((u) => postMultipart(server.url, u.bytes, { filename: u.name })),
    );
    const reports = (await Promise.all(responses.map(expectCreated))).map((c) => c.report);
    reports.forEach((report, i) => {
      const upload = uploads[i];
      expect(report.document.name).toBe(upload?.name);
      expect(report.document.sha256).toBe(upload && sha256(upload.bytes));
      expect(report.document.text).toContain(`本書の管理番号は${i}番とする。`);
    });
    const locations = new Set(responses.map((r) => r.headers.get("location")));
    expect(locations.size).toBe(50);
  });
});

describe("responsiveness", () => {
  it("/healthz answers within 1 s (target 100 ms) while 8 analyses run", async () => {
    const uploads = Array.from({ length: 8 }, (_, i) =>
      postMultipart(server.url, utf8(longContract(100 + i, 1500)), { filename: `big-${i}.txt` }),
    );
    let settled = false;
    const all = Promise.all(uploads).finally(() => {
      settled = true;
    });
    const latencies: number[] = [];
    let probesWhileBusy = 0;
    while (!settled) {
      const busyBefore = server.pool.running > 0;
      const t0 = performance.now();
      const res = await fetch(`${server.url}/healthz`);
      latencies.push(performance.now() - t0);
      expect(res.status).toBe(200);
      if (busyBefore || server.pool.running > 0) probesWhileBusy++;
      await new Promise((r) => setTimeout(r, 10));
    }
    for (const res of await all) expect(res.status).toBe(201);
    expect(probesWhileBusy).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });
});

describe("a small queue", () => {
  // not warm: the worker is still loading when the first test asks /readyz
  const smallServer = serveForTests({ pool: { threads: 1, maxQueue: 1 }, warm: false });

  it("/readyz says 503 starting until the worker has its tokenizer, then 200", async () => {
    const early = await fetch(`${smallServer.url}/readyz`);
    expect(early.status).toBe(503);
    expect(await early.json()).toMatchObject({ status: "starting", threads: 1, maxQueue: 1 });
    await smallServer.pool.ready();
    const later = await fetch(`${smallServer.url}/readyz`);
    expect(later.status).toBe(200);
    expect(await later.json()).toMatchObject({ status: "ready" });
  });

  it("answers 503 QUEUE_FULL with Retry-After beyond the queue, and serves the rest", async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => postMultipart(smallServer.url, utf8(longContract(200 + i, 1500)))),
    );
    const refused = responses.filter((r) => r.status === 503);
    const served = responses.filter((r) => r.status === 201);
    expect(refused.length).toBeGreaterThan(0);
    expect(served.length).toBeGreaterThanOrEqual(2); // one running, one queued at least
    expect(refused.length + served.length).toBe(12);
    for (const res of refused) {
      expect(res.headers.get("retry-after")).toBe("5");
      await expectProblem(res, 503, "QUEUE_FULL");
    }
  });
});

describe("the per-analysis time limit", () => {
  const hastyServer = serveForTests({ pool: { threads: 1, taskTimeoutMs: 1 } }); // no analysis finishes within 1 ms

  it("answers 503 ANALYSIS_TIMEOUT with Retry-After, and the server goes on", async () => {
    const res = await postMultipart(hastyServer.url, utf8(longContract(300, 200)));
    expect(res.headers.get("retry-after")).toBe("5");
    const problem = await expectProblem(res, 503, "ANALYSIS_TIMEOUT");
    expect(problem.message.en).toContain("1 ms");
    expect((await fetch(`${hastyServer.url}/healthz`)).status).toBe(200);
  });
});

describe("a client that goes away", () => {
  const coldServer = serveForTests({ pool: { threads: 1 }, warm: false }); // uploads wait in the queue meanwhile

  it("has its queued analysis dropped, not run and stored for nobody", async () => {
    const cold = coldServer.pool;
    const abort = new AbortController();
    const upload = postMultipart(coldServer.url, utf8(contractText(400)), { signal: abort.signal });
    while (cold.running === 0) await new Promise((r) => setTimeout(r, 2)); // received and queued
    abort.abort();
    await expect(upload).rejects.toThrow();
    await cold.ready();
    for (let i = 0; i < 50 && cold.running > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(cold.running).toBe(0);
    expect((await coldServer.store.list({ limit: 10 })).items).toEqual([]);
    expect(coldServer.logs.join("")).not.toContain('"msg":"analysed"');
  });
});
