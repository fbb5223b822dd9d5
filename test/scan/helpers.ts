// Test doubles for the scan: a fake analysis (valid GapReports, rendered like the worker does, no
// worker threads) and temp folders.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { type Severity, type Status, TOPIC_IDS } from "../../src/core/ids.js";
import type { ReferenceBaseline } from "../../src/reference/index.js";
import type { Finding, GapReport } from "../../src/report/schema.js";
import { sha256Hex } from "../../src/scan/read.js";
import type { Analyze } from "../../src/scan/scan-file.js";
import { TOOL_VERSION } from "../../src/version.js";
import type { TaskError } from "../../src/worker/analyze-task.js";
import { analysed } from "../../src/worker/render.js";

/** Only name and version matter to the scan; the fake analysis never reads the requirements. */
export function testBaseline(version = "1.0.0"): ReferenceBaseline {
  return { name: "test-baseline", version, requirements: [] } as unknown as ReferenceBaseline;
}

export function finding(
  requirementId: Finding["requirementId"],
  status: Status,
  severity: Severity,
): Finding {
  return {
    requirementId,
    topic: "reporting",
    status,
    severity,
    expected: "test",
    evidence: [],
    message: { ja: "テスト", en: "test" },
  };
}

export function fakeReport(
  name: string,
  bytes: Uint8Array,
  reference: ReferenceBaseline,
  findings: Finding[],
): GapReport {
  const counts = { met: 0, partial: 0, missing: 0, conflict: 0 };
  for (const f of findings) counts[f.status]++;
  return {
    schemaVersion: "1.0",
    tool: { name: "clausegap", version: TOOL_VERSION },
    reference: { name: reference.name, version: reference.version },
    document: { name, sha256: sha256Hex(bytes), format: "txt", encoding: "UTF-8", chars: bytes.length },
    parties: [],
    provisions: [],
    findings,
    summary: {
      score: 50,
      counts,
      topics: Object.fromEntries(TOPIC_IDS.map((t) => [t, "absent"])) as GapReport["summary"]["topics"],
    },
    warnings: [],
  };
}

export interface FakeAnalysis {
  readonly analyze: Analyze;
  /** The document names analysed, in call order. */
  readonly calls: string[];
}

export function fakeAnalysis(
  options: {
    findings?: (name: string) => Finding[];
    fail?: (name: string) => TaskError | undefined;
    onCall?: (name: string, calls: number) => void;
  } = {},
): FakeAnalysis {
  const calls: string[] = [];
  const analyze: Analyze = async (task) => {
    calls.push(task.name);
    options.onCall?.(task.name, calls.length);
    await new Promise((r) => setTimeout(r, 1));
    const error = options.fail?.(task.name);
    if (error) return { ok: false, error };
    const reference = task.reference ?? testBaseline();
    const report = fakeReport(task.name, task.bytes, reference, options.findings?.(task.name) ?? []);
    return analysed(report, task.render); // rendered as the real worker renders it
  };
  return { analyze, calls };
}

const temps: string[] = [];
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "clausegap-scan-"));
  temps.push(dir);
  return dir;
}

export async function put(root: string, rel: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(root, ...rel.split("/"));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** contracts/{a.txt, sub/b.txt, sub/deeper/c.txt, sub/logo.png, .hidden/secret.txt}; out beside it. */
export async function smallTree() {
  const root = await tempDir();
  const input = path.join(root, "contracts");
  await put(input, "a.txt", "第1条 甲は乙に委託する。");
  await put(input, "sub/b.txt", "第1条 乙は報告する。");
  await put(input, "sub/deeper/c.txt", "第1条 費用は乙が負担する。");
  await put(input, "sub/logo.png", PNG);
  await put(input, ".hidden/secret.txt", "hidden");
  return { root, input, out: path.join(root, "out") };
}

export const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8")) as unknown;
