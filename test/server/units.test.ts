// The small pure parts of the server: configuration, names, ids, pagination, media types, the file store.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config.js";
import { createFileStore } from "../../server/store/fs-store.js";
import { isAnalysisId, newAnalysisId } from "../../server/store/ids.js";
import { pageOfIds } from "../../server/store/summary.js";
import { bodyKind, parseMediaType } from "../../server/upload/media-type.js";
import { sanitizeName } from "../../server/upload/name.js";
import { TOPIC_IDS } from "../../src/core/ids.js";
import { GapReportSchema } from "../../src/report/schema.js";

describe("loadConfig", () => {
  it("has defaults that need no set-up, and reads every variable", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, store: "fs", keepDocuments: false, maxQueue: 64 });
    expect(config.maxQueue).toBeGreaterThanOrEqual(50);
    expect(config.dataDir).toBe(path.resolve("data/analyses"));
    const custom = loadConfig({
      PORT: "9000",
      CLAUSEGAP_KEEP_DOCUMENTS: "true",
      CLAUSEGAP_THREADS: "3",
      CLAUSEGAP_MAX_BYTES: "1000",
      CLAUSEGAP_TIMEOUT_MS: "5000",
      CLAUSEGAP_API_KEY: "x".repeat(16),
      CLAUSEGAP_MAX_QUEUE: " ",
      CLAUSEGAP_WORKER_NICE: "0",
    });
    expect(custom).toMatchObject({
      port: 9000,
      keepDocuments: true,
      threads: 3,
      maxBytes: 1000,
      timeoutMs: 5000,
      workerNiceness: 0,
    });
    expect(config.workerNiceness).toBe(5);
    expect(custom.maxQueue).toBe(64); // blank = unset
  });

  it("lists every bad variable, without echoing the API key", () => {
    const bad = () =>
      loadConfig({
        CLAUSEGAP_MAX_BYTES: "-1",
        CLAUSEGAP_API_KEY: "short-secret",
        LOG_LEVEL: "loud",
        CLAUSEGAP_WORKER_NICE: "20",
      });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toMatch(/CLAUSEGAP_MAX_BYTES: expected at least 1/);
      expect(message).toMatch(/CLAUSEGAP_API_KEY: use at least 16 characters/);
      expect(message).toMatch(/LOG_LEVEL/);
      expect(message).toMatch(/CLAUSEGAP_WORKER_NICE: expected at most 19/);
      expect(message).not.toContain("short-secret");
    }
  });
});

describe("sanitizeName", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\me\\契約書.pdf", "契約書.pdf"],
    ["a\u0000b\u0007c.txt", "abc.txt"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["  multi \t space \n name.docx ", "multi space name.docx"],
    ["..", "document"],
    ["", "document"],
    [undefined, "document"],
    ["dir/", "document"],
  ])("%j → %j", (raw, expected) => {
    expect(sanitizeName(raw)).toBe(expected);
  });

  it("caps the length in code points without splitting a surrogate pair", () => {
    const name = sanitizeName(`${"𠮷".repeat(300)}.txt`);
    expect([...name]).toHaveLength(200);
    expect(name).toBe("𠮷".repeat(200));
  });
});

describe("ids and pages", () => {
  it("are URL-safe, unique, time-ordered and strictly validated", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => newAnalysisId(1_700_000_000_000 + i));
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(isAnalysisId(id)).toBe(true);
    for (const bad of ["../x", `${ids[0]}.json`, ids[0]?.toUpperCase(), "", 42, `${ids[0]}/..`])
      expect(isAnalysisId(bad)).toBe(false);
  });

  it("pages newest first with a cursor", () => {
    const ids = ["a", "b", "c", "d", "e"];
    expect(pageOfIds(ids, { limit: 2 })).toEqual({ ids: ["e", "d"], nextCursor: "d" });
    expect(pageOfIds(ids, { limit: 2, cursor: "d" })).toEqual({ ids: ["c", "b"], nextCursor: "b" });
    expect(pageOfIds(ids, { limit: 2, cursor: "b" })).toEqual({ ids: ["a"], nextCursor: null });
    expect(pageOfIds(ids, { limit: 5 })).toEqual({ ids: ["e", "d", "c", "b", "a"], nextCursor: null });
  });
});

describe("media types", () => {
  it("reads the type and charset, and sorts bodies into multipart, raw or refused", () => {
    expect(parseMediaType('Text/Plain; Charset="Shift_JIS"')).toEqual({
      type: "text/plain",
      charset: "Shift_JIS",
    });
    expect(bodyKind(parseMediaType("multipart/form-data; boundary=x"))).toBe("multipart");
    expect(bodyKind(parseMediaType("application/pdf"))).toBe("raw");
    expect(() => bodyKind(parseMediaType("application/json"))).toThrow(/Content-Type: application\/json/);
    expect(() => bodyKind(undefined)).toThrow(/Content-Type: none/);
  });
});

describe("file store", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "clausegap-store-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const report = GapReportSchema.parse({
    schemaVersion: "1.0",
    tool: { name: "clausegap", version: "0" },
    reference: { name: "r", version: "1" },
    document: { name: "x.txt", sha256: "0".repeat(64), format: "txt", chars: 0 },
    parties: [],
    provisions: [],
    findings: [],
    summary: {
      score: 50,
      counts: { met: 1, partial: 0, missing: 1, conflict: 0 },
      topics: Object.fromEntries(TOPIC_IDS.map((t) => [t, "absent"])),
    },
    warnings: [],
  });

  it("puts, gets, lists and deletes, ignoring temporary and foreign files", async () => {
    const store = await createFileStore(path.join(dir, "nested", "analyses"));
    const ids = [newAnalysisId(1000), newAnalysisId(2000), newAnalysisId(3000)];
    const reportJson = JSON.stringify(report);
    for (const id of ids) await store.put({ id, createdAt: "2026-01-01T00:00:00.000Z", reportJson });
    const folder = path.join(dir, "nested", "analyses");
    writeFileSync(path.join(folder, `${ids[0]}.json.1234`), "{half"); // as a crash mid-write leaves
    writeFileSync(path.join(folder, "notes.json"), "{}");
    expect((await store.get(ids[1] ?? ""))?.report).toEqual(report);
    const page = await store.list({ limit: 2 });
    expect(page.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    expect(page.items[0]).toMatchObject({ documentName: "x.txt", score: 50, format: "txt" });
    expect(await store.delete(ids[2] ?? "")).toBe(true);
    expect(await store.delete(ids[2] ?? "")).toBe(false);
    expect(await store.get(ids[2] ?? "")).toBeUndefined();
    expect(readdirSync(folder).filter((f) => f.startsWith(ids[2] ?? "-"))).toEqual([]);
    await createFileStore(folder); // a restart removes the temporary file, never an analysis
    expect(readdirSync(folder).sort()).toEqual([`${ids[0]}.json`, `${ids[1]}.json`, "notes.json"]);
    expect(statSync(path.join(folder, `${ids[0]}.json`)).mode & 0o777).toBe(0o600);
  });

  it("refuses an id that could leave the directory", async () => {
    const store = await createFileStore(path.join(dir, "safe"));
    await expect(store.get("../../etc/passwd")).rejects.toThrow(/invalid analysis id/);
    await expect(store.delete("../outside")).rejects.toThrow(/invalid analysis id/);
    expect(existsSync(path.join(dir, "outside"))).toBe(false);
  });
});
