import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ClausegapError } from "../../src/core/errors.js";
import { defaultBaseline, loadReferenceFile, parseReference } from "../../src/reference/index.js";

const clone = () =>
  structuredClone(defaultBaseline()) as unknown as { requirements: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;

function errorOf(value: unknown): ClausegapError {
  try {
    parseReference(typeof value === "string" ? value : JSON.stringify(value), "mine.json");
  } catch (e) {
    expect(e).toBeInstanceOf(ClausegapError);
    return e as ClausegapError;
  }
  throw new Error("expected INVALID_REFERENCE");
}

describe("baseline validation (--reference files)", () => {
  it("accepts the bundled baseline re-read and a subset of requirements", () => {
    const b = clone();
    b.requirements = b.requirements.slice(0, 3);
    expect(parseReference(JSON.stringify(b), "subset.json").requirements.map((r) => r.id)).toEqual([
      "RPT-01",
      "RPT-02",
      "RPT-03",
    ]);
  });

  const cases: Array<[string, (b: ReturnType<typeof clone>) => void, string[]]> = [
    [
      "an unknown requirement id",
      (b) => Object.assign(b.requirements[0]!, { id: "RPT-99" }),
      ["requirements[0]", 'unknown requirement id "RPT-99"'],
    ],
    [
      "a duplicate id",
      (b) => Object.assign(b.requirements[1]!, { id: "RPT-01", topic: "reporting" }),
      ["requirements[1] (RPT-01).id", "duplicate requirement id RPT-01"],
    ],
    [
      "a topic that does not fit the id",
      (b) => Object.assign(b.requirements[16]!, { topic: "cost" }),
      ["requirements[16] (DMG-01).topic", 'belongs to topic "damages"'],
    ],
    [
      "a criterion the topic's evaluator ignores",
      (b) =>
        Object.assign(b.requirements[16]!, { expect: { timing: { met: ["immediately"], partial: [] } } }),
      ["requirements[16] (DMG-01).expect.timing", "not understood"],
    ],
    [
      "a malformed timing rule",
      (b) => Object.assign(b.requirements[1]!, { expect: { timing: { met: ["soon"], partial: [] } } }),
      ["requirements[1] (RPT-02).expect.timing.met[0]", "deadline<=N"],
    ],
    [
      "two reporting attributes at once",
      (b) => Object.assign(b.requirements[1]!, { expect: { suspected: true, form: { met: ["written"] } } }),
      ["(RPT-02).expect", "several reporting attributes"],
    ],
    [
      "minContents partial above met",
      (b) => Object.assign(b.requirements[4]!, { expect: { minContents: { met: 2, partial: 3 } } }),
      ["expect.minContents.partial", "must not exceed"],
    ],
    [
      "an unknown key",
      (b) => Object.assign(b.requirements[0]!, { colour: "red" }),
      ["requirements[0] (RPT-01)", "colour"],
    ],
    ["a missing severity", (b) => delete b.requirements[2]!.severity, ["requirements[2] (RPT-03).severity"]],
    ["no requirements", (b) => (b.requirements = []), ["requirements", ">=1 items"]],
  ];

  it.each(cases)("rejects %s with INVALID_REFERENCE naming the path and the problem", (_n, mutate, parts) => {
    const b = clone();
    mutate(b);
    const e = errorOf(b);
    expect(e.code).toBe("INVALID_REFERENCE");
    expect(e.httpStatus).toBe(400);
    for (const p of parts) expect(e.messages.en).toContain(p);
    expect(e.messages.ja).toContain("基準ファイルが不正です");
    expect(e.messages.en).toContain("mine.json");
  });

  it("lists every problem, not just the first", () => {
    const b = clone();
    Object.assign(b.requirements[0]!, { severity: "urgent" });
    Object.assign(b.requirements[5]!, { topic: "banana" });
    const msg = errorOf(b).messages.en;
    expect(msg).toContain("requirements[0] (RPT-01).severity");
    expect(msg).toContain("requirements[5] (RPT-06).topic");
  });

  it("rejects text that is not JSON", () => {
    expect(errorOf("{ name: 'x'").messages.en).toMatch(/mine\.json: not valid JSON/);
  });

  it("reads a file, and reports an unreadable one as FILE_UNREADABLE", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clausegap-ref-"));
    const file = path.join(dir, "custom.json");
    writeFileSync(file, `\uFEFF${JSON.stringify(clone())}`);
    expect((await loadReferenceFile(file)).requirements).toHaveLength(26);
    await expect(loadReferenceFile(path.join(dir, "nope.json"))).rejects.toMatchObject({
      code: "FILE_UNREADABLE",
    });
  });
});
