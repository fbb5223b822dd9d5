import { describe, expect, it } from "vitest";
import { assertOffsetMap } from "../../src/core/invariants.js";
import { normalizeText } from "../core/source-text.js";

const codes = (n: { diagnostics: readonly { code: string }[] }) => n.diagnostics.map((d) => d.code);

describe("normalize: characters", () => {
  it("keeps the markers structure reads (①, ⑴, ㈱) and does not shift offsets for them", () => {
    const n = normalizeText("①甲は⑴を㈱に");
    expect(n.text).toBe("①甲は⑴を㈱に");
    expect(n.map.toSource(5)).toBe(5);
  });

  it("folds full-width digits, letters and spaces; keeps full-width punctuation", () => {
    const n = normalizeText("第１２条（ＡＢＣ）　１．２");
    expect(n.text).toBe("第12条（ABC） 1．2");
  });

  it("joins half-width katakana with its voicing mark (2 → 1) and maps back through the shorter text", () => {
    const n = normalizeText("ｶﾞｽの事故");
    expect(n.text).toBe("ガスの事故");
    expect(n.map.toSource(2)).toBe(3); // の
    expect(codes(n)).toContain("HALFWIDTH_KANA_NORMALIZED");
    assertOffsetMap(n);
  });

  it("turns Kangxi and supplement radicals from PDF fonts into the ordinary ideographs", () => {
    const n = normalizeText("利⽤料⾦の延⻑");
    expect(n.text).toBe("利用料金の延長");
    expect(codes(n)).toContain("COMPATIBILITY_CHARACTERS_NORMALIZED");
  });

  it("CRLF and lone CR become LF; tabs and space runs become one space; line edges are trimmed", () => {
    const n = normalizeText("  第1条\t\t（目的）  \r\n本契約を定める。\rここに定める。 ");
    expect(n.text).toBe("第1条 （目的）\n本契約を定める。\nここに定める。");
    expect(n.map.toSource(n.text.indexOf("本"))).toBe(15);
    expect(n.map.toSource(n.text.indexOf("こ"))).toBe(24);
    assertOffsetMap(n);
  });

  it("drops invisible and control characters, including a BOM before padding", () => {
    const n = normalizeText("\ufeff   題名\u200b\u0000です");
    expect(n.text).toBe("題名です");
  });
});
