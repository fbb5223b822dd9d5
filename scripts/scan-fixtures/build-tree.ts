// Lays out the batch-scan test tree in a folder: nested folders, Shift_JIS text, DOCX, PDF, broken
// and unsupported files, a picture, hidden entries and a link loop, all derived at run time from
// the small texts in fixtures/scan/ (written for this project).
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import Encoding from "encoding-japanese";
import JSZip from "jszip";
import PDFDocument from "pdfkit";
import type { ErrorCode } from "../../src/core/errors.js";
import type { Format } from "../../src/core/ids.js";
import { fromRoot } from "../../src/core/paths.js";

export interface ExpectedRow {
  /** Relative to the tree's root, '/'-separated (the scan's row path). */
  readonly path: string;
  readonly status: "ok" | "failed" | "skipped";
  readonly format?: Format;
  readonly encoding?: string;
  readonly errorCode?: ErrorCode;
}

export const fixtureText = (name: string) => readFile(fromRoot("fixtures", "scan", name), "utf8");

export function shiftJis(text: string): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));
}

export async function docxOf(text: string): Promise<Uint8Array> {
  const paragraphs = text.split("\n").map((line) => new Paragraph({ text: line }));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

/** A PDF in a standard font: ASCII text only (a Japanese text would need a CJK font). */
export function pdfOf(asciiText: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    doc.font("Helvetica").fontSize(11).text(asciiText);
    doc.end();
  });
}

/** A ZIP that is not a Word document (no word/document.xml). */
export async function plainZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("notes.txt", "not a contract");
  return zip.generateAsync({ type: "uint8array" });
}

const LEGACY_DOC = Uint8Array.from([
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
/** A PDF header followed by bytes that are no PDF objects, and no cross-reference table or trailer. */
const CORRUPT_PDF = new TextEncoder().encode(`%PDF-1.7\n${"garbage \u0000\u0001 not an object ".repeat(40)}`);
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

async function put(root: string, rel: string, bytes: Uint8Array | string): Promise<void> {
  const file = path.join(root, ...rel.split("/"));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

/** Builds the tree under `root` and returns what a scan of it should list, one row per file. */
export async function buildFixtureTree(root: string): Promise<ExpectedRow[]> {
  const contract = await fixtureText("contract-ja.txt");
  const memorandum = await fixtureText("memorandum-ja.txt");
  const english = await fixtureText("contract-en.txt");
  const pdf = await pdfOf(english);
  const files: Array<[ExpectedRow, Uint8Array | string]> = [
    [{ path: "contract.txt", status: "ok", format: "txt" }, contract],
    [
      { path: "vendors/acme/memorandum-sjis.txt", status: "ok", format: "txt", encoding: "Shift_JIS" },
      shiftJis(memorandum),
    ],
    [{ path: "vendors/acme/委託契約書.docx", status: "ok", format: "docx" }, await docxOf(contract)],
    [{ path: "vendors/beta corp/2024/contract.pdf", status: "ok", format: "pdf" }, pdf],
    [{ path: "broken/corrupt.pdf", status: "failed", errorCode: "CORRUPT_PDF" }, CORRUPT_PDF],
    [{ path: "broken/empty.txt", status: "failed", errorCode: "EMPTY_FILE" }, new Uint8Array()],
    [{ path: "broken/archive.zip", status: "failed", errorCode: "UNSUPPORTED_FORMAT" }, await plainZip()],
    [{ path: "broken/old-contract.doc", status: "failed", errorCode: "LEGACY_DOC" }, LEGACY_DOC],
    [{ path: "images/logo.png", status: "skipped" }, PNG],
  ];
  for (const [row, bytes] of files) await put(root, row.path, bytes);
  await put(root, ".git/config", "[core]\n"); // hidden folder: never scanned
  await put(root, "vendors/acme/.~lock.委託契約書.docx#", "lock"); // hidden file: never scanned
  await symlink("..", path.join(root, "vendors", "acme", "loop")); // a loop back to vendors/
  return files.map(([row]) => row);
}

/** `count` text contracts of about `repeat` × 1.5 KB each, spread over nested folders. */
export async function buildManyContracts(root: string, count: number, repeat = 4): Promise<string[]> {
  const text = await fixtureText("contract-ja.txt");
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const rel = `batch-${Math.floor(i / 50)}/sub-${i % 5}/contract-${String(i).padStart(4, "0")}.txt`;
    await put(root, rel, `${text}\n`.repeat(repeat).replace("みなと商会", `みなと商会${i}`));
    paths.push(rel);
  }
  return paths;
}
