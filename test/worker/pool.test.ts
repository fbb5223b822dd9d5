// The analysis pool: its threads read the shared dictionary and give the in-process analysis's
// report; renderings and digest as the callers use them; niceness only when asked for; a thread
// that cannot load the tokenizer answers with the typed error.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyzer.js";
import { GapReportSchema } from "../../src/report/schema.js";
import { type AnalysisPool, createAnalysisPool } from "../../src/worker/pool.js";

const CONTRACT = [
  "業務委託契約書",
  "株式会社甲（以下「甲」という。）と株式会社乙（以下「乙」という。）は、次のとおり契約を締結する。",
  "第1条（個人情報の管理）乙は、甲から預託された個人情報を善良な管理者の注意をもって管理する。",
  "第2条（事故発生時の対応）乙は、個人情報の漏えい等の事故が発生したときは、直ちに甲に報告し、甲の指示に従う。",
  "2 前項の事故に要した費用は、乙の責めに帰すべき事由による場合、乙が負担する。",
].join("\n");
const bytes = () => new TextEncoder().encode(CONTRACT);
const KEY = { referenceName: "default", referenceVersion: "1", toolVersion: "test" };

/** Nice values of this process's threads (Linux: field 19 of /proc/self/task/<tid>/stat). */
function threadNiceValues(): number[] {
  return readdirSync("/proc/self/task").flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      return [Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16])];
    } catch {
      return []; // the thread ended meanwhile
    }
  });
}

let pool: AnalysisPool;
beforeAll(async () => {
  pool = createAnalysisPool({ threads: 2 });
  await pool.ready();
});
afterAll(() => pool?.destroy());

describe("analysis pool", () => {
  it("gives the same report as the in-process analysis (tokenizer built from the shared dictionary)", async () => {
    expect(pool.sharingDictionary).toBe(2);
    const [inWorker, inProcess] = await Promise.all([
      pool.run({ bytes: bytes(), name: "契約.txt" }),
      analyze(bytes(), { name: "契約.txt" }),
    ]);
    expect(inWorker.ok && inWorker.report).toEqual(inProcess);
  });

  it("renders on request: validated JSON, a compact copy, a stored copy without the contract text, a digest", async () => {
    const outcome = await pool.run({ bytes: bytes(), name: "a.txt", render: ["json", "compact", "stored"] });
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.report).toBeUndefined(); // texts instead of the object
    const { json, compact, stored } = outcome.rendered;
    const report = GapReportSchema.parse(JSON.parse(json ?? ""));
    expect(JSON.parse(compact ?? "")).toEqual(report);
    expect(json).toContain('\n  "schemaVersion"'); // the report files are indented
    expect(report.document.text).toContain("直ちに甲に報告し");
    const kept = JSON.parse(stored ?? "") as typeof report;
    expect(kept.document.text).toBeUndefined();
    expect(kept.provisions.every((p) => p.text === undefined)).toBe(true);
    expect(kept.findings).toEqual(report.findings);
    const gaps = report.findings.filter((f) => f.status !== "met");
    expect(outcome.digest).toEqual({
      format: "txt",
      encoding: report.document.encoding,
      sha256: report.document.sha256,
      score: report.summary.score,
      counts: report.summary.counts,
      gaps: {
        high: gaps.filter((f) => f.severity === "high").length,
        medium: gaps.filter((f) => f.severity === "medium").length,
        low: gaps.filter((f) => f.severity === "low").length,
      },
      highGaps: gaps.filter((f) => f.severity === "high").map((f) => f.requirementId),
    });
  });

  it("warns when a declared charset disagrees with the detected encoding", async () => {
    const outcome = await pool.run({ bytes: bytes(), name: "a.txt", declaredCharset: "Shift_JIS" });
    const warnings = outcome.ok ? (outcome.report?.warnings ?? []) : [];
    expect(warnings.map((w) => w.code)).toContain("DECLARED_CHARSET_IGNORED");
  });
});

describe.skipIf(process.platform !== "linux" || os.getPriority() > 16)("worker priority", () => {
  it("threads run at the process's priority unless niceness is asked for, then exactly they run lower", async () => {
    const base = os.getPriority(); // the test may itself run niced (CI): compare with it
    const before = threadNiceValues();
    expect(new Set(before)).toEqual(new Set([base])); // this pool's threads included: niceness 0
    const niced = createAnalysisPool({ threads: 2, niceness: 3 });
    try {
      await niced.ready();
      const after = threadNiceValues();
      expect(after.filter((n) => n === Math.min(19, base + 3))).toHaveLength(2);
      expect(after.filter((n) => n !== base && n !== Math.min(19, base + 3))).toEqual([]);
    } finally {
      await niced.destroy();
    }
  });
});

describe("a pool whose workers cannot load the tokenizer", () => {
  it("rejects ready() and settles every task with TOKENIZER_UNAVAILABLE, never hanging", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "clausegap-nodict-"));
    const broken = createAnalysisPool({ threads: 1, dictionaryPath: path.join(dir, "missing") });
    try {
      await expect(broken.ready()).rejects.toMatchObject({ code: "TOKENIZER_UNAVAILABLE" });
      const outcome = await broken.run({ bytes: bytes(), name: "a.txt" });
      expect(outcome).toMatchObject({ ok: false, error: { code: "TOKENIZER_UNAVAILABLE", httpStatus: 500 } });
      writeFileSync(path.join(dir, "a.txt"), CONTRACT);
      const settings = { out: path.join(dir, "out"), formats: ["json" as const], force: false, key: KEY };
      const row = await broken.scanFile({ relPath: "a.txt", absPath: path.join(dir, "a.txt"), settings });
      expect(row).toMatchObject({ status: "failed", error: { code: "TOKENIZER_UNAVAILABLE" } });
    } finally {
      await broken.destroy();
    }
  }, 30_000);
});
