// Markdown for lawyers: the document, the score, a table of findings by severity with their status,
// then each gap with its message, evidence quotes (with provision labels) and a model clause.
import {
  ROLE_LABEL,
  SEVERITY_LABEL,
  SEVERITY_ORDER,
  STATUS_LABEL,
  STATUS_ORDER,
  TOPIC_LABEL,
} from "../labels.js";
import type { Finding, GapReport } from "../schema.js";
import { blockquote, cell, escapeMd, formatInt } from "./markdown-text.js";

type Labels = ReadonlyMap<string, string>;

const status = (f: Finding) => `${STATUS_LABEL[f.status].mark} ${STATUS_LABEL[f.status].ja}`;
const where = (f: Finding, labels: Labels) =>
  [...new Set(f.evidence.map((e) => labels.get(e.provisionId) ?? e.provisionId))].join("、");

/** Severity high → low, then conflict, missing, partial, met; baseline order otherwise. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity) * 10 + STATUS_ORDER.indexOf(f.status);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
}

function header(r: GapReport): string[] {
  const d = r.document;
  const meta = [
    d.format.toUpperCase(),
    d.encoding,
    d.pages !== undefined ? `${d.pages}ページ` : undefined,
    `${formatInt(d.chars)}字`,
  ];
  const parties = r.parties
    .map((p) => (p.role ? `${p.alias}（${ROLE_LABEL[p.role].ja}）` : p.alias))
    .join("、");
  return [
    "# 情報漏えい事故対応条項 ギャップレポート",
    "",
    `- **文書**：${escapeMd(d.name)}（${meta.filter(Boolean).join("、")}）`,
    `- **基準**：${escapeMd(r.reference.name)} ${escapeMd(r.reference.version)}`,
    ...(parties ? [`- **当事者**：${escapeMd(parties)}`] : []),
    `- **ツール**：${r.tool.name} ${r.tool.version}　SHA-256 \`${d.sha256.slice(0, 12)}…\``,
  ];
}

function summary(r: GapReport): string[] {
  const topics = Object.entries(r.summary.topics).map(([t, v]) => {
    const label = TOPIC_LABEL[t as keyof typeof TOPIC_LABEL];
    const mark = v === "covered" ? "○ 充足" : v === "partial" ? "△ 一部" : "× なし";
    return `| ${label.ja} | ${mark} |`;
  });
  return [
    "## 総合評価",
    "",
    `**スコア ${r.summary.score} / 100**`,
    "",
    ...(r.summary.text ? [escapeMd(r.summary.text.ja), "", `*${escapeMd(r.summary.text.en)}*`, ""] : []),
    "| 項目 | 状況 |",
    "|---|---|",
    ...topics,
  ];
}

function table(r: GapReport, labels: Labels): string[] {
  const rows = orderFindings(r.findings).map(
    (f) =>
      `| ${SEVERITY_LABEL[f.severity].ja} | ${f.requirementId} | ${cell(TOPIC_LABEL[f.topic].ja)} | ${cell(f.title?.ja ?? f.expected)} | ${status(f)} | ${cell(where(f, labels) || "—")} |`,
  );
  return [
    "## 指摘事項一覧",
    "",
    "| 重大度 | ID | 項目 | 要件 | 判定 | 根拠条項 |",
    "|---|---|---|---|---|---|",
    ...rows,
  ];
}

function detail(f: Finding, labels: Labels): string[] {
  const out = [
    `### ${f.requirementId} ${escapeMd(f.title?.ja ?? TOPIC_LABEL[f.topic].ja)} — ${status(f)}（重大度：${SEVERITY_LABEL[f.severity].ja}）`,
    "",
    escapeMd(f.message.ja),
    "",
    `*${escapeMd(f.message.en)}*`,
  ];
  out.push("", `- 基準：${escapeMd(f.expected)}`);
  if (f.found) out.push(`- 確認された内容：${escapeMd(f.found)}`);
  if (f.evidence.length) {
    out.push("", "**根拠条項**", "");
    for (const e of f.evidence) out.push(blockquote(e.quote, labels.get(e.provisionId) ?? e.provisionId), "");
    out.pop();
  }
  if (f.suggestion) out.push("", "**修正案（例）**", "", blockquote(f.suggestion.ja));
  return out;
}

function details(r: GapReport, labels: Labels): string[] {
  const ordered = orderFindings(r.findings);
  const gaps = ordered.filter((f) => f.status !== "met");
  const met = ordered.filter((f) => f.status === "met");
  const out = ["## 不足・相反している項目", ""];
  if (!gaps.length) out.push("ありません。", "");
  for (const f of gaps) out.push(...detail(f, labels), "");
  out.push("## 充足している項目", "");
  if (!met.length) out.push("ありません。", "");
  for (const f of met) out.push(...detail(f, labels), "");
  return out;
}

function warnings(r: GapReport): string[] {
  if (!r.warnings.length) return [];
  return [
    "## 警告",
    "",
    ...r.warnings.map((w) => `- \`${w.code}\` ${escapeMd(w.message.ja)}（${escapeMd(w.message.en)}）`),
    "",
  ];
}

export function formatMarkdown(report: GapReport): string {
  const labels: Labels = new Map(report.provisions.map((p) => [p.id, p.label]));
  const parts = [
    ...header(report),
    "",
    ...summary(report),
    "",
    ...table(report, labels),
    "",
    ...details(report, labels),
    ...warnings(report),
  ];
  return `${parts
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
