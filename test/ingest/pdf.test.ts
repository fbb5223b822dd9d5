// PDF: per-page text with page spans, Japanese text through the embedded font, no page markers, silence.
import { afterEach, describe, expect, it, vi } from "vitest";
import { countJapanese } from "../../src/ingest/cleanup.js";
import { ingest } from "../../src/ingest/index.js";
import { pageQuality, spacedOutWarning } from "../../src/ingest/pdf-quality.js";
import { CONTRACT_TEXT, fixture } from "./helpers.js";

describe("contract.pdf", () => {
  it("has 2 pages whose spans cover the text, page 2 starting at 第4条", async () => {
    const source = await ingest(fixture("formats/contract.pdf"));
    expect(source.format).toBe("pdf");
    expect(source.pageCount).toBe(2);
    const [p1, p2] = source.pages!;
    expect(p1!.start).toBe(0);
    expect(p2!.start).toBe(p1!.end + 1);
    expect(p2!.end).toBe(source.text.length);
    const page1 = source.text.slice(p1!.start, p1!.end);
    const page2 = source.text.slice(p2!.start, p2!.end);
    expect(page1.startsWith("業務委託契約書")).toBe(true);
    expect(page1).toContain("第3条（個人情報の取扱い）");
    expect(page2.startsWith("第4条（事故発生時の報告）")).toBe(true);
  });

  it("keeps every Japanese character and adds no page-marker lines", async () => {
    const source = await ingest(fixture("formats/contract.pdf"));
    expect(countJapanese(source.text)).toBe(countJapanese(CONTRACT_TEXT));
    expect(source.text).not.toMatch(/--\s*\d+\s*of\s*\d+\s*--/);
    expect(source.diagnostics).toEqual([]);
  });

  it("finds the header after leading junk", async () => {
    const junk = Buffer.concat([Buffer.from("HTTP/1.1 200 OK\r\n\r\n"), fixture("formats/contract.pdf")]);
    expect((await ingest(junk)).pageCount).toBe(2);
  });
});

describe("pdfjs stays silent", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints nothing for good, damaged, encrypted and empty PDFs", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m));
    const out = vi.spyOn(process.stdout, "write");
    const err = vi.spyOn(process.stderr, "write");
    for (const file of [
      "formats/contract.pdf",
      "broken/truncated.pdf",
      "broken/encrypted.pdf",
      "broken/image-only.pdf",
    ]) {
      await ingest(fixture(file)).catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 50)); // a worker's console would arrive asynchronously
    for (const spy of [...spies, out, err]) expect(spy).not.toHaveBeenCalled();
  });
});

describe("page quality", () => {
  it("calls Type 3 junk without a character map garbage (real-files #4 pattern)", () => {
    expect(
      pageQuality("\u0000\u0002\u0003\u0004\u0005\u0006\u0007\b \t\u000e\u000f\u0010\b \t\u0011\u0005\u0012"),
    ).toBe("garbage");
  });
  it("calls Japanese or English text text, and a lone page number empty", () => {
    expect(pageQuality("第1条（目的）本契約は、業務の条件を定める。")).toBe("text");
    expect(pageQuality("This Agreement is made between the parties.")).toBe("text");
    expect(pageQuality(" 3 \n")).toBe("empty");
  });
  it("warns when OCR text has a space between every character", () => {
    const spaced =
      "第 １ 条 こ の 規 程 は 、 計 算 機 シ ス テ ム の 利 用 に 関 し 必 要 な 事 項 を 定 め る 。\n".repeat(
        3,
      );
    expect(spacedOutWarning(spaced).map((d) => d.code)).toEqual(["PDF_SPACED_OUT_TEXT"]);
    expect(spacedOutWarning(CONTRACT_TEXT)).toEqual([]);
  });
});
