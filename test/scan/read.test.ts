import path from "node:path";
import { describe, expect, it } from "vitest";
import { mediaType, precheck, readCandidate } from "../../src/scan/read.js";
import { put, tempDir } from "./helpers.js";

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => new TextEncoder().encode(s);

describe("mediaType", () => {
  it.each([
    ["image/png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0)],
    ["image/jpeg", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)],
    ["image/gif", ascii("GIF89a\u0001\u0000")],
    ["image/tiff", bytes(0x49, 0x49, 0x2a, 0x00, 8, 0)],
    ["image/webp", ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")],
  ])("recognises %s", (type, head) => {
    expect(mediaType(head)).toBe(type);
  });

  it.each([
    ["a PDF", ascii("%PDF-1.7\n%")],
    ["a ZIP (DOCX or not: ingest decides)", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0)],
    ["a legacy .doc (ingest names it LEGACY_DOC)", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ["Japanese UTF-8 text", new TextEncoder().encode("業務委託契約書")],
    ["text starting with BM", ascii("BMW purchase agreement")],
    ["an empty file", bytes()],
  ])("leaves %s to the analysis", (_name, head) => {
    expect(mediaType(head)).toBeUndefined();
  });
});

describe("readCandidate", () => {
  it("reads the bytes and their sha256", async () => {
    const root = await tempDir();
    const file = await put(root, "a.txt", "第1条");
    const outcome = await readCandidate(file, "a.txt");
    expect(outcome.kind).toBe("bytes");
    if (outcome.kind !== "bytes") return;
    expect(new TextDecoder().decode(outcome.bytes)).toBe("第1条");
    // `printf 第1条 | sha256sum`
    expect(outcome.sha256).toBe("c895a0f8b110a78f329c3c7abad1f03c9cf1ffda4323f90e5f13941a9574b560");
  });

  it("refuses a file over the size limit without reading it whole", async () => {
    const root = await tempDir();
    const file = await put(root, "big.txt", "x".repeat(2000));
    const outcome = await readCandidate(file, "big.txt", 1000);
    expect(outcome.kind === "error" && outcome.error.code).toBe("FILE_TOO_LARGE");
  });

  it("turns a read failure into FILE_UNREADABLE naming the relative path", async () => {
    const root = await tempDir();
    const outcome = await readCandidate(path.join(root, "missing.txt"), "sub/missing.txt");
    expect(outcome.kind === "error" && outcome.error.code).toBe("FILE_UNREADABLE");
    expect(outcome.kind === "error" && outcome.error.messages.en).toContain("sub/missing.txt");
  });

  it("skips a picture", async () => {
    const root = await tempDir();
    const file = await put(root, "scan.jpg", bytes(0xff, 0xd8, 0xff, 0xe1, 1, 2, 3));
    expect(await readCandidate(file, "scan.jpg")).toEqual({ kind: "skipped", reason: "image/jpeg" });
  });
});

describe("precheck", () => {
  it("decides pictures, files too large and unreadable ones from the size and first bytes, and leaves a contract to be read", async () => {
    const root = await tempDir();
    const picture = await put(root, "scan.jpg", bytes(0xff, 0xd8, 0xff, 0xe1, 1, 2, 3));
    const big = await put(root, "big.txt", "x".repeat(2000));
    const missing = path.join(root, "missing.txt");
    const contract = await put(root, "a.txt", "第1条");
    // Stated outright, not only compared with readCandidate: both share the same head check.
    expect(precheck(picture, "scan.jpg")).toEqual({ kind: "skipped", reason: "image/jpeg" });
    expect(precheck(big, "big.txt", 1000)).toMatchObject({
      kind: "error",
      error: { code: "FILE_TOO_LARGE" },
    });
    expect(precheck(missing, "sub/missing.txt")).toMatchObject({
      kind: "error",
      error: { code: "FILE_UNREADABLE" },
    });
    expect(precheck(big, "big.txt", 1000)).toEqual(readCandidate(big, "big.txt", 1000));
    expect(precheck(contract, "a.txt")).toBeUndefined();
  });
});
