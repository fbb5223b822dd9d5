import { describe, expect, it } from "vitest";
import { analyzeClauses } from "../../src/analyze-clauses.js";
import { ObligationSchema } from "../../src/report/schema.js";
import { parseText } from "../core/source-text.js";
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

  it("reads an item's trigger from the list lead, not from a title line that only names the incident", async () => {
    const doc = parseText(
      [
        "業務仕様書",
        "",
        "１　目的",
        "この仕様書は、委託業務の内容を定める。",
        "",
        "２　事故時の手順",
        "受注者は、預かった名簿の漏えいその他の事故が生じ、又は生じた疑いがあるときは、次に掲げる対応をとる。",
        "イ　当日中に発注者へ連絡すること。",
        "ロ　事故の経緯を調べること。",
        "",
      ].join("\n"),
    );
    const analyzed = await analyzeClauses(doc);
    const report = analyzed.clauses.flatMap((ac) => ac.obligations).find((o) => o.topic === "reporting");
    expect(report?.trigger).toMatchObject({ suspected: true });
  });

  it("records no 指示に従う for the one who received the report (報告を受けた…は、), only for the reporter", async () => {
    const actions = async (text: string) => {
      const analyzed = await analyzeClauses(makeClauseDocument(text));
      return analyzed.clauses.flatMap((ac) => ac.obligations).map((o) => o.action);
    };
    const receiver = await actions(
      "部署の長は、情報の改ざんの疑いがあるときは、2時間以内に責任者へ報告しなければならない。報告を受けた責任者は、統括責任者の指示を受けて必要な措置を講ずる。",
    );
    expect(receiver).not.toContain("指示に従う");
    const reporter = await actions(
      "乙は、漏えいを直ちに甲に報告し、報告を受けた甲の指示に従わなければならない。",
    );
    expect(reporter).toContain("指示に従う");
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
