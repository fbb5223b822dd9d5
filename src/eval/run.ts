// Runs the analyzer over a labelled folder and scores it (the `npm run eval` engine).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { toClausegapError } from "../core/errors.js";
import type { RequirementId, TopicId } from "../core/ids.js";
import type { GapReport } from "../report/schema.js";
import type { AttributeKey, ClauseLabel, DocLabel, Label } from "./labels.js";
import { readLabels } from "./labels.js";
import { Accuracy, type PRF, prf, TopicTally } from "./metrics.js";
import { predictedAttributes, predictedTopics } from "./predict.js";

export type Analyze = (bytes: Uint8Array, name: string) => Promise<GapReport>;

export interface Miss {
  readonly file: string;
  readonly what: string;
  readonly expected: string;
  readonly predicted: string;
  readonly reason: string;
}

export interface EvalResult {
  readonly files: number;
  readonly topics: Record<TopicId, PRF>;
  readonly microF1: number;
  readonly macroF1: number;
  readonly attributeAccuracy: number;
  readonly attributeByKey: Record<string, { right: number; total: number }>;
  readonly requirementAccuracy: number;
  /** Accuracy over the requirement labels whose accepted statuses exclude `missing`. */
  readonly requirementAccuracyPresent: number;
  readonly requirementTotal: number;
  readonly misses: readonly Miss[];
}

class Scorer {
  readonly topics = new TopicTally();
  readonly attributes = new Accuracy();
  readonly attributeByKey = new Map<string, Accuracy>();
  readonly requirements = new Accuracy();
  readonly requirementsPresent = new Accuracy();
  readonly misses: Miss[] = [];

  clause(label: ClauseLabel, report: GapReport): void {
    const predicted = predictedTopics(report);
    this.topics.add(new Set(label.topics), predicted);
    for (const topic of new Set([...label.topics, ...predicted])) {
      const expected = label.topics.includes(topic);
      if (expected !== predicted.has(topic)) this.topicMiss(label.file, topic, expected, report);
    }
    const attrs = predictedAttributes(report);
    for (const [key, value] of Object.entries(label.attributes) as [AttributeKey, unknown][]) {
      const ok = attrs[key] === value;
      this.attributes.add(ok);
      this.keyAccuracy(key).add(ok);
      if (!ok) {
        this.misses.push({
          file: label.file,
          what: key,
          expected: String(value),
          predicted: String(attrs[key]),
          reason: "",
        });
      }
    }
  }

  doc(label: DocLabel, report: GapReport): void {
    for (const [id, accepted] of Object.entries(label.requirements) as [RequirementId, string[]][]) {
      const finding = report.findings.find((f) => f.requirementId === id);
      const status = finding?.status ?? "(none)";
      const ok = accepted.includes(status);
      this.requirements.add(ok);
      if (!accepted.includes("missing")) this.requirementsPresent.add(ok);
      if (!ok) {
        const where = finding?.evidence.map((e) => e.provisionId).join(",") || "no evidence";
        const reason = finding ? `${finding.found ?? finding.message.en} [${where}]` : "no finding";
        this.misses.push({
          file: label.file,
          what: id,
          expected: accepted.join("|"),
          predicted: status,
          reason,
        });
      }
    }
  }

  error(label: Label, e: unknown): void {
    const error = toClausegapError(e);
    this.misses.push({
      file: label.file,
      what: "analysis",
      expected: "a report",
      predicted: error.code,
      reason: error.message,
    });
    if (label.kind === "clause") this.topics.add(new Set(label.topics), new Set());
    else for (const _ of Object.keys(label.requirements)) this.requirements.add(false);
  }

  private keyAccuracy(key: string): Accuracy {
    const acc = this.attributeByKey.get(key) ?? new Accuracy();
    this.attributeByKey.set(key, acc);
    return acc;
  }

  private topicMiss(file: string, topic: TopicId, expected: boolean, report: GapReport): void {
    const where = report.provisions.filter((p) => p.topics.includes(topic)).map((p) => p.label);
    const reason = expected ? "no provision was given this topic" : `given to ${where.join(", ")}`;
    this.misses.push({
      file,
      what: `topic ${topic}`,
      expected: String(expected),
      predicted: String(!expected),
      reason,
    });
  }
}

export async function evaluateFolder(folder: string, analyze: Analyze): Promise<EvalResult> {
  const labels = await readLabels(folder);
  const scorer = new Scorer();
  for (const label of labels) {
    try {
      const bytes = await readFile(path.join(folder, label.file));
      const report = await analyze(bytes, path.basename(label.file));
      if (label.kind === "clause") scorer.clause(label, report);
      else scorer.doc(label, report);
    } catch (e) {
      scorer.error(label, e);
    }
  }
  const micro = scorer.topics.micro();
  return {
    files: labels.length,
    topics: Object.fromEntries([...scorer.topics.byTopic].map(([t, c]) => [t, prf(c)])) as Record<
      TopicId,
      PRF
    >,
    microF1: micro.f1,
    macroF1: scorer.topics.macroF1(),
    attributeAccuracy: scorer.attributes.value,
    attributeByKey: Object.fromEntries(
      [...scorer.attributeByKey].map(([k, a]) => [k, { right: a.right, total: a.total }]),
    ),
    requirementAccuracy: scorer.requirements.value,
    requirementAccuracyPresent: scorer.requirementsPresent.value,
    requirementTotal: scorer.requirements.total,
    misses: scorer.misses,
  };
}
