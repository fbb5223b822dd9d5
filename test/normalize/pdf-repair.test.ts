// PDF extraction artefacts (DESIGN.md traps), on our own text shaped like pdf-parse output.
import { describe, expect, it } from "vitest";
import { assertOffsetMap } from "../../src/core/invariants.js";
import { normalize } from "../../src/normalize/index.js";
import { normalizeText, pdfSource } from "../core/source-text.js";

const codes = (n: { diagnostics: readonly { code: string }[] }) => n.diagnostics.map((d) => d.code);

/** Punctuation lost to spaces, as in a web capture of a PDF (seed 001's shape, our words). */
const LOST = [
  "( 目的 ) 第 1 条 本規程は 当社が保有する顧客情報の管理について定める",
  "( 報告 ) 第 2 条 従業者は 顧客情報の漏えいを知った場合 直ちに 管理部 に報告する",
  "2. 管理部は 報告の内容を記録し 平成 30 年 4 月 1 日以降の記録を保存する",
].join(" ");

describe("normalize: PDF text whose punctuation became spaces", () => {
  it("reads the spaces as 、 and 。, drops those before particles and inside brackets and numbers", () => {
    const n = normalizeText(LOST);
    expect(n.text).toBe(
      "(目的) 第1条 本規程は、当社が保有する顧客情報の管理について定める。(報告) 第2条 従業者は、顧客情報の漏えいを知った場合、直ちに、管理部に報告する。2. 管理部は、報告の内容を記録し、平成30年4月1日以降の記録を保存する",
    );
    expect(codes(n)).toEqual(
      expect.arrayContaining(["PDF_PUNCTUATION_RESTORED", "EXTRACTION_SPACES_REMOVED"]),
    );
    assertOffsetMap(n);
  });

  it("leaves the spaces of a PDF that kept its punctuation (「第1章 総則」), but closes 「第 1 条」", () => {
    const n = normalize(pdfSource(["第1章 総則", "第 1 条 この規程は、顧客情報の管理について定める。"]));
    expect(n.text).toBe("第1章 総則\n第1条 この規程は、顧客情報の管理について定める。");
    expect(codes(n)).not.toContain("PDF_PUNCTUATION_RESTORED");
  });

  it("closes the spaces inside 「第 1 項」 in any format", () => {
    expect(normalizeText("第 1 項(1)及び第 2 項に").text).toBe("第1項(1)及び第2項に");
  });
});

describe("normalize: footnotes in flattened PDF pages", () => {
  const page1 =
    "( 目的 ) 1 第 1 条 本規程は 顧客情報の管理を定める ( 報告 ) 2 第 2 条 従業者は 漏えいを知った場合 直ちに報告する 3 ( 記録 ) 第 3 条 管理部は 報告を記録する 1 告示の定めによる 2 解説を参照 3 様式は別に定める";
  it("removes numbered references (1, 2, 3 in order) and the footnote block at the page end", () => {
    const n = normalizeText(`${page1}\n\n( 改廃 ) 第 4 条 本規程の改廃は 取締役会が行う`);
    expect(n.text).toBe(
      "(目的) 第1条 本規程は、顧客情報の管理を定める。(報告) 第2条 従業者は、漏えいを知った場合、直ちに報告する。(記録) 第3条 管理部は、報告を記録する\n\n(改廃) 第4条 本規程の改廃は、取締役会が行う",
    );
    expect(codes(n)).toContain("PDF_FOOTNOTES_REMOVED");
  });

  it("keeps lone numbers when they do not form footnote numbering (a list, 別表 1)", () => {
    const text =
      "乙は 次の場合 甲に通知する 1 漏えいした場合 2 紛失した場合 別表 1 に定める様式による 甲は 記録を保存する 乙は 報告する";
    const n = normalizeText(text);
    expect(n.text).toContain("1 漏えいした場合 2 紛失した場合、別表 1 に定める");
    expect(codes(n)).not.toContain("PDF_FOOTNOTES_REMOVED");
  });
});

