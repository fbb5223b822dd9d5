// DOCX: paragraphs one per line, Word automatic numbering written back into the text.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.js";
import { CONTRACT_TEXT, expectIngestError, fixture } from "./helpers.js";

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

describe("deeply nested DOCX (hostile input)", () => {
  /** contract.docx with one paragraph wrapped in `depth` nested content controls (w:sdt). */
  async function nested(depth: number): Promise<Uint8Array> {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(fixture("formats/contract.docx"));
    const xml = await zip.file("word/document.xml")!.async("string");
    const para = "<w:p><w:r><w:t>入れ子の段落</w:t></w:r></w:p>";
    const wrapped = `${"<w:sdt><w:sdtContent>".repeat(depth)}${para}${"</w:sdtContent></w:sdt>".repeat(depth)}`;
    zip.file("word/document.xml", xml.replace("<w:body>", `<w:body>${wrapped}`));
    return zip.generateAsync({ type: "uint8array" });
  }

  it("reads a paragraph nested 500 deep, with the numbering restored around it", async () => {
    const source = await ingest(await nested(500));
    expect(source.text.split("\n")[0]).toBe("入れ子の段落");
    expect(source.text).toContain("第1条");
  });

  it("refuses 20,000 levels with a typed error that says why, not a stack overflow", async () => {
    const error = await expectIngestError(ingest(await nested(20_000)), "CORRUPT_DOCX");
    expect(error.messages.en).toContain("nested too deeply");
    expect(error.messages.en).not.toContain("call stack");
  });
});
