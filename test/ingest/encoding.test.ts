// Text input: every encoding variant of the contract decodes to the UTF-8 original, and says which it was.
import { createHash } from "node:crypto";
import Encoding from "encoding-japanese";
import { describe, expect, it } from "vitest";
import { plausibility } from "../../src/ingest/encoding.js";
import { ingest } from "../../src/ingest/index.js";
import { CONTRACT_TEXT, expectIngestError, fixture } from "./helpers.js";

describe("text encodings", () => {
  const variants = [
    ["formats/contract.txt", "UTF-8"],
    ["formats/contract.utf8-bom.txt", "UTF-8 (BOM)"],
    ["formats/contract.utf8-crlf.txt", "UTF-8"],
    ["formats/contract.sjis.txt", "Shift_JIS"],
    ["formats/contract.sjis-crlf.txt", "Shift_JIS"],
    ["formats/contract.eucjp.txt", "EUC-JP"],
    ["formats/contract.utf16le-bom.txt", "UTF-16LE (BOM)"],
    ["formats/contract.utf16be.txt", "UTF-16BE"],
  ] as const;

  it.each(variants)("%s decodes to the original text, encoding %s", async (file, encoding) => {
    const bytes = fixture(file);
    const source = await ingest(bytes);
    expect(source.format).toBe("txt");
    expect(source.encoding).toBe(encoding);
    expect(source.text).toBe(CONTRACT_TEXT);
    expect(source.byteLength).toBe(bytes.length);
    expect(source.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("reads UTF-16LE without a BOM", async () => {
    const source = await ingest(Buffer.from(CONTRACT_TEXT, "utf16le"));
    expect(source.encoding).toBe("UTF-16LE");
    expect(source.text).toBe(CONTRACT_TEXT);
  });

  it("reads ISO-2022-JP (JIS)", async () => {
    const jis = Uint8Array.from(
      Encoding.convert(Encoding.stringToCode(CONTRACT_TEXT), { to: "JIS", from: "UNICODE" }),
    );
    const source = await ingest(jis);
    expect(source.encoding).toBe("ISO-2022-JP");
    expect(source.text).toBe(CONTRACT_TEXT);
  });

  it("reads the CP932 extensions of Shift_JIS (① ㈱ №)", async () => {
    const text = "①甲は㈱みなと商事、№12とする。\n";
    const sjis = Uint8Array.from(
      Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }),
    );
    const source = await ingest(sjis);
    expect(source.encoding).toBe("Shift_JIS");
    expect(source.text).toBe(text);
  });

  it("strips the BOM and turns CRLF, lone CR and form feeds into LF", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("第1条\r\n本文\r二行目\f第2条\n", "utf8"),
    ]);
    const source = await ingest(bytes);
    expect(source.text).toBe("第1条\n本文\n二行目\n第2条\n");
  });

  it("drops a stray NUL or BEL (under 1% of the text) but keeps tabs", async () => {
    const body = "乙は、事故を知ったときは直ちに甲に報告する。\n".repeat(10);
    const source = await ingest(Buffer.from(`甲は\t乙に\u0007通知する。\u0000\n${body}`, "utf8"));
    expect(source.text).toBe(`甲は\t乙に通知する。\n${body}`);
  });

  it("refuses a BOM followed by invalid UTF-8", async () => {
    await expectIngestError(
      ingest(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe3, 0x81, 0x41, 0xff])),
      "UNDECODABLE_TEXT",
    );
  });

  it("warns about a very long line", async () => {
    const source = await ingest(fixture("broken/long-line.txt"));
    expect(source.text.length).toBeGreaterThan(20_000);
    expect(source.diagnostics.map((d) => d.code)).toEqual(["TEXT_VERY_LONG_LINE"]);
    expect((await ingest(fixture("formats/contract.txt"))).diagnostics).toEqual([]);
  });
});

describe("plausibility", () => {
  it("scores Japanese text near 1 and mojibake low", () => {
    expect(plausibility(CONTRACT_TEXT)).toBe(1);
    const sjisAsLatin1 = new TextDecoder("latin1").decode(fixture("formats/contract.sjis.txt"));
    expect(plausibility(sjisAsLatin1)).toBeLessThan(0.9);
    expect(plausibility("\u0001\u0002abc")).toBeCloseTo(0.6); // many controls count against
    expect(plausibility(`${"あ".repeat(200)}\u001a`)).toBe(1); // a DOS end-of-file mark does not
  });
});
