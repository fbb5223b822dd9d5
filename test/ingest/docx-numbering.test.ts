// Word automatic numbering rebuilt from numbering.xml/styles.xml: counters, restarts, styles, formats.
import { describe, expect, it } from "vitest";
import { injectNumberingLabels } from "../../src/ingest/docx-labels.js";
import { readNumberingModel } from "../../src/ingest/docx-numbering.js";
import { formatNumber } from "../../src/ingest/numbering-format.js";
import { parseXml, W_NS } from "../../src/ingest/ooxml.js";

const W = `xmlns:w="${W_NS}"`;

interface LvlOptions {
  readonly fmt?: string;
  readonly text: string;
  readonly start?: number;
  readonly suff?: string;
  readonly pStyle?: string;
  readonly restart?: number;
  readonly legal?: boolean;
}

function lvl(ilvl: number, o: LvlOptions): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${o.start ?? 1}"/><w:numFmt w:val="${o.fmt ?? "decimal"}"/>` +
    (o.restart === undefined ? "" : `<w:lvlRestart w:val="${o.restart}"/>`) +
    (o.pStyle ? `<w:pStyle w:val="${o.pStyle}"/>` : "") +
    (o.legal ? "<w:isLgl/>" : "") +
    (o.suff ? `<w:suff w:val="${o.suff}"/>` : "") +
    `<w:lvlText w:val="${o.text}"/></w:lvl>`
  );
}

const abstractNum = (id: number, levels: string, extra = "") =>
  `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`;
