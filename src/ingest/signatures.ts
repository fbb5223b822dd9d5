// Magic numbers of formats we refuse, so the user learns what the file really is (sniffed from bytes, never the name).

interface Signature {
  /** What the user is told the file is. */
  readonly detected: string;
  readonly offset: number;
  readonly bytes: readonly number[];
  /** Short ASCII magic ("MZ", "ID3") could begin a text file: require binary bytes too. */
  readonly needsBinary?: boolean;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { detected: "PNG image", offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { detected: "JPEG image", offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { detected: "GIF image", offset: 0, bytes: ascii("GIF8") },
  { detected: "TIFF image", offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { detected: "TIFF image", offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { detected: "WebP image", offset: 8, bytes: ascii("WEBP") },
  { detected: "HEIF/HEIC image", offset: 4, bytes: ascii("ftypheic") },
  { detected: "HEIF/HEIC image", offset: 4, bytes: ascii("ftypmif1") },
  { detected: "MP4/QuickTime video", offset: 4, bytes: ascii("ftyp") },
  { detected: "RTF document", offset: 0, bytes: ascii("{\\rtf") },
  { detected: "gzip archive", offset: 0, bytes: [0x1f, 0x8b] },
  { detected: "7-Zip archive", offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { detected: "RAR archive", offset: 0, bytes: ascii("Rar!") },
  { detected: "bzip2 archive", offset: 0, bytes: ascii("BZh"), needsBinary: true },
  { detected: "xz archive", offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { detected: "executable (ELF)", offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { detected: "executable (Windows)", offset: 0, bytes: ascii("MZ"), needsBinary: true },
  { detected: "executable (Mach-O)", offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { detected: "WebAssembly module", offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { detected: "SQLite database", offset: 0, bytes: ascii("SQLite format 3") },
  { detected: "PostScript document", offset: 0, bytes: ascii("%!PS") },
  { detected: "MP3 audio", offset: 0, bytes: ascii("ID3"), needsBinary: true },
  { detected: "Ogg media", offset: 0, bytes: ascii("OggS") },
  { detected: "FLAC audio", offset: 0, bytes: ascii("fLaC") },
];

function startsWith(bytes: Uint8Array, sig: Signature): boolean {
  if (bytes.length < sig.offset + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => bytes[sig.offset + i] === b);
}

/** Names the binary format the bytes start with, or undefined. RIFF needs its subtype (WAVE, AVI…). */
export function detectBinarySignature(bytes: Uint8Array): string | undefined {
  const binary = hasBinaryBytes(bytes.subarray(0, 1024));
  const hit = SIGNATURES.find((s) => startsWith(bytes, s) && (binary || !s.needsBinary));
  if (hit) return hit.detected;
  if (startsWith(bytes, { detected: "", offset: 0, bytes: ascii("RIFF") })) return "RIFF media (audio/video)";
  if (isBmp(bytes)) return "BMP image";
  return undefined;
}

/** NUL or C0 control bytes other than tab, LF, FF, CR, ESC (ISO-2022-JP): no text encoding we read has them. */
export function hasBinaryBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return true;
  }
  return false;
}

/** "BM" alone could begin a text; a BMP also declares its own file size at bytes 2–5. */
function isBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 14 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false;
  const declared = new DataView(bytes.buffer, bytes.byteOffset, 6).getUint32(2, true);
  return declared === bytes.length;
}

export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
