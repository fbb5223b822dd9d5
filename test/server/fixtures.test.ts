// The project's format fixtures through the HTTP API, as users would upload them: every encoding and
// format of fixtures/formats analysed, every file of fixtures/broken refused with its stated code.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../../src/core/paths.js";
import { sha256 } from "./helpers/files.js";
import { expectCreated as created, expectProblem, postMultipart, postRaw } from "./helpers/http.js";
import { serveForTests } from "./helpers/server.js";

const server = serveForTests();

const FORMATS_DIR = fromRoot("fixtures", "formats");
// fixtures/formats/README.md: every text variant decodes to contract.txt's text.
const FORMATS: [file: string, format: string][] = [
  ["contract.txt", "txt"],
  ["contract.sjis.txt", "txt"],
  ["contract.sjis-crlf.txt", "txt"],
  ["contract.eucjp.txt", "txt"],
  ["contract.utf16le-bom.txt", "txt"],
  ["contract.utf16be.txt", "txt"],
  ["contract.utf8-bom.txt", "txt"],
  ["contract.utf8-crlf.txt", "txt"],
  ["contract.docx", "docx"],
  ["contract.pdf", "pdf"],
];

describe.skipIf(!existsSync(FORMATS_DIR))("fixtures/formats uploaded as users would", () => {
  it.each(FORMATS)("%s → 201, %s, its own name and sha256", async (file, format) => {
    const bytes = new Uint8Array(readFileSync(path.join(FORMATS_DIR, file)));
    const { report } = await created(await postMultipart(server.url, bytes, { filename: file }));
    expect(report.document).toMatchObject({ name: file, format, sha256: sha256(bytes) });
    expect(report.document.text).toMatch(/第4条|第\s*4\s*条/);
    expect(report.provisions.length).toBeGreaterThan(3);
  });

  it("long-line.txt parses, with its warning", async () => {
    const bytes = new Uint8Array(readFileSync(fromRoot("fixtures", "broken", "long-line.txt")));
    const { report } = await created(await postRaw(server.url, bytes, "text/plain", "?name=long-line.txt"));
    expect(report.warnings.map((w) => w.code)).toContain("TEXT_VERY_LONG_LINE");
  });
});

// The expectations stated in fixtures/broken/README.md (written with the fixtures, not read from our output).
const BROKEN: [file: string, status: number, code: string][] = [
  ["empty.txt", 422, "EMPTY_FILE"],
  ["whitespace-only.txt", 422, "NO_TEXT"],
  ["legacy.doc", 415, "LEGACY_DOC"],
  ["image.png", 415, "UNSUPPORTED_FORMAT"],
  ["binary.bin", 415, "UNSUPPORTED_FORMAT"],
  ["undecodable.txt", 422, "UNDECODABLE_TEXT"],
  ["spreadsheet.xlsx", 415, "UNSUPPORTED_FORMAT"],
  ["truncated.pdf", 422, "CORRUPT_PDF"],
  ["truncated.docx", 422, "CORRUPT_DOCX"],
  ["encrypted.pdf", 422, "ENCRYPTED_PDF"],
  ["image-only.pdf", 422, "NO_TEXT_LAYER"],
  ["zip-bomb.docx", 422, "ZIP_BOMB"],
];
const BROKEN_DIR = fromRoot("fixtures", "broken");

describe.skipIf(!existsSync(BROKEN_DIR))("fixtures/broken uploaded as users would", () => {
  it.each(BROKEN)("%s → %i %s", async (file, status, code) => {
    const bytes = new Uint8Array(readFileSync(path.join(BROKEN_DIR, file)));
    await expectProblem(await postMultipart(server.url, bytes, { filename: file }), status, code);
  });
});
