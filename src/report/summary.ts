// GapReport.summary: score, counts, coverage per topic and a short text in Japanese and English that
// says plainly when the document has no incident provision (DESIGN.md).
import type { Bilingual } from "../core/errors.js";
import { TOPIC_IDS, type TopicId } from "../core/ids.js";
import { TOPIC_LABEL } from "./labels.js";
import type { Finding, GapReport, ProvisionReport } from "./schema.js";
import { scoreFindings } from "./score.js";

type Summary = GapReport["summary"];
type Coverage = Summary["topics"][TopicId];

/** covered: every requirement met; absent: all missing; partial otherwise. A topic with no
 * requirement in the baseline is covered when some provision governs it. */
export function topicCoverage(
  findings: readonly Finding[],
  provisions: readonly ProvisionReport[],
): Summary["topics"] {
  const coverage = (topic: TopicId): Coverage => {
    const mine = findings.filter((f) => f.topic === topic);
    if (!mine.length) return provisions.some((p) => p.topics.includes(topic)) ? "covered" : "absent";
    if (mine.every((f) => f.status === "met")) return "covered";
    if (mine.every((f) => f.status === "missing")) return "absent";
    return "partial";
  };
  return Object.fromEntries(TOPIC_IDS.map((t) => [t, coverage(t)])) as Summary["topics"];
}

function counts(findings: readonly Finding[]): Summary["counts"] {
  const c = { met: 0, partial: 0, missing: 0, conflict: 0 };
  for (const f of findings) c[f.status]++;
  return c;
}

const listJa = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.requirementId}（${TOPIC_LABEL[f.topic].ja}）`).join("、");
const listEn = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.requirementId} (${TOPIC_LABEL[f.topic].en})`).join(", ");

function summaryText(
  findings: readonly Finding[],
  provisions: readonly ProvisionReport[],
  score: number,
): Bilingual {
  const n = findings.length;
  const c = counts(findings);
  if (c.missing === n && !provisions.some((p) => p.topics.length))
    return {
      ja: `情報漏えい等の事故に関する条項が見つかりませんでした。基準の${n}項目すべてが未規定です。`,
      en: `No provision on information incidents was found: all ${n} requirements are missing.`,
    };
  const ja = [
    `スコア ${score}/100。${n}項目中、充足${c.met}・不十分${c.partial}・規定なし${c.missing}・相反${c.conflict}。`,
  ];
  const en = [
    `Score ${score}/100. Of ${n} requirements: ${c.met} met, ${c.partial} partial, ${c.missing} missing, ${c.conflict} in conflict.`,
  ];
  if (!provisions.some((p) => p.topics.length)) {
    ja.push("事故対応に特化した条項はなく、一般条項によってのみ評価しています。");
    en.push("There is no incident-specific provision; only general provisions were credited.");
  }
  const conflicts = findings.filter((f) => f.status === "conflict");
  if (conflicts.length) {
    ja.push(`相反する定め：${listJa(conflicts)}。`);
    en.push(`In conflict: ${listEn(conflicts)}.`);
  }
  const high = findings.filter((f) => f.severity === "high" && f.status !== "met" && f.status !== "conflict");
  if (high.length) {
    ja.push(`重大度「高」の不足：${listJa(high)}。`);
    en.push(`High-severity gaps: ${listEn(high)}.`);
  }
  return { ja: ja.join(""), en: en.join(" ") };
}

export function buildSummary(findings: readonly Finding[], provisions: readonly ProvisionReport[]): Summary {
  const score = scoreFindings(findings);
  return {
    score,
    counts: counts(findings),
    topics: topicCoverage(findings, provisions),
    text: summaryText(findings, provisions, score),
  };
}
