// DOCX: paragraphs one per line, Word automatic numbering written back into the text.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.js";
import { CONTRACT_TEXT, fixture } from "./helpers.js";

describe("contract.docx (numbers come from Word numbering, not from the text)", () => {
  it("has the paragraph text without numbers (the fixture really uses automatic numbering)", async () => {
    const JSZip = (await import("jszip")).default;
    const xml = await (await JSZip.loadAsync(fixture("formats/contract.docx")))
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("（目的）");
    expect(xml).not.toContain("第1条");
    expect(xml).toContain("<w:numPr>");
  });

  it("reads as the contract, with 第N条, 項 and 号 labels restored", async () => {
    const source = await ingest(fixture("formats/contract.docx"));
    expect(source.format).toBe("docx");
    // Word draws the 項 number with a space suffix where contract.txt has a full-width space.
    const expected = CONTRACT_TEXT.replace(/^(\d)\u3000/gm, "$1 ").replace(/\n$/, "");
    expect(source.text).toBe(expected);
  });

  it("says how many labels were restored (6 articles, 5 項 numbers, 6 号)", async () => {
    const source = await ingest(fixture("formats/contract.docx"));
    expect(source.diagnostics.map((d) => d.code)).toEqual(["DOCX_NUMBERING_RESTORED"]);
    expect(source.diagnostics[0]!.message.en).toContain("17");
  });
});

async function build(children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe("DOCX layout", () => {
  it("puts every table cell paragraph and every line break on its own line", async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const bytes = await build([
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun("覚書")] }),
      new Table({ rows: [new TableRow({ children: [cell("委託業務"), cell("データ入力")] })] }),
      new Paragraph({
        children: [new TextRun("甲　東京都"), new TextRun({ text: "株式会社みなと商事", break: 1 })],
      }),
    ]);
    const source = await ingest(bytes);
    expect(source.text).toBe("覚書\n委託業務\nデータ入力\n甲　東京都\n株式会社みなと商事");
    expect(source.diagnostics).toEqual([]);
  });

  it("refuses a DOCX whose body has no text", async () => {
    const bytes = await build([new Paragraph(""), new Paragraph("　")]);
    await expect(ingest(bytes)).rejects.toMatchObject({ code: "NO_TEXT" });
  });
});
