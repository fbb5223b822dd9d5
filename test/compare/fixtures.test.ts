// The project's labelled documents and samples: well-formed labels for all 26 ids, and our own
// wording (no 20-character run copied from the seeds, when ../shared is present).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REQUIREMENT_IDS } from "../../src/core/ids.js";
import { LabelSchema } from "../../src/eval/labels.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LABELLED = path.join(ROOT, "fixtures/labelled");
const SAMPLES = path.join(ROOT, "fixtures/samples");
const SEEDS = path.resolve(ROOT, "../shared/seeds");

// labels.jsonl holds the clause lines (detect's) and the document lines (these).
const labels = readFileSync(path.join(LABELLED, "labels.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => LabelSchema.parse(JSON.parse(l)))
  .filter((l) => l.kind === "doc");

describe("fixtures/labelled/labels.jsonl (documents)", () => {
  it("labels every document in docs/ once, and at least five", () => {
    const files = readdirSync(path.join(LABELLED, "docs"))
      .map((f) => `docs/${f}`)
      .sort();
    expect(labels.map((l) => l.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(labels.map((l) => [l.file, l] as const))("%s lists all 26 requirements", (_f, label) => {
    expect(label.kind).toBe("doc");
    if (label.kind === "doc")
      expect(Object.keys(label.requirements).sort()).toEqual([...REQUIREMENT_IDS].sort());
  });

  it("covers the conflicts the standard names (FLT-01, PUB-02, CST-02, DMG-01) and a document with none", () => {
    const conflicts = new Set(
      labels.flatMap((l) =>
        l.kind === "doc"
          ? Object.entries(l.requirements)
              .filter(([, s]) => s?.includes("conflict"))
              .map(([id]) => id)
          : [],
      ),
    );
    expect([...conflicts].sort()).toEqual(["CST-02", "DMG-01", "FLT-01", "PUB-02"]);
    expect(
      labels.some(
        (l) => l.kind === "doc" && Object.values(l.requirements).every((s) => s?.join() === "missing"),
      ),
    ).toBe(true);
  });
});

describe.skipIf(!existsSync(SEEDS))("fixtures are our own wording", () => {
  const seeds = existsSync(SEEDS)
    ? readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), "utf8").replace(/\s/g, ""))
    : [];
  const ours = [
    ...readdirSync(path.join(LABELLED, "docs")).map((f) => path.join(LABELLED, "docs", f)),
    ...readdirSync(SAMPLES).map((f) => path.join(SAMPLES, f)),
  ];
  const WINDOW = 20;
  it.each(ours.map((f) => [path.relative(ROOT, f), f]))(
    "%s copies no 20-character run of a seed",
    (_name, file) => {
      const flat = readFileSync(file, "utf8").replace(/\s/g, "");
      const copied: string[] = [];
      for (let i = 0; i + WINDOW <= flat.length; i++) {
        const run = flat.slice(i, i + WINDOW);
        if (seeds.some((s) => s.includes(run))) copied.push(run);
      }
      expect(copied).toEqual([]);
    },
  );
});