describe("normalize: OCR text with a space between every character", () => {
  it("removes the single spaces of such a line only", () => {
    const n = normalize(
      pdfSource([
        "第 1 条 こ の 規 程 は 、 利 用 に つ い て 定 め る 。",
        "第2条 利用者は、Web サイトを利用する。",
      ]),
    );
    expect(n.text).toBe("第1条この規程は、利用について定める。\n第2条 利用者は、Web サイトを利用する。");
    expect(codes(n)).toContain("OCR_SPACING_REPAIRED");
  });
});

describe("normalize: pages", () => {
  const header = "社外秘 業務委託契約書";
  // Lines wrapped at 40 characters, as a word processor lays out an A4 page.
  const pages = [
    [
      header,
      "第1条（目的）",
      "甲は、乙に対し、顧客データの入力業務（以下「本業務」という。）を委",
      "託し、乙はこれを受託するものとし、本業務の範囲、納期その他の条件は別",
      "- 1 -",
    ],
    [
      header,
      "紙に定めるところによる。",
      "第2条（報告）",
      "乙は、本業務に関して顧客データの漏えい、滅失又は毀損が発生したとき",
      "は、直ちに甲に報告し、甲の指示に従って被害の拡大を防止する措置を講じ",
      "なければならない。",
      "- 2 -",
    ],
    [
      header,
      "第3条（協議）",
      "本契約に定めのない事項及び本契約の解釈に疑義が生じた事項については、",
      "甲乙誠意をもって協議のうえ定めるものとする。",
      "- 3 -",
    ],
  ].map((lines) => lines.join("\n"));

  it("removes the running header and the page numbers, and joins a sentence across the page break", () => {
    const n = normalize(pdfSource(pages));
    expect(n.text).not.toContain(header);
    expect(n.text).not.toMatch(/- [0-9] -/);
    expect(n.text.split("\n")).toEqual([
      "第1条（目的）",
      "甲は、乙に対し、顧客データの入力業務（以下「本業務」という。）を委託し、乙はこれを受託するものとし、本業務の範囲、納期その他の条件は別紙に定めるところによる。",
      "第2条（報告）",
      "乙は、本業務に関して顧客データの漏えい、滅失又は毀損が発生したときは、直ちに甲に報告し、甲の指示に従って被害の拡大を防止する措置を講じなければならない。",
      "第3条（協議）",
      "本契約に定めのない事項及び本契約の解釈に疑義が生じた事項については、甲乙誠意をもって協議のうえ定めるものとする。",
    ]);
    expect(codes(n)).toContain("PDF_PAGE_ARTEFACTS_REMOVED");
    assertOffsetMap(n);
  });

  it("maps a span back to the page it came from", () => {
    const source = pdfSource(pages);
    const n = normalize(source);
    const at = n.text.indexOf("第2条");
    const s = n.map.toSource(at);
    expect(source.text.slice(s, s + 3)).toBe("第2条");
    expect(s).toBeGreaterThanOrEqual(source.pages![1]!.start);
  });

  it("removes pdf-parse page-marker lines from text and joins across them", () => {
    const text = [
      ...pages[0]!.split("\n").slice(1, -1),
      "",
      "-- 1 of 2 --",
      "",
      ...pages[1]!.split("\n").slice(1, -1),
    ];
    const n = normalizeText(text.join("\n"));
    expect(n.text).toContain("その他の条件は別紙に定めるところによる。\n第2条（報告）");
    expect(n.text).not.toContain("--");
  });
});

