// Every refusal of the ingest is a ClausegapError with a precise code and ja/en messages.
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.js";
import { expectIngestError, fixture } from "./helpers.js";

describe("broken fixtures are refused with a precise code", () => {
  const cases = [
    ["broken/empty.txt", "EMPTY_FILE"],
    ["broken/whitespace-only.txt", "NO_TEXT"],
    ["broken/legacy.doc", "LEGACY_DOC"],
    ["broken/image.png", "UNSUPPORTED_FORMAT"],
    ["broken/binary.bin", "UNSUPPORTED_FORMAT"],
    ["broken/undecodable.txt", "UNDECODABLE_TEXT"],
    ["broken/spreadsheet.xlsx", "UNSUPPORTED_FORMAT"],
    ["broken/truncated.pdf", "CORRUPT_PDF"],
    ["broken/truncated.docx", "CORRUPT_DOCX"],
    ["broken/encrypted.pdf", "ENCRYPTED_PDF"],
    ["broken/image-only.pdf", "NO_TEXT_LAYER"],
    ["broken/zip-bomb.docx", "ZIP_BOMB"],
  ] as const;
  it.each(cases)("%s → %s", async (file, code) => {
    await expectIngestError(ingest(fixture(file)), code);
  });

  it("names what an unsupported file is", async () => {
    expect(
      (await expectIngestError(ingest(fixture("broken/image.png")), "UNSUPPORTED_FORMAT")).messages.en,
    ).toContain("PNG image");
    const xlsx = await expectIngestError(ingest(fixture("broken/spreadsheet.xlsx")), "UNSUPPORTED_FORMAT");
    expect(xlsx.messages.ja).toContain("Excel");
  });
});

describe("limits", () => {
  it("checks the size limit before anything else (a ZIP bomb over the size limit is FILE_TOO_LARGE)", async () => {
    const error = await expectIngestError(
      ingest(fixture("broken/zip-bomb.docx"), { maxBytes: 100_000 }),
      "FILE_TOO_LARGE",
    );
    expect(error.messages.en).toContain("(0.1 MB)");
    expect(error.httpStatus).toBe(413);
  });

  it("refuses a PDF over the page limit before extracting it", async () => {
    const error = await expectIngestError(
      ingest(fixture("formats/contract.pdf"), { maxPages: 1 }),
      "TOO_MANY_PAGES",
    );
    expect(error.messages.en).toBe("The document has 2 pages, over the limit of 1.");
  });

  it("stops a PDF extraction at the time limit, and the next PDF still works", async () => {
    const started = Date.now();
    await expectIngestError(ingest(fixture("formats/contract.pdf"), { timeoutMs: 1 }), "EXTRACTION_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(2000);
    const source = await ingest(fixture("formats/contract.pdf"));
    expect(source.pageCount).toBe(2);
  });

  it("refuses a DOCX with more ZIP entries than allowed", async () => {
    const error = await expectIngestError(
      ingest(fixture("formats/contract.docx"), { maxZipEntries: 3 }),
      "ZIP_BOMB",
    );
    expect(error.messages.en).toMatch(/too many entries \(\d+\)/);
  });

  it("refuses a DOCX whose declared total size is over the limit", async () => {
    await expectIngestError(
      ingest(fixture("formats/contract.docx"), { maxUncompressedBytes: 10_000 }),
      "ZIP_BOMB",
    );
  });

  it("stops inflating when a part's declared size lies (the real output is capped)", async () => {
    const bomb = Buffer.from(fixture("broken/zip-bomb.docx"));
    const central = bomb.lastIndexOf(Buffer.from("word/document.xml")) - 46;
    expect(bomb.readUInt32LE(central)).toBe(0x02014b50);
    expect(bomb.readUInt32LE(central + 24)).toBe(300_000_000);
    bomb.writeUInt32LE(1_000, central + 24); // the directory now claims 1 KB
    const started = Date.now();
    const error = await expectIngestError(ingest(bomb), "ZIP_BOMB");
    expect(error.messages.en).toContain("word/document.xml");
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("other binaries", () => {
  const ole = (name: string) => {
    const bytes = Buffer.alloc(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.write(name, 1024, "utf16le");
    return bytes;
  };
  it("tells an OLE2 .xls and an encrypted Office file from a legacy .doc", async () => {
    const xls = await expectIngestError(ingest(ole("Workbook")), "UNSUPPORTED_FORMAT");
    expect(xls.messages.en).toContain(".xls");
    const encrypted = await expectIngestError(ingest(ole("EncryptedPackage")), "UNSUPPORTED_FORMAT");
    expect(encrypted.messages.en).toContain("password-protected");
    await expectIngestError(ingest(ole("WordDocument")), "LEGACY_DOC");
  });

  it.each([
    ["JPEG image", [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ["GIF image", [...Buffer.from("GIF89a"), 1, 0]],
    ["TIFF image", [0x49, 0x49, 0x2a, 0x00, 8, 0]],
    ["gzip archive", [0x1f, 0x8b, 8, 0]],
    ["RTF document", [...Buffer.from("{\\rtf1\\ansi 契約")]],
  ])("%s", async (name, bytes) => {
    const error = await expectIngestError(ingest(Uint8Array.from(bytes)), "UNSUPPORTED_FORMAT");
    expect(error.messages.en).toContain(name);
  });

  it("does not take a text starting with MZ or BZh for a binary", async () => {
    const source = await ingest(Buffer.from("MZ社との契約について\n", "utf8"));
    expect(source.format).toBe("txt");
  });
});
