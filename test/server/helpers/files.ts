// Contract files built in the test (our own wording): text, DOCX (docx), PDF (pdfkit), and broken ones.
import { createHash } from "node:crypto";
import { Document, Packer, Paragraph } from "docx";
import PDFDocument from "pdfkit";

/** A short contract of our own; `serial` makes each one distinct. */
export function contractText(serial = 0): string {
  return [
    "業務委託契約書",
    "第1条（目的）",
    "本契約は、甲が乙に委託する顧客データの処理業務について定める。",
    "第2条（事故時の報告）",
    "乙は、委託データの漏えいその他の事故が発生したときは、直ちに甲に報告するものとする。",
    "第3条（費用）",
    "前条の事故の対応に要した費用は、乙の負担とする。",
    "第4条（管理番号）",
    `本書の管理番号は${serial}番とする。`,
    "",
  ].join("\n");
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function docxBytes(text: string): Promise<Uint8Array> {
  const paragraphs = text.split("\n").map((line) => new Paragraph(line));
  const doc = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** pdfkit's built-in fonts have no Japanese glyphs, so PDF bodies are English text. */
export function pdfBytes(text: string, options: { userPassword?: string } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument(options.userPassword ? { userPassword: options.userPassword } : {});
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.fontSize(11).text(text);
  doc.end();
  return done;
}

export function englishContract(serial = 0): string {
  return [
    "Service Agreement",
    "Article 1 (Reporting) The Contractor shall report any leak of personal data to the Client immediately.",
    `Article 2 (Reference) The reference number of this agreement is ${serial}.`,
  ].join("\n");
}

/** An OLE2 compound file header, as legacy .doc files start. */
export const LEGACY_DOC_BYTES = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array(504).fill(0),
]);

/** A PNG signature and a little more: not a document at all. */
export const PNG_BYTES = new Uint8Array([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...new Array(64).fill(7),
]);

/** A PDF header followed by garbage: claims to be a PDF, is not readable as one. */
export const CORRUPT_PDF_BYTES = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF");