describe("normalize: PDF text pasted into a .txt file (blind round r)", () => {
  const title = "物品保管業務委託契約書";
  const text = [
    title,
    "",
    "第1条（保管）",
    "乙は、甲から預かった物品及びその記録（以下「預託物」という。）を善良な管",
    "理者の注意をもって保管する。",
    "",
    "－１－",
    "",
    title,
    "第2条（報告）",
    "乙は、預託物に関する記録の流出を知ったときは、直ちにその旨を甲に通知する",
    "ものとする。",
    "",
    "－２－",
    "",
    title,
    "第3条（協議）",
    "本契約に定めのない事項は、甲乙協議して定める。",
  ].join("\n");

  it("reads pages from 「－N－」 lines counting up: removes them and the repeated header, keeps the title", () => {
    const n = normalizeText(text);
    expect(n.text).not.toMatch(/－[0-9]－/);
    expect(n.text.split(title).length - 1).toBe(1);
    expect(n.text.startsWith(title)).toBe(true);
    expect(n.text).toContain("第2条（報告）");
    expect(codes(n)).toContain("PDF_PAGE_ARTEFACTS_REMOVED");
    assertOffsetMap(n);
  });

  it("leaves a lone dashed number, or numbers that do not count up, in place", () => {
    const lone = normalizeText(
      ["第1条（目的）", "本契約は、次の事項を定める。", "- 3 -", "第2条（協議）", "協議する。"].join("\n"),
    );
    expect(lone.text).toContain("- 3 -");
    const jumbled = text.replace("－２－", "－５－");
    expect(normalizeText(jumbled).text).toMatch(/－1－/);
  });
});

describe("normalize: line wraps", () => {
  const wrapped = [
    "第1条（報告）",
    "乙は、本業務に関して個人情報の漏えい、滅失又は毀損が発生したときは、直ちに甲に報",
    "告しなければならない。",
    "2 前項の報告は、書面により行うものとし、報告の内容には漏えいした個人情報の項目及",
    "び件数を含めるものとする。",
    "（協議）",
    "第2条 本契約に定めのない事項は、甲乙協議のうえ定めるものとし、協議が調わないと",
    "きは、甲の定めるところによる。",
    "CROSS INFINITY の利用条件は、当社が別途定めて公表する Software Development",
    "Kit の条件による。",
  ];

  it("joins lines broken mid-sentence, never before a provision marker or heading", () => {
    const n = normalizeText(wrapped.join("\n"));
    expect(n.text.split("\n")).toEqual([
      "第1条（報告）",
      "乙は、本業務に関して個人情報の漏えい、滅失又は毀損が発生したときは、直ちに甲に報告しなければならない。",
      "2 前項の報告は、書面により行うものとし、報告の内容には漏えいした個人情報の項目及び件数を含めるものとする。",
      "（協議）",
      "第2条 本契約に定めのない事項は、甲乙協議のうえ定めるものとし、協議が調わないときは、甲の定めるところによる。",
      "CROSS INFINITY の利用条件は、当社が別途定めて公表する Software Development Kit の条件による。",
    ]);
    expect(codes(n)).toContain("LINE_WRAPS_JOINED");
  });

  it("leaves text with one paragraph per line alone", () => {
    const text = "甲は、乙に業務を委託する。\n乙は、漏えいを直ちに報告する\n甲及び乙は、協力する。";
    expect(normalizeText(text).text).toBe(text);
  });
});

describe("normalize: web-page captures", () => {
  const capture =
    "保存したページの題名\n\nSimilar documents\n第1条 よその文書の断片\n第260条 別の断片\n\nTranscription:\n\n第1条（目的）\n本規程は、顧客情報の管理を定める。";

  it("skips the panel before 「Transcription:」 and says so", () => {
    const n = normalizeText(capture);
    expect(n.text).toBe("第1条（目的）\n本規程は、顧客情報の管理を定める。");
    const warning = n.diagnostics.find((d) => d.code === "WEB_CAPTURE_WRAPPER_SKIPPED");
    expect(warning?.message.en).toContain(String(capture.indexOf("第1条（目的）")));
    expect(n.map.toSource(0)).toBe(capture.indexOf("第1条（目的）"));
  });

  it("keeps a document that merely mentions a transcription", () => {
    const text = "第1条（記録）\nTranscription:\n会議の記録を保存する。";
    expect(normalizeText(text).text).toBe(text);
  });
});
