// Hostile input through the whole pipeline (ingest → report) in worker threads with a per-task time
// limit: every case ends within its bound with a GapReport that validates or a typed ClausegapError —
// never a hang (the pool's ANALYSIS_TIMEOUT fails the case), a crash, or an INTERNAL_ERROR.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODES, isClausegapError } from "../../src/core/errors.js";
import { GapReportSchema } from "../../src/report/schema.js";
import type { AnalysisOutcome } from "../../src/worker/analyze-task.js";
import { type AnalysisPool, createAnalysisPool } from "../../src/worker/pool.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const BROKEN = path.resolve(here, "../../fixtures/broken");
const REAL = path.resolve(here, "../../../shared/real-files");
/** A case that takes longer than this is a hang: the worker is stopped and the case fails. Generous:
 * CI runs this file beside the rest of the suite on two shared cores (100k lines took > 25 s there). */
const TASK_LIMIT_MS = 90_000;

let pool: AnalysisPool;

beforeAll(async () => {
  pool = createAnalysisPool({ threads: 2, maxQueue: 64, taskTimeoutMs: TASK_LIMIT_MS });
  await pool.ready();
}, 120_000);

afterAll(async () => {
  await pool?.destroy();
});

interface Outcome {
  /** "report", or the error code. */
  readonly result: string;
  /** What is wrong with the outcome (empty when it is a valid report or an expected typed error). */
  readonly problems: string[];
}

/** Analyses one input; a report must validate and quote its own text, an error must be typed and expected. */
async function analyse(name: string, input: string | Uint8Array): Promise<Outcome> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const started = Date.now();
  let outcome: AnalysisOutcome;
  try {
    outcome = await pool.run({ bytes, name });
  } catch (e) {
    // ANALYSIS_TIMEOUT: the worker was stopped at the limit — the case hung.
    return { result: "thrown", problems: [`${name}: ${isClausegapError(e) ? e.code : String(e)}`] };
  }
  const elapsed = Date.now() - started;
  const problems = elapsed < TASK_LIMIT_MS ? [] : [`${name}: took ${elapsed} ms`];
  if (!outcome.ok) {
    const { code, cause } = outcome.error;
    if (!(code in ERROR_CODES)) problems.push(`${name}: unknown error code ${code}`);
    if (code === "INTERNAL_ERROR") problems.push(`${name}: INTERNAL_ERROR ${cause ?? ""}`);
    return { result: code, problems };
  }
  const parsed = GapReportSchema.safeParse(outcome.report);
  if (!parsed.success)
    return { result: "invalid", problems: [...problems, `${name}: ${parsed.error.message}`] };
  const text = parsed.data.document.text;
  if (text === undefined) return { result: "report", problems: [...problems, `${name}: no document text`] };
  for (const p of parsed.data.provisions)
    if (text.slice(p.span.start, p.span.end) !== p.text)
      problems.push(`${name}: ${p.id} does not quote its span`);
  return { result: "report", problems };
}

/** Contract vocabulary: parties, incident and duty words, every kind of marker, punctuation, breaks. */
const PIECES = [
  "甲",
  "乙",
  "丙",
  "委託者",
  "受託者",
  "当社",
  "ユーザー",
  "会員",
  "は、",
  "に対し、",
  "委託し",
  "受託する",
  "漏えい",
  "滅失",
  "毀損",
  "事故",
  "のおそれ",
  "報告",
  "しなければならない",
  "直ちに",
  "速やかに",
  "24時間以内に",
  "費用を負担する",
  "損害を賠償する",
  "公表",
  "再発防止策",
  "第1条",
  "第2条",
  "第十条",
  "第3条の2",
  "第4 ",
  "第一　",
  "（報告）",
  "（事故発生時の対応）",
  "(目的)",
  "1.",
  "２．",
  "(1)",
  "（２）",
  "①",
  "⑴",
  "一 ",
  "イ ",
  "ア ",
  "附則",
  "別紙1",
  "目次",
  "………3",
  "以上",
  "記名押印",
  "（以下「甲」という。）",
  "（以下、乙という。）",
  "「",
  "」",
  "。",
  "、",
  "\n",
  "\n\n",
  "　",
  " ",
  "漏えい報告直ちに甲乙委託".repeat(40),
];

