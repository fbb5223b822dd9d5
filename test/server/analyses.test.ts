// The analyses routes against the real server and a real worker pool: upload (multipart and raw,
// text, DOCX, PDF), read back, list, delete, and the stored copy without the contract's text.
import Encoding from "encoding-japanese";
import { describe, expect, it } from "vitest";
import { AnalysisListSchema } from "../../server/schemas.js";
import { GapReportSchema } from "../../src/report/schema.js";
import { contractText, docxBytes, englishContract, pdfBytes, sha256, utf8 } from "./helpers/files.js";
import {
  expectCreated as created,
  DOCX_TYPE,
  expectProblem,
  postMultipart,
  postRaw,
} from "./helpers/http.js";
import { serveForTests, withServer } from "./helpers/server.js";

const server = serveForTests();

describe("POST /v1/analyses", () => {
  it("analyses a multipart text upload and names it after the sanitized file name", async () => {
    const bytes = utf8(contractText(1));
    const res = await postMultipart(server.url, bytes, {
      filename: "../秘密/委託契約書.txt",
      type: "text/plain",
    });
    const { report } = await created(res);
    expect(report.document.name).toBe("委託契約書.txt");
    expect(report.document.sha256).toBe(sha256(bytes));
    expect(report.document.format).toBe("txt");
    expect(report.document.text).toContain("本書の管理番号は1番とする。");
  });

  it("analyses a multipart DOCX upload", async () => {
    const bytes = await docxBytes(contractText(2));
    const res = await postMultipart(server.url, bytes, { filename: "契約.docx", type: DOCX_TYPE });
    const { report } = await created(res);
    expect(report.document).toMatchObject({ name: "契約.docx", sha256: sha256(bytes) });
    expect(report.document.format).toBe("docx");
    expect(report.document.text).toContain("本書の管理番号は2番とする。");
  });

  it("analyses a PDF sent as the raw body, named by ?name=", async () => {
    const bytes = await pdfBytes(englishContract(3));
    const res = await postRaw(
      server.url,
      bytes,
      "application/pdf",
      `?name=${encodeURIComponent("覚書.pdf")}`,
    );
    const { report } = await created(res);
    expect(report.document).toMatchObject({ name: "覚書.pdf", sha256: sha256(bytes) });
    expect(report.document.format).toBe("pdf");
    expect(report.document.text).toContain("reference number of this agreement is 3");
  });

  it("analyses raw text named by a percent-encoded X-Document-Name header", async () => {
    const bytes = utf8(contractText(4));
    const headers = { "x-document-name": encodeURIComponent("C:\\share\\規程\u202Etxt.exe") };
    const { report } = await created(
      await postRaw(server.url, bytes, "text/plain; charset=utf-8", "", headers),
    );
    // Windows path dropped, the bidi override that would disguise the extension removed.
    expect(report.document.name).toBe("規程txt.exe");
    expect(report.document.sha256).toBe(sha256(bytes));
  });

  it("detects a text's encoding and warns when the declared charset disagrees", async () => {
    const text = contractText(6);
    const sjis = new Uint8Array(
      Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }),
    );
    const mislabelled = await created(await postRaw(server.url, sjis, "text/plain; charset=utf-8"));
    expect(mislabelled.report.document.encoding).toMatch(/shift_jis/i);
    expect(mislabelled.report.document.text).toContain("本書の管理番号は6番とする。");
    expect(mislabelled.report.document.sha256).toBe(sha256(sjis));
    const warned = mislabelled.report.warnings.filter((w) => w.code === "DECLARED_CHARSET_IGNORED");
    expect(warned).toHaveLength(1);
    expect(warned[0]?.message.en).toContain("utf-8");
    const labelled = await created(await postRaw(server.url, sjis, "text/plain; charset=Windows-31J"));
    expect(labelled.report.warnings.map((w) => w.code)).not.toContain("DECLARED_CHARSET_IGNORED");
  });

  it("names a raw body without a name 'document'", async () => {
    const { report } = await created(await postRaw(server.url, utf8(contractText(5)), "text/plain"));
    expect(report.document.name).toBe("document");
  });
});

