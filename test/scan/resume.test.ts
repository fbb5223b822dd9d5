// Resumption: a rerun keeps up-to-date reports and redoes what changed (fake analysis).
import { existsSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GapReportSchema } from "../../src/report/schema.js";
import { sha256Hex } from "../../src/scan/read.js";
import { scan } from "../../src/scan/run.js";
import { fakeAnalysis, put, readJson, smallTree, testBaseline } from "./helpers.js";

describe("scan resumption", () => {
  it("keeps up-to-date reports on a rerun without analysing, and still lists every file", async () => {
    const { input, out } = await smallTree();
    const options = { inputs: [input], out, reference: testBaseline() };
    await scan({ ...options, analyze: fakeAnalysis().analyze });
    const before = (await stat(path.join(out, "a.txt.gap.json"))).mtimeMs;

    const again = fakeAnalysis();
    const result = await scan({ ...options, analyze: again.analyze });
    expect(again.calls).toEqual([]);
    expect(result.summary.rows.filter((r) => r.status === "ok").every((r) => r.cached)).toBe(true);
    expect(result.summary.totals).toMatchObject({ files: 4, ok: 3, cached: 3 });
    expect((await stat(path.join(out, "a.txt.gap.json"))).mtimeMs).toBe(before);
  });

  it("redoes a changed file, a corrupt report and a report of another tool version", async () => {
    const { input, out } = await smallTree();
    const options = { inputs: [input], out, reference: testBaseline() };
    await scan({ ...options, analyze: fakeAnalysis().analyze });
    await put(input, "a.txt", "第1条 内容を変えた。");
    const bPath = path.join(out, "sub", "b.txt.gap.json");
    await writeFile(bPath, (await readFile(bPath, "utf8")).slice(0, 100)); // as if cut short
    const cPath = path.join(out, "sub", "deeper", "c.txt.gap.json");
    const c = (await readJson(cPath)) as { tool: { version: string } };
    await writeFile(cPath, JSON.stringify({ ...c, tool: { ...c.tool, version: "0.0.0-old" } }));

    const again = fakeAnalysis();
    await scan({ ...options, analyze: again.analyze });
    expect(again.calls.sort()).toEqual(["a.txt", "sub/b.txt", "sub/deeper/c.txt"]);
    const a = GapReportSchema.parse(await readJson(path.join(out, "a.txt.gap.json")));
    expect(a.document.sha256).toBe(sha256Hex(await readFile(path.join(input, "a.txt"))));
    GapReportSchema.parse(await readJson(bPath));
  });

  it("redoes every file with another baseline version or with force", async () => {
    const { input, out } = await smallTree();
    await scan({ inputs: [input], out, reference: testBaseline("1.0.0"), analyze: fakeAnalysis().analyze });
    const newBaseline = fakeAnalysis();
    await scan({ inputs: [input], out, reference: testBaseline("1.1.0"), analyze: newBaseline.analyze });
    expect(newBaseline.calls).toHaveLength(3);
    const forced = fakeAnalysis();
    await scan({
      inputs: [input],
      out,
      reference: testBaseline("1.1.0"),
      analyze: forced.analyze,
      force: true,
    });
    expect(forced.calls).toHaveLength(3);
  });

  it("adds Markdown from a kept report, and removes Markdown that a fresh JSON-only report outdates", async () => {
    const { input, out } = await smallTree();
    const options = { inputs: [input], out, reference: testBaseline() };
    await scan({ ...options, analyze: fakeAnalysis().analyze });
    const md = path.join(out, "a.txt.gap.md");
    expect(existsSync(md)).toBe(false);

    const withMd = fakeAnalysis();
    await scan({ ...options, analyze: withMd.analyze, reportFormats: ["md"] });
    expect(withMd.calls).toEqual([]);
    expect(await readFile(md, "utf8")).toMatch(/^# [^\n]+\n[\s\S]*a\.txt/); // a heading, then the document name

    await put(input, "a.txt", "第1条 変更。");
    await scan({ ...options, analyze: fakeAnalysis().analyze });
    expect(existsSync(md)).toBe(false);
    expect(existsSync(path.join(out, "sub", "b.txt.gap.md"))).toBe(true); // kept: still up to date
  });

  it("can write the reports beside the contracts (--out is the input folder) and resume there", async () => {
    const { input } = await smallTree();
    const options = {
      inputs: [input],
      out: input,
      reference: testBaseline(),
      reportFormats: ["md" as const],
    };
    await scan({ ...options, analyze: fakeAnalysis().analyze });
    expect(existsSync(path.join(input, "sub", "b.txt.gap.json"))).toBe(true);
    const again = fakeAnalysis();
    const result = await scan({ ...options, analyze: again.analyze });
    expect(again.calls).toEqual([]);
    expect(result.summary.rows.map((r) => r.path)).toEqual([
      "a.txt",
      "sub/b.txt",
      "sub/deeper/c.txt",
      "sub/logo.png",
    ]);
  });
});
