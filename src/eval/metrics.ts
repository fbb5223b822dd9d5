// Scores predictions against labels: per-topic P/R/F1, micro/macro F1, attribute and status accuracy.
import { TOPIC_IDS, type TopicId } from "../core/ids.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function prf({ tp, fp, fn }: Counts): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export class TopicTally {
  readonly byTopic = new Map<TopicId, Counts>(TOPIC_IDS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

  add(expected: ReadonlySet<TopicId>, predicted: ReadonlySet<TopicId>): void {
    for (const topic of TOPIC_IDS) {
      const c = this.byTopic.get(topic)!;
      const e = expected.has(topic);
      const p = predicted.has(topic);
      if (e && p) c.tp++;
      else if (p) c.fp++;
      else if (e) c.fn++;
    }
  }

  micro(): PRF {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const c of this.byTopic.values()) {
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return prf(sum);
  }

  /** Macro F1 over the topics that occur in the labels or the predictions. */
  macroF1(): number {
    const seen = [...this.byTopic.values()].filter((c) => c.tp + c.fp + c.fn > 0);
    return seen.length === 0 ? 1 : seen.reduce((s, c) => s + prf(c).f1, 0) / seen.length;
  }
}

export class Accuracy {
  right = 0;
  total = 0;
  add(ok: boolean): void {
    this.total++;
    if (ok) this.right++;
  }
  get value(): number {
    return this.total === 0 ? 1 : this.right / this.total;
  }
}
