// The same contract as UTF-8, Shift_JIS, UTF-16, DOCX (Word automatic numbering) and PDF parses to the
// same provisions. The expected labels are read by hand from fixtures/formats/contract.txt: 前文, then
// one clause per 項 (an article without 項 is one clause; 号 stay inside their 項), per DESIGN.md.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/analyzer.js";

const formats = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/formats");

const EXPECTED_LABELS = [
  "前文",
  "第1条",
  "第2条第1項",
  "第2条第2項",
  "第2条第3項",
  "第3条第1項",
  "第3条第2項",
  "第4条第1項",
  "第4条第2項",
  "第4条第3項",
  "第5条",
  "第6条",
];

const FILES = [
  "contract.txt",
  "contract.sjis.txt",
  "contract.utf16le-bom.txt",
  "contract.utf16be.txt",
  "contract.docx",
  "contract.pdf",
];

describe("one contract, every format", () => {
  it.each(FILES)("%s parses to the hand-read provision labels", async (file) => {
    const doc = await parse(readFileSync(path.join(formats, file)));
    expect(doc.clauses.map((c) => c.label)).toEqual(EXPECTED_LABELS);
  });

  it.each(FILES)("%s: the incident article's first 項 is the reporting duty", async (file) => {
    const doc = await parse(readFileSync(path.join(formats, file)));
    const clause = doc.clauses.find((c) => c.label === "第4条第1項");
    expect(clause?.heading).toBe("事故発生時の報告");
    expect(clause?.text.replace(/\s+/g, "")).toContain("直ちに甲に報告しなければならない");
  });
});
