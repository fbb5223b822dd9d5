import { describe, expect, it } from "vitest";
import { analyzeClauses } from "../../src/analyze-clauses.js";
import { ObligationSchema } from "../../src/report/schema.js";
import { makeClauseDocument, makeDocument } from "../helpers/clauses.js";
import { cases } from "./obligations.cases.js";

describe("obligations", () => {
  it.each(cases.map((c) => [c.why, c] as const))("%s", async (_why, c) => {
    const doc = makeClauseDocument(c.text);
    const analyzed = await analyzeClauses(doc);
    const obligations = analyzed.clauses.flatMap((ac) => ac.obligations).filter((o) => o.topic === c.topic);
    const o = obligations[c.nth ?? 0];
    expect(o, `no ${c.topic} obligation`).toBeDefined();
    expect(o).toMatchObject(c.expected);
  });

  it("gives valid obligations whose spans lie inside their clause", async () => {
    const doc = makeDocument([
      "乙は、個人情報の漏えいが発生したときは、直ちに甲に報告しなければならない。",
      {
        text: "乙は、前項の場合には、被害の拡大を防止するための措置を講じる。",
        id: "art-1-p-2",
        label: "第1条第2項",
      },
    ]);
    const analyzed = await analyzeClauses(doc);
    for (const ac of analyzed.clauses) {
      for (const o of ac.obligations) {
        expect(ObligationSchema.safeParse(o).success).toBe(true);
        expect(o.span.start).toBeGreaterThanOrEqual(ac.clause.span.start);
        expect(o.span.end).toBeLessThanOrEqual(ac.clause.span.end);
        expect(doc.text.slice(o.span.start, o.span.end).length).toBeGreaterThan(0);
      }
      for (const t of ac.topics)
        for (const cue of t.cues) expect(cue.span.end).toBeLessThanOrEqual(doc.text.length);
    }
  });

  it("emits a reporting obligation whenever a clause has the reporting topic", async () => {
    const texts = [
      "当社は、お客様の個人情報の漏えいを認識した場合には、遅滞なくお客様にその旨をお知らせします。",
      "受託者は、委託情報の紛失又は盗難が判明したときは、速やかに委託者に通知する。",
    ];
    for (const t of texts) {
      const [ac] = (await analyzeClauses(makeClauseDocument(t))).clauses;
      expect(ac?.topics.map((x) => x.topic)).toContain("reporting");
      expect(ac?.obligations.some((o) => o.topic === "reporting")).toBe(true);
    }
  });
});
