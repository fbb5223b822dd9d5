// Renders an EvalResult as a plain-text table; the last lines are the headline figures.
import type { EvalResult } from "./run.js";

const pct = (x: number) => x.toFixed(3);

export function formatEval(result: EvalResult): string {
  const lines: string[] = ["topic                 P      R      F1     n"];
  for (const [topic, m] of Object.entries(result.topics)) {
    if (m.support === 0 && m.precision === 1) continue;
    lines.push(`${topic.padEnd(20)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${m.support}`);
  }
  lines.push("", "attribute              right/total");
  for (const [key, a] of Object.entries(result.attributeByKey))
    lines.push(`${key.padEnd(22)} ${a.right}/${a.total}`);
  lines.push("", `misses (${result.misses.length}):`);
  for (const m of result.misses) {
    lines.push(
      `  ${m.file}  ${m.what}: expected ${m.expected}, got ${m.predicted}${m.reason ? `  (${m.reason})` : ""}`,
    );
  }
  lines.push(
    "",
    `files ${result.files}`,
    `topics: micro-F1 ${pct(result.microF1)}  macro-F1 ${pct(result.macroF1)}`,
    `attributes: accuracy ${pct(result.attributeAccuracy)}`,
    `requirements: accuracy ${pct(result.requirementAccuracy)} (${result.requirementTotal})  without-missing ${pct(result.requirementAccuracyPresent)}`,
  );
  return `${lines.join("\n")}\n`;
}
