// scan() over the project's shared format and broken-file fixtures: every file gets exactly one
// row, a readable contract a report, a bad file its typed error (never INTERNAL_ERROR).
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../../src/core/paths.js";
import { scan } from "../../src/scan/run.js";
import { tempDir } from "./helpers.js";

const formats = fromRoot("fixtures", "formats");
const broken = fromRoot("fixtures", "broken");

/** fixtures/broken/README.md's table, as the scan lists it (pictures are skipped before ingest). */
const BROKEN: Record<string, string> = {
  "empty.txt": "EMPTY_FILE",
  "whitespace-only.txt": "NO_TEXT",
  "legacy.doc": "LEGACY_DOC",
  "binary.bin": "UNSUPPORTED_FORMAT",
  "undecodable.txt": "UNDECODABLE_TEXT",
  "spreadsheet.xlsx": "UNSUPPORTED_FORMAT",
  "truncated.pdf": "CORRUPT_PDF",
  "truncated.docx": "CORRUPT_DOCX",
  "encrypted.pdf": "ENCRYPTED_PDF",
  "image-only.pdf": "NO_TEXT_LAYER",
  "zip-bomb.docx": "ZIP_BOMB",
};

describe.skipIf(!existsSync(formats) || !existsSync(broken))(
  "scan over fixtures/formats and fixtures/broken",
  () => {
    it("gives every file one row: reports for contracts, typed errors for broken files", async () => {
      const out = path.join(await tempDir(), "out");
      const { summary } = await scan({ inputs: [formats, broken], out, jobs: 2, summaryFormats: ["json"] });
      const names = async (dir: string, prefix: string) =>
        (await readdir(dir)).filter((n) => !n.startsWith(".")).map((n) => `${prefix}/${n}`);
      const expected = [...(await names(formats, "formats")), ...(await names(broken, "broken"))].sort();
      const rows = new Map(summary.rows.map((r) => [r.path, r]));
      expect([...rows.keys()]).toEqual(expected);

      for (const [name, code] of Object.entries(BROKEN))
        expect(rows.get(`broken/${name}`)?.error?.code, name).toBe(code);
      expect(rows.get("broken/image.png")).toMatchObject({ status: "skipped", skipReason: "image/png" });
      expect(rows.get("broken/long-line.txt")?.status).toBe("ok");
      for (const row of summary.rows.filter((r) => r.path.startsWith("formats/contract."))) {
        expect(row.status, row.path).toBe("ok");
        expect(row.format, row.path).toBe(path.extname(row.path).slice(1));
      }
      expect(summary.rows.filter((r) => r.error?.code === "INTERNAL_ERROR")).toEqual([]);
    });
  },
);