const num = (id: number, abstractId: number, extra = "") =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${extra}</w:num>`;
const numPr = (numId?: number, ilvl?: number) =>
  `<w:numPr>${ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`}${numId === undefined ? "" : `<w:numId w:val="${numId}"/>`}</w:numPr>`;

/** A paragraph: [text, styleId?, numId?, ilvl?]. */
type Para = readonly [string, string?, number?, number?];

function paragraph([text, style, numId, ilvl]: Para): string {
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : "";
  const np = numId !== undefined || ilvl !== undefined ? numPr(numId, ilvl) : "";
  return `<w:p><w:pPr>${pStyle}${np}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/** Runs the injection and returns each paragraph's visible text. */
function render(numbering: string, paragraphs: readonly Para[], styles = ""): string[] {
  const doc = parseXml(
    `<w:document ${W}><w:body>${paragraphs.map(paragraph).join("")}</w:body></w:document>`,
    "d",
  );
  const model = readNumberingModel(
    parseXml(`<w:numbering ${W}>${numbering}</w:numbering>`, "n"),
    parseXml(`<w:styles ${W}>${styles}</w:styles>`, "s"),
  );
  injectNumberingLabels(doc, model);
  return Array.from(doc.getElementsByTagNameNS(W_NS, "p")).map((p) =>
    Array.from(p.getElementsByTagNameNS(W_NS, "t"))
      .map((t) => t.textContent)
      .join(""),
  );
}

const ARTICLE_LIST = abstractNum(
  0,
  lvl(0, { text: "第%1条", suff: "nothing" }) +
    lvl(1, { text: "%2", start: 2, suff: "space" }) +
    lvl(2, { text: "(%3)" }),
);

describe("list counters", () => {
  it("numbers articles, restarts deeper levels when a higher level advances, honours start", () => {
    const out = render(ARTICLE_LIST + num(1, 0), [
      ["（目的）", undefined, 1, 0],
      ["本文"],
      ["（委託料）", undefined, 1, 0],
      ["第一項"],
      ["第二項", undefined, 1, 1],
      ["号", undefined, 1, 2],
      ["号", undefined, 1, 2],
      ["第三項", undefined, 1, 1],
      ["号", undefined, 1, 2],
      ["（協議）", undefined, 1, 0],
      ["第二項", undefined, 1, 1],
    ]);
    expect(out).toEqual([
      "第1条（目的）",
      "本文",
      "第2条（委託料）",
      "第一項",
      "2 第二項",
      "(1) 号",
      "(2) 号",
      "3 第三項",
      "(1) 号",
      "第3条（協議）",
      "2 第二項",
    ]);
  });

  it("takes numbering from a paragraph style, through w:basedOn, and level from the lvl's pStyle", () => {
    const numbering =
      abstractNum(0, lvl(0, { text: "第%1条", pStyle: "Heading1", suff: "space" })) + num(7, 0);
    const styles =
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr>${numPr(7)}</w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Derived"><w:basedOn w:val="Heading1"/></w:style>`;
    const out = render(numbering, [["(目的)", "Heading1"], ["本文"], ["(定義)", "Derived"]], styles);
    expect(out).toEqual(["第1条 (目的)", "本文", "第2条 (定義)"]);
  });

  it("uses the style's own ilvl (real-files #12: 第n条 style at level 1, lvlText 第%2条)", () => {
    const numbering =
      abstractNum(
        0,
        lvl(0, { fmt: "none", text: "", suff: "nothing" }) + lvl(1, { text: "第%2条", pStyle: "n" }),
      ) + num(1, 0);
    const styles = `<w:style w:type="paragraph" w:styleId="n"><w:pPr>${numPr(1, 1)}</w:pPr></w:style>`;
    expect(
      render(
        numbering,
        [
          ["(目的)", "n"],
          ["(定義)", "n"],
        ],
        styles,
      ),
    ).toEqual(["第1条 (目的)", "第2条 (定義)"]);
  });

  it("lets numId 0 switch a style's numbering off", () => {
    const numbering = abstractNum(0, lvl(0, { text: "第%1条", suff: "nothing" })) + num(1, 0);
    const styles = `<w:style w:type="paragraph" w:styleId="A"><w:pPr>${numPr(1, 0)}</w:pPr></w:style>`;
    expect(
      render(
        numbering,
        [
          ["x", "A"],
          ["y", "A", 0],
          ["z", "A"],
        ],
        styles,
      ),
    ).toEqual(["第1条x", "y", "第2条z"]);
  });

  it("continues a list across w:num instances of one abstract list, and restarts at a startOverride", () => {
    const numbering =
      abstractNum(0, lvl(0, { text: "%1.", suff: "space" })) +
      num(1, 0) +
      num(2, 0) +
      num(3, 0, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`);
    const out = render(numbering, [
      ["a", undefined, 1, 0],
      ["b", undefined, 2, 0],
      ["c", undefined, 3, 0],
      ["d", undefined, 3, 0],
    ]);
    expect(out).toEqual(["1. a", "2. b", "1. c", "2. d"]);
  });

  it("never restarts a level with lvlRestart 0, and restarts with lvlRestart n only on levels above n", () => {
    const numbering =
      abstractNum(
        0,
        lvl(0, { text: "%1." }) + lvl(1, { text: "(%2)", restart: 0 }) + lvl(2, { text: "%3)", restart: 1 }),
      ) + num(1, 0);
    const out = render(numbering, [
      ["", undefined, 1, 0],
      ["", undefined, 1, 1],
      ["", undefined, 1, 2],
      ["", undefined, 1, 1],
      ["", undefined, 1, 2],
      ["", undefined, 1, 0],
      ["", undefined, 1, 1],
      ["", undefined, 1, 2],
    ]);
    expect(out.map((s) => s.trim())).toEqual(["1.", "(1)", "1)", "(2)", "2)", "2.", "(3)", "1)"]);
  });

  it("follows numStyleLink to the abstract list of a numbering style (real-files #13 契約書)", () => {
    const numbering =
      abstractNum(0, lvl(0, { text: "第%1条", suff: "nothing" }), `<w:styleLink w:val="Contract"/>`) +
      abstractNum(1, "", `<w:numStyleLink w:val="Contract"/>`) +
      num(5, 0) +
      num(9, 1);
    const styles = `<w:style w:type="numbering" w:styleId="Contract"><w:pPr>${numPr(5)}</w:pPr></w:style>`;
    expect(
      render(
        numbering,
        [
          ["a", undefined, 9, 0],
          ["b", undefined, 9, 0],
        ],
        styles,
      ),
    ).toEqual(["第1条a", "第2条b"]);
  });

  it("draws multi-level labels, legal numbering and bullets", () => {
    const numbering =
      abstractNum(0, lvl(0, { fmt: "upperRoman", text: "%1." }) + lvl(1, { text: "%1.%2", legal: true })) +
      abstractNum(1, lvl(0, { fmt: "bullet", text: "\uF0B7" })) +
      num(1, 0) +
      num(2, 1);
    const out = render(numbering, [
      ["", undefined, 1, 0],
      ["", undefined, 1, 0],
      ["", undefined, 1, 1],
      ["x", undefined, 2, 0],
    ]);
    expect(out).toEqual(["I. ", "II. ", "2.1 ", "・ x"]);
  });
});

describe("number formats", () => {
  it.each([
    ["decimal", 12, "12"],
    ["decimalFullWidth", 12, "１２"],
    ["decimalEnclosedCircle", 3, "③"],
    ["decimalEnclosedCircle", 21, "㉑"],
    ["decimalEnclosedParen", 2, "⑵"],
    ["aiueoFullWidth", 1, "ア"],
    ["aiueoFullWidth", 6, "カ"],
    ["aiueo", 2, "ｲ"],
    ["irohaFullWidth", 3, "ハ"],
    ["japaneseCounting", 1, "一"],
    ["japaneseCounting", 10, "十"],
    ["japaneseCounting", 11, "十一"],
    ["japaneseCounting", 24, "二十四"],
    ["japaneseCounting", 105, "百五"],
    ["ideographTraditional", 2, "乙"],
    ["lowerRoman", 4, "iv"],
    ["upperLetter", 28, "BB"],
    ["none", 5, ""],
    ["someFutureFormat", 5, "5"],
    // hostile starts (w:start="999999999") print as digits, never as a megabyte of letters
    ["lowerLetter", 999_999_999, "999999999"],
    ["lowerLetter", 0, "0"],
    ["upperRoman", 4000, "4000"],
  ])("%s %i → %s", (fmt, n, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});

describe("hostile numbering", () => {
  it("leaves out a label longer than any list label, on every paragraph that would repeat it", () => {
    const long = "条".repeat(500);
    const numbering = abstractNum(0, lvl(0, { text: `${long}%1` })) + num(1, 0);
    const texts = render(numbering, [
      ["本文", undefined, 1, 0],
      ["本文", undefined, 1, 0],
    ]);
    expect(texts).toEqual(["本文", "本文"]);
  });
});
