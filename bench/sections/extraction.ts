// PDF and DOCX text extraction throughput (pages/s, MB/s) on our fixtures and, when present, the
// real third-party files beside the project (../shared/real-files; read, never copied).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../../src/core/paths.js";
import { ingest } from "../../src/ingest/index.js";
import { mbPerSecond, round, time } from "../measure.js";

export interface ExtractionRow {
  readonly file: string;
  readonly format: string;
  readonly bytes: number;
  readonly pages?: number;
  readonly ms: number;
  readonly mbPerSecond: number;
  readonly pagesPerSecond?: number;
}

function candidates(): string[] {
  const own = ["contract.pdf", "contract.docx"].map((f) => fromRoot("fixtures", "formats", f));
  const realDir = path.resolve(fromRoot(), "..", "shared", "real-files");
  const real = existsSync(realDir)
    ? readdirSync(realDir)
        .filter((f) => /\.(pdf|docx)$/.test(f))
        .map((f) => path.join(realDir, f))
    : [];
  return [...own, ...real];
}

export async function benchExtraction(
  quick: boolean,
): Promise<{ rows: ExtractionRow[]; totals: Record<string, unknown> }> {
  const rows: ExtractionRow[] = [];
  for (const file of candidates()) {
    const bytes = readFileSync(file);
    let pages: number | undefined;
    let format = "";
    try {
      const t = await time(
        async () => {
          const s = await ingest(bytes);
          pages = s.pageCount;
          format = s.format;
        },
        quick ? 1 : 3,
      );
      const row: ExtractionRow = {
        file: path.basename(file),
        format,
        bytes: bytes.length,
        ms: round(t.medianMs),
        mbPerSecond: mbPerSecond(bytes.length, t.medianMs),
      };
      rows.push(pages ? { ...row, pages, pagesPerSecond: round(pages / (t.medianMs / 1000), 1) } : row);
    } catch {
      // Files that are refused by design (no text layer, Type 3 fonts) have no extraction speed.
    }
  }
  const sum = (f: string) => {
    const r = rows.filter((x) => x.format === f);
    const ms = r.reduce((s, x) => s + x.ms, 0);
    const pages = r.reduce((s, x) => s + (x.pages ?? 0), 0);
    const bytes = r.reduce((s, x) => s + x.bytes, 0);
    return {
      files: r.length,
      mbPerSecond: mbPerSecond(bytes, ms),
      ...(pages ? { pagesPerSecond: round(pages / (ms / 1000), 1) } : {}),
    };
  };
  return { rows, totals: { pdf: sum("pdf"), docx: sum("docx") } };
}