describe("stored analyses", () => {
  it("GET returns the stored report without the document's text, quotes kept", async () => {
    const bytes = utf8(contractText(10));
    const { report, location } = await created(await postMultipart(server.url, bytes, { filename: "a.txt" }));
    const res = await fetch(server.url + location);
    expect(res.status).toBe(200);
    const stored = GapReportSchema.parse(await res.json());
    expect(stored.document.text).toBeUndefined();
    expect(stored.provisions.every((p) => p.text === undefined)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain("本書の管理番号は10番とする");
    expect(stored.findings).toEqual(report.findings);
    expect(stored.document).toEqual({ ...report.document, text: undefined });
  });

  it("keeps the text when CLAUSEGAP_KEEP_DOCUMENTS=1", async () => {
    await withServer(server.pool, { env: { CLAUSEGAP_KEEP_DOCUMENTS: "1" } }, async (keeping) => {
      const { location } = await created(await postMultipart(keeping.url, utf8(contractText(11))));
      const stored = GapReportSchema.parse(await (await fetch(keeping.url + location)).json());
      expect(stored.document.text).toContain("本書の管理番号は11番とする。");
    });
  });

  it("lists newest first, page by page, and DELETE removes one", async () => {
    await withServer(server.pool, {}, async (fresh) => {
      const locations: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await postMultipart(fresh.url, utf8(contractText(20 + i)), { filename: `c${i}.txt` });
        locations.push((await created(res)).location);
        await new Promise((r) => setTimeout(r, 2)); // distinct creation milliseconds
      }
      const ids = locations.map((l) => l.split("/").pop()).reverse();
      const first = await fetch(`${fresh.url}/v1/analyses?limit=2`);
      const page1 = AnalysisListSchema.parse(await first.json());
      expect(page1.items.map((i) => i.id)).toEqual(ids.slice(0, 2));
      expect(page1.items[0]).toMatchObject({ documentName: "c4.txt", format: "txt" });
      expect(first.headers.get("link")).toBe(`</v1/analyses?limit=2&cursor=${page1.nextCursor}>; rel="next"`);
      const page2 = AnalysisListSchema.parse(
        await (await fetch(`${fresh.url}/v1/analyses?limit=2&cursor=${page1.nextCursor}`)).json(),
      );
      expect(page2.items.map((i) => i.id)).toEqual(ids.slice(2, 4));
      const page3 = AnalysisListSchema.parse(
        await (await fetch(`${fresh.url}/v1/analyses?limit=2&cursor=${page2.nextCursor}`)).json(),
      );
      expect(page3).toMatchObject({ items: [{ id: ids[4] }], nextCursor: null });

      const del = await fetch(fresh.url + locations[0], { method: "DELETE" });
      expect(del.status).toBe(204);
      await expectProblem(await fetch(fresh.url + locations[0]), 404, "NOT_FOUND");
      await expectProblem(await fetch(fresh.url + locations[0], { method: "DELETE" }), 404, "NOT_FOUND");
      const all = AnalysisListSchema.parse(await (await fetch(`${fresh.url}/v1/analyses`)).json());
      expect(all.items.map((i) => i.id)).toEqual(ids.slice(0, 4));
    });
  });

  it("refuses bad ids, limits and cursors", async () => {
    await expectProblem(await fetch(`${server.url}/v1/analyses/..%2F..%2Fetc%2Fpasswd`), 404, "NOT_FOUND");
    await expectProblem(await fetch(`${server.url}/v1/analyses/${"0".repeat(36)}`), 404, "NOT_FOUND");
    await expectProblem(await fetch(`${server.url}/v1/analyses?limit=0`), 400, "MALFORMED_REQUEST");
    await expectProblem(await fetch(`${server.url}/v1/analyses?limit=abc`), 400, "MALFORMED_REQUEST");
    await expectProblem(await fetch(`${server.url}/v1/analyses?cursor=../x`), 400, "MALFORMED_REQUEST");
  });
});
