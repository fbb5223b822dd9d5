// Real third-party files (../shared/real-files, see its SOURCES.md): every one either yields
// substantial Japanese text or the precise refusal expected. Skipped when the folder is absent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isClausegapError } from "../../src/core/errors.js";
import { countJapanese } from "../../src/ingest/cleanup.js";
import { ingest } from "../../src/ingest/index.js";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/real-files");
const read = (name: string) => readFileSync(path.join(dir, name));

/** [file, format, minimum Japanese characters] — minimums set well under the counts in SOURCES.md. */
const PARSES = [
  ["rois-privacy-regulation.pdf", "pdf", 14_000],
  ["rois-security-policy.pdf", "pdf", 6_000],
  ["nig-supercomputer-rules-scan-ocr.pdf", "pdf", 2_000],
  ["mct-used-device-terms.pdf", "pdf", 7_000],
  ["crossinfinity-corp-terms-webcapture.pdf", "pdf", 6_000],
  ["spc-outsourcing-contract.pdf", "pdf", 1_300],
  ["supota-confidentiality-pledge.pdf", "pdf", 900],
  ["mitsuba-space-terms-quartz.pdf", "pdf", 4_500],
  ["mhlw-model-work-rules.pdf", "pdf", 55_000],
  ["moriyoshi-outsourcing-basic-contract.docx", "docx", 3_500],
  ["moriyoshi-nda.docx", "docx", 1_800],
  ["spc-outsourcing-contract.docx", "docx", 1_300],
  ["healthytech-work-rules-wps.docx", "docx", 15_000],
  ["agrilive-terms.docx", "docx", 600],
  ["ricoh-theta-sdk-eula-ja.txt", "txt", 4_000],
  ["monowireless-sla-ja-bom.txt", "txt", 1_800],
] as const;

describe.skipIf(!existsSync(dir))("real files", () => {
  it.each(PARSES)("%s parses as %s with ≥ %i Japanese characters", async (file, format, minJapanese) => {
    const source = await ingest(read(file));
    expect(source.format).toBe(format);
    expect(countJapanese(source.text)).toBeGreaterThanOrEqual(minJapanese);
    expect(source.text).not.toMatch(/--\s*\d+\s*of\s*\d+\s*--/);
    if (source.pages) expect(source.pages.at(-1)!.end).toBe(source.text.length);
  });

  it("#3 (scan with OCR layer) needs the CMaps: 3 pages, ~2,000+ Japanese characters", async () => {
    const source = await ingest(read("nig-supercomputer-rules-scan-ocr.pdf"));
    expect(source.pageCount).toBe(3);
    expect(countJapanese(source.text)).toBeGreaterThan(2_000);
    expect(source.text).toContain("スーパーコンピュータシステム利用規程");
  });

  it("#4 (Type 3 fonts without ToUnicode) is UNUSABLE_TEXT_LAYER", async () => {
    await expect(ingest(read("nig-supercomputer-rules-2025-type3.pdf"))).rejects.toMatchObject({
      code: "UNUSABLE_TEXT_LAYER",
    });
  });

  it("#11 (outlined text) is NO_TEXT_LAYER", async () => {
    await expect(ingest(read("jswa-booth-tour-rules-outlined.pdf"))).rejects.toMatchObject({
      code: "NO_TEXT_LAYER",
    });
  });

  it("#12 has its 第n条 style numbering restored (第1条…第16条, cross-reference 第5条 = 機器)", async () => {
    const text = (await ingest(read("moriyoshi-outsourcing-basic-contract.docx"))).text;
    const articles = text.match(/^第\d+条/gm) ?? [];
    expect(articles).toEqual(Array.from({ length: 16 }, (_, i) => `第${i + 1}条`));
    expect(text).toMatch(/^第5条 \(機器、コンピューターシステム等の利用\)$/m);
    expect(text).toMatch(/^\(10\) 甲または乙の代理人/m);
  });

  it("#13 has 第%1条 heading numbering and its item lists restored", async () => {
    const text = (await ingest(read("moriyoshi-nda.docx"))).text;
    expect(text.match(/^第\d+条/gm)).toEqual(Array.from({ length: 10 }, (_, i) => `第${i + 1}条`));
    expect(text).toMatch(/^第7条 \(損害の賠償\)$/m);
    expect(text).toMatch(/^2\. 秘密情報には、以下の各号/m);
    expect(text).toMatch(/^\(5\) 受領者が開示者から得た情報とは無関係に/m);
  });

  it("#14 keeps its typed 第1条 and restores the item numbers", async () => {
    const text = (await ingest(read("spc-outsourcing-contract.docx"))).text;
    expect(text).toMatch(/^第1条（契約の目的）$/m);
    expect(text).toMatch(/^1\. Webサイトの企画・構成/m);
    expect(text).not.toMatch(/^第\d+条 第\d+条/m);
  });

  it("#20 has its BOM stripped and mixed CRLF/LF made LF", async () => {
    const source = await ingest(read("monowireless-sla-ja-bom.txt"));
    expect(source.encoding).toBe("UTF-8 (BOM)");
    expect(source.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(source.text).not.toContain("\r");
  });

  it("#2 (Shift_JIS bytes in the PDF Info title) is not disturbed by its metadata", async () => {
    const source = await ingest(read("rois-security-policy.pdf"));
    expect(source.text.startsWith("情報・システム研究機構 情報セキュリティポリシー")).toBe(true);
  });

  it("never throws anything but a ClausegapError", async () => {
    for (const file of ["nig-supercomputer-rules-2025-type3.pdf", "jswa-booth-tour-rules-outlined.pdf"]) {
      const error = await ingest(read(file)).catch((e: unknown) => e);
      expect(isClausegapError(error)).toBe(true);
    }
  });
});
