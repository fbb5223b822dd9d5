// Prints a baseline for people (`clausegap reference --format md`) or tools (JSON, as loaded).
import { SEVERITY_LABEL, TOPIC_LABEL } from "../report/labels.js";
import type { ReferenceBaseline, Requirement } from "./schema.js";

const cell = (text: string) => text.replace(/\s*\n\s*/g, " ").replace(/[\\|<>]/g, "\\$&");

function sources(r: Requirement): string {
  return r.sources
    .map((s) => (s.file.startsWith("000") ? s.article : `${s.file.slice(0, 3)} ${s.article}`))
    .join("; ");
}

export function formatBaselineMarkdown(b: ReferenceBaseline): string {
  const rows = b.requirements.map(
    (r) =>
      `| ${r.id} | ${SEVERITY_LABEL[r.severity].ja} | ${TOPIC_LABEL[r.topic].ja} | **${cell(r.title.ja)}**<br>${cell(r.description.ja)} | ${cell(sources(r))} |`,
  );
  return [
    `# 基準：${cell(b.name)} ${cell(b.version)}`,
    "",
    ...(b.description ? [cell(b.description), ""] : []),
    "| ID | 重大度 | 項目 | 要件 | 出典 |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

export function formatBaselineJson(b: ReferenceBaseline): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}
