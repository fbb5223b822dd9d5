// normalize and structure never throw, keep their invariants on any input, and stay linear in time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Format } from "../../src/core/ids.js";
import { checkDocumentInvariants, checkOffsetMap } from "../../src/core/invariants.js";
import { normalize } from "../../src/normalize/index.js";
import { structure } from "../../src/structure/index.js";
import { sourceText } from "../core/source-text.js";

/** Pieces that trigger every marker and repair path, mixed with arbitrary text. */
const PIECES = [
  "第",
  "条",
  "章",
  "項",
  "号",
  "の",
  "（",
  "）",
  "(",
  ")",
  "「",
  "」",
  "以下",
  "という。",
  "1.",
  "2．",
  "(1)",
  "（２）",
  "①",
  "②",
  "⑴",
  "一",
  "二",
  "イ",
  "ロ",
  "ア",
  "(ア)",
  "附則",
  "附 則",
  "別紙1",
  "以上",
  "記",
  "甲",
  "乙",
  "当社",
  "ユーザー",
  "委託し",
  "受託する",
  "記名押印",
  "印",
  "目次",
  "目 次",
  "第1 ",
  "第２　",
  "第四",
  "第4の2 ",
  "………12",
  "会員",
  "開示者",
  "（以下、甲という。）",
  "\n",
  "\n\n",
  " ",
  "　",
  "\t",
  "\r\n",
  "。",
  "、",
  "𠮷",
  "㈱",
  "ｶﾞ",
  "⽤",
  "⻑",
  "１２",
  "2024年",
  "-- 1 of 3 --",
  "Transcription:",
  "Similar documents",
  "事故時の対応. ",
  "こ の 規 程 は",
  "第 1 条",
  "( 目的 ) 第 1 条 本手続は",
  " 12 ",
  "\u200b",
  "\ufeff",
  "\ud800",
  "\udc00",
  // Party words with particles and 委託 verbs drive the role search (a party word at the start of a
  // sentence once made it loop forever: lastIndexOf(x, -1) restarts at 0).
  "会員",
  "甲",
  "乙は",
  "に",
  "から",
  "委託",
  "受託",
  "を受け",
  "（以下「甲」という。）",
  "当社は",
  "ユーザー",
];

const mixed = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    ),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(""));

function run(text: string, format: Format) {
  const normalized = normalize(sourceText(text, { format }));
  return { normalized, doc: structure(normalized) };
}

describe("robustness", () => {
  it("property: never throws; spans slice the text; clauses are ordered; the offset map is monotone", () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom<Format>("txt", "pdf", "docx"), (text, format) => {
        const { normalized, doc } = run(text, format);
        expect(checkOffsetMap(normalized)).toEqual([]);
        expect(checkDocumentInvariants(doc)).toEqual([]);
        expect(normalized.diagnostics.map((d) => d.code)).not.toContain("NORMALIZE_PASS_SKIPPED");
        expect(doc.diagnostics.map((d) => d.code)).not.toContain("STRUCTURE_FALLBACK");
      }),
      { numRuns: 1000 },
    );
  });

  it("property: arbitrary Unicode, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const { normalized, doc } = run(text, "txt");
        expect(checkOffsetMap(normalized)).toEqual([]);
        expect(checkDocumentInvariants(doc)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("terminates when a party word opens a sentence before a 委託 verb (regression: infinite loop)", () => {
    const { doc } = run("会員委託及び会員から", "txt");
    expect(doc.clauses).toHaveLength(1);
  });

  it("a document that is only whitespace gives no clauses and no error", () => {
    const { doc } = run(" \n\u3000\n\t", "txt");
    expect(doc.clauses).toEqual([]);
    expect(doc.provisions).toEqual([]);
  });
});

/** CPU milliseconds of normalize + structure (CPU time: other processes on the machine do not count). */
function cpuMs(text: string, format: Format = "txt"): { ms: number; clauses: number } {
  const before = process.cpuUsage();
  const { doc } = run(text, format);
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, clauses: doc.clauses.length };
}

function contract(target: number): string {
  const parts = [
    "業務委託契約書",
    "",
    "株式会社甲（以下「甲」という。）と株式会社乙（以下「乙」という。）は、次のとおり契約を締結する。",
  ];
  for (let n = 1, length = 0; length < target; n++) {
    const article = [
      `第${n}条（報告${n}）`,
      "乙は、本業務に関し事故が発生したときは、直ちに甲に報告しなければならない。",
      "2 前項の報告は、次の事項を含むものとする。",
      "(1) 事故の内容",
      "(2) 発生日時及び場所",
      "3 乙は、甲の指示に従い、再発防止策を講じるものとする。",
    ].join("\n");
    parts.push(article);
    length += article.length;
  }
  return parts.join("\n");
}

// Budgets are generous (a shared CI machine); a quadratic step would take minutes on these inputs.
describe("performance (linear in the text)", () => {
  it("a 1 MB contract: normalize + structure within 4 s of CPU", () => {
    const { ms, clauses } = cpuMs(contract(1_000_000));
    expect(clauses).toBeGreaterThan(20_000); // 3 項 per article
    expect(ms).toBeLessThan(4000);
  });

  it("a 1 MB single line of PDF-like text, and 1 MB of one repeated marker", () => {
    const line = "( 目的 ) 第 1 条 本手続は 当社の 12 規程 に定める 2. 総務部は (1) 報告する ".repeat(15_000);
    expect(cpuMs(line, "pdf").ms).toBeLessThan(4000);
    for (const piece of ["第", "(", "（", "1.", "一", " ", "以下「甲」", "甲は乙に委託し"]) {
      expect(cpuMs(piece.repeat(Math.ceil(1_000_000 / piece.length))).ms, piece).toBeLessThan(4000);
    }
  });

  it("100k short lines", () => {
    const lines = Array.from({ length: 100_000 }, (_, i) =>
      i % 3 === 0 ? `第${i}条` : i % 3 === 1 ? "(1) 甲" : "乙は、報告する。",
    );
    expect(cpuMs(lines.join("\n")).ms).toBeLessThan(4000);
  });
});
