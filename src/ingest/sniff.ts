// Decides the format from the bytes alone (DESIGN.md ingest): PDF, DOCX or text; refuses everything else by name.
import { ClausegapError } from "../core/errors.js";
import { detectBinarySignature, OLE2_SIGNATURE } from "./signatures.js";
import { readZipDirectory, type ZipEntry, ZipFormatError } from "./zip.js";

export type Sniffed =
  | { readonly kind: "pdf" }
  | { readonly kind: "docx"; readonly entries: readonly ZipEntry[] }
  | { readonly kind: "text" };

/** Acrobat accepts "%PDF-" anywhere in the first 1,024 bytes (junk before the header is common). */
const PDF_HEADER_WINDOW = 1024;
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

function startsWithBytes(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function findAscii(bytes: Uint8Array, needle: string, limit: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).indexOf(
    needle,
    0,
    "latin1",
  );
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (findAscii(bytes, "%PDF-", PDF_HEADER_WINDOW) >= 0) return { kind: "pdf" };
  if (startsWithBytes(bytes, ZIP_LOCAL) || startsWithBytes(bytes, ZIP_EMPTY)) return sniffZip(bytes);
  if (startsWithBytes(bytes, OLE2_SIGNATURE)) throw oleError(bytes);
  const binary = detectBinarySignature(bytes);
  if (binary) throw new ClausegapError("UNSUPPORTED_FORMAT", { detected: binary });
  return { kind: "text" };
}

/** What a ZIP holds decides what it is: a DOCX has word/document.xml; xlsx/pptx/ODF are named. */
function sniffZip(bytes: Uint8Array): Sniffed {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    // A truncated DOCX has lost its directory; its local headers still name Word's parts.
    if (findAscii(bytes, "word/", bytes.length) >= 0) {
      throw new ClausegapError("CORRUPT_DOCX", { detail: e.message }, { cause: e });
    }
    throw new ClausegapError("UNSUPPORTED_FORMAT", { detected: "damaged ZIP archive" }, { cause: e });
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has("word/document.xml")) return { kind: "docx", entries };
  throw new ClausegapError("UNSUPPORTED_FORMAT", { detected: describeZip(names) });
}

function describeZip(names: ReadonlySet<string>): string {
  if (names.has("xl/workbook.xml")) return "Excel workbook (.xlsx)";
  if (names.has("ppt/presentation.xml")) return "PowerPoint presentation (.pptx)";
  if (names.has("mimetype") && names.has("content.xml")) return "OpenDocument file (.odt/.ods/.odp)";
  if (names.has("[Content_Types].xml")) return "Office Open XML file without a Word document";
  return "ZIP archive";
}

/** OLE2 holds .doc, .xls, .ppt and password-protected OOXML; the directory's UTF-16 stream names tell them apart. */
function oleError(bytes: Uint8Array): ClausegapError {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const has = (name: string) => buf.indexOf(Buffer.from(name, "utf16le")) >= 0;
  if (has("EncryptedPackage")) {
    return new ClausegapError("UNSUPPORTED_FORMAT", { detected: "password-protected Office document" });
  }
  if (has("Workbook") || has("Book\u0000")) {
    return new ClausegapError("UNSUPPORTED_FORMAT", { detected: "Excel 97-2003 workbook (.xls)" });
  }
  if (has("PowerPoint Document")) {
    return new ClausegapError("UNSUPPORTED_FORMAT", { detected: "PowerPoint 97-2003 presentation (.ppt)" });
  }
  return new ClausegapError("LEGACY_DOC");
}
