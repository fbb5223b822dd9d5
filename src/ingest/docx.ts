// DOCX → text with mammoth, Word's automatic numbering restored, ZIP-bomb guarded (DESIGN.md ingest).
import JSZip from "jszip";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { ClausegapError, isClausegapError } from "../core/errors.js";
import { cleanText, hasVisibleText } from "./cleanup.js";
import { withDeadline } from "./deadline.js";
import { injectNumberingLabels, serializeXml } from "./docx-labels.js";
import { readNumberingModel } from "./docx-numbering.js";
import { documentText } from "./docx-text.js";
import type { IngestLimits } from "./limits.js";
import { parseXml } from "./ooxml.js";
import { checkDeclaredSizes, inflateEntry, type ZipEntry, ZipFormatError } from "./zip.js";

export interface DocxResult {
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Mammoth reads only XML parts for text; media and embedded objects are never inflated. */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

export async function ingestDocx(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: IngestLimits,
): Promise<DocxResult> {
  checkDeclaredSizes(entries, {
    maxEntries: limits.maxZipEntries,
    maxTotalBytes: limits.maxUncompressedBytes,
    maxPartBytes: limits.maxPartBytes,
  });
  try {
    const parts = inflateXmlParts(bytes, entries, limits);
    const labelled = restoreNumbering(parts);
    const text = await withDeadline(readWithMammoth(parts), limits.timeoutMs);
    const clean = cleanText(text);
    if (!hasVisibleText(clean)) throw new ClausegapError("NO_TEXT");
    return { text: clean, diagnostics: labelled > 0 ? [numberingNote(labelled)] : [] };
  } catch (e) {
    throw toDocxError(e);
  }
}

/** Inflates the XML parts, each capped by the per-part limit and by what is left of the total budget. */
function inflateXmlParts(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: IngestLimits,
): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let budget = limits.maxUncompressedBytes;
  for (const entry of entries) {
    if (!isXmlPart(entry.name) || entry.name.endsWith("/")) continue;
    const cap = Math.min(limits.maxPartBytes, budget);
    const data = inflateEntry(bytes, entry, cap);
    budget -= data.length;
    parts.set(entry.name, data);
  }
  return parts;
}

const utf8 = (data: Uint8Array | undefined) => (data ? new TextDecoder("utf-8").decode(data) : undefined);

/** Rewrites word/document.xml with the numbering labels; returns how many labels were written. */
function restoreNumbering(parts: Map<string, Uint8Array>): number {
  const numberingXml = utf8(parts.get("word/numbering.xml"));
  if (!numberingXml) return 0;
  const stylesXml = utf8(parts.get("word/styles.xml"));
  const model = readNumberingModel(
    parseXml(numberingXml, "word/numbering.xml"),
    stylesXml ? parseXml(stylesXml, "word/styles.xml") : undefined,
  );
  const doc = parseXml(utf8(parts.get("word/document.xml")) ?? "", "word/document.xml");
  const written = injectNumberingLabels(doc, model);
  if (written > 0) parts.set("word/document.xml", new TextEncoder().encode(serializeXml(doc)));
  return written;
}

/** Mammoth reads the (rewritten) parts from a stored ZIP; its document tree is captured and walked. */
async function readWithMammoth(parts: ReadonlyMap<string, Uint8Array>): Promise<string> {
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data, { compression: "STORE" });
  const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  const mammoth = (await import("mammoth")).default;
  let root: unknown;
  await mammoth.convertToHtml(
    { buffer },
    {
      // Images are not in the rewritten ZIP (never inflated) and never needed for text.
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      transformDocument: (document: unknown) => {
        root = document;
        return document;
      },
    },
  );
  if (root === undefined) throw new ZipFormatError("mammoth returned no document");
  return documentText(root);
}

function numberingNote(count: number): Diagnostic {
  return diagnostic(
    "DOCX_NUMBERING_RESTORED",
    `Word の自動番号（条番号・項番号など）${count} 個を本文に補いました。`,
    `Restored ${count} automatic Word numbering labels (article and item numbers) into the text.`,
  );
}

function toDocxError(e: unknown): ClausegapError {
  if (isClausegapError(e)) return e;
  // ZipFormatError, XmlFormatError, and the plain Errors mammoth and jszip throw for damaged parts.
  // Mammoth reads XML recursively: thousands of nested elements (w:sdt in w:sdt…) overflow its stack.
  const tooDeep = e instanceof RangeError && /call stack/i.test(e.message);
  const detail = tooDeep
    ? "elements nested too deeply"
    : e instanceof Error
      ? e.message.slice(0, 200)
      : String(e);
  return new ClausegapError("CORRUPT_DOCX", { detail }, { cause: e });
}