const MARKERS = ["1.", "(1)", "①", "ア", "(ア)", "a.", "イ", "一", "(一)", "⑴", "１", "２．"];
const SHORT_LINES = ["第1条 乙は報告する。", "(1) 漏えい", "2 甲は", "イ 滅失", "（報告）", "以上"];

/** Synthetic inputs, each analysed on its own (they all must give a report). */
const SYNTHETIC: readonly (readonly [string, () => string])[] = [
  [
    "a 1 MB single line, dense and without punctuation",
    () => "委託漏えい報告直ちに甲乙受託者".repeat(70_000),
  ],
  ["100,000 short lines", () => Array.from({ length: 100_000 }, (_, i) => SHORT_LINES[i % 6]).join("\n")],
  ["5,000 nested brackets", () => `乙は、${"（".repeat(5000)}漏えい${"）".repeat(5000)}を直ちに報告する。`],
  ["100,000 brackets never closed", () => `乙は、${"（「『【(".repeat(20_000)}漏えいを報告する。`],
  [
    "numbering nested as deep as the styles go, 6,000 times",
    () =>
      [
        "第1条（報告）",
        ...Array.from(
          { length: 6000 },
          (_, i) => `${MARKERS[i % MARKERS.length]} 乙は漏えいを直ちに報告する。`,
        ),
      ].join("\n"),
  ],
  [
    "a 「」 quote of 320,000 characters",
    () => `乙は、「${"漏えい、滅失又は毀損その他の事故".repeat(20_000)}」を直ちに報告する。`,
  ],
  [
    "a chain of 50,000 coordinated incidents",
    () => `第1条 乙は、${"漏えい、".repeat(50_000)}滅失の事故が発生したときは直ちに報告する。`,
  ],
  ["50,000 definitions without a sentence end", () => "（以下「甲」といい、".repeat(50_000)],
  [
    "500,000 digits before 時間以内",
    () => `第1条 乙は、漏えいを知ったときは、${"1".repeat(500_000)}時間以内に報告する。`,
  ],
];

/** Analyses the inputs two at a time (one per pool thread, so none waits in the queue), by name. */
async function analyseAll(inputs: readonly (readonly [string, () => string | Uint8Array])[]) {
  const outcomes = new Map<string, Outcome>();
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const [name, make] = inputs[next++]!;
      outcomes.set(name, await analyse(name, make()));
    }
  };
  await Promise.all([lane(), lane()]);
  return outcomes;
}

const brokenFiles = existsSync(BROKEN) ? readdirSync(BROKEN).filter((f) => f !== "README.md") : [];
const realFiles = existsSync(REAL) ? readdirSync(REAL).filter((f) => /\.(pdf|docx|txt)$/.test(f)) : [];
const fileInput = (dir: string) => (f: string) => [f, () => readFileSync(path.join(dir, f))] as const;

describe("hostile input, whole pipeline", () => {
  it("texts made of contract vocabulary and arbitrary characters", async () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 250 }).map((a) => a.join(""));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        expect((await analyse("generated.txt", t)).problems).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  describe("synthetic inputs and fixtures/broken", () => {
    let outcomes: Map<string, Outcome>;
    beforeAll(async () => {
      outcomes = await analyseAll([...SYNTHETIC, ...brokenFiles.map(fileInput(BROKEN))]);
    }, 600_000);

    it.each(SYNTHETIC.map(([name]) => name))("%s gives a report", (name) => {
      expect(outcomes.get(name)).toEqual({ result: "report", problems: [] });
    });

    it.each(brokenFiles)("fixtures/broken/%s", (file) => {
      expect(outcomes.get(file)?.problems).toEqual([]);
    });
  });
});

describe.skipIf(!existsSync(REAL))("hostile input: the real files", () => {
  let outcomes: Map<string, Outcome>;
  beforeAll(async () => {
    outcomes = await analyseAll(realFiles.map(fileInput(REAL)));
  }, 600_000);

  it.each(realFiles)("%s", (file) => {
    expect(outcomes.get(file)?.problems).toEqual([]);
  });
});
