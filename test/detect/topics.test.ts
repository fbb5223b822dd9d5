// Runs the per-topic case tables through analyzeClauses (tokenizer included).
import { describe, expect, it } from "vitest";
import { analyzeClauses } from "../../src/analyze-clauses.js";
import type { TopicId } from "../../src/core/ids.js";
import { makeDocument } from "../helpers/clauses.js";
import { cases as authorityReport } from "./authority_report.cases.js";
import type { TopicCase, TopicCases } from "./case.js";
import { cases as containment } from "./containment.cases.js";
import { cases as cooperation } from "./cooperation.cases.js";
import { cases as cost } from "./cost.cases.js";
import { cases as damages } from "./damages.cases.js";
import { cases as fault } from "./fault.cases.js";
import { cases as investigation } from "./investigation.cases.js";
import { cases as publication } from "./publication.cases.js";
import { cases as recurrence } from "./recurrence.cases.js";
import { cases as reporting } from "./reporting.cases.js";
import { cases as subcontractor } from "./subcontractor.cases.js";
import { cases as subjectNotice } from "./subject_notice.cases.js";

const TABLES: readonly TopicCases[] = [
  reporting,
  fault,
  publication,
  cost,
  damages,
  containment,
  investigation,
  recurrence,
  subjectNotice,
  authorityReport,
  cooperation,
  subcontractor,
];

async function hitsOf(c: TopicCase, topic: TopicId) {
  const doc = makeDocument(typeof c.text === "string" ? [c.text] : c.text);
  const analyzed = await analyzeClauses(doc);
  const hits = analyzed.clauses.flatMap((ac) => ac.topics.filter((t) => t.topic === topic));
  return { hits, text: doc.text };
}

const label = (c: TopicCase) => (typeof c.text === "string" ? c.text : c.text.map((p) => p.text).join(" / "));

for (const table of TABLES) {
  describe(`topic ${table.topic}`, () => {
    it.each(table.valid.map((c) => [label(c), c] as const))("no topic: %s", async (_l, c) => {
      const { hits } = await hitsOf(c, table.topic);
      expect(
        hits.map((h) => h.reason),
        c.why,
      ).toEqual([]);
    });
    it.each(table.invalid.map((c) => [label(c), c] as const))("topic: %s", async (_l, c) => {
      const { hits, text } = await hitsOf(c, table.topic);
      expect(hits.length, c.why).toBeGreaterThan(0);
      const quotes = hits.flatMap((h) => h.cues.map((cue) => text.slice(cue.span.start, cue.span.end)));
      expect(quotes, c.why).toContain(c.quote);
      for (const h of hits) expect(h.reason.length).toBeGreaterThan(10);
    });
  });
}
