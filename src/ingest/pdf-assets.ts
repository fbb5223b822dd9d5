// Local paths of pdfjs's bundled CMaps and standard fonts: Japanese CID fonts without ToUnicode need the
// CMaps (DESIGN.md trap: without them real-files #3 silently yields 0 Japanese characters). No network.
import { createRequire } from "node:module";
import path from "node:path";

export interface PdfAssets {
  /** pdfjs-dist/cmaps/ with a trailing separator, as pdfjs expects. */
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
}

let cached: PdfAssets | undefined;

/** Resolves the pdfjs-dist that pdf-parse itself loads (nested or hoisted), once per process. */
export function pdfAssets(): PdfAssets {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const fromPdfParse = createRequire(require.resolve("pdf-parse"));
  const root = path.dirname(fromPdfParse.resolve("pdfjs-dist/package.json"));
  cached = {
    cMapUrl: path.join(root, "cmaps") + path.sep,
    standardFontDataUrl: path.join(root, "standard_fonts") + path.sep,
  };
  return cached;
}
