// Freezes the draft tree into Provisions with stable ids (art-3-p-2-i-1) and the labels a reader uses
// (第3条第2項第1号, 附則第1条, 別紙1第2条, 第2段落).
import { sliceSpan } from "../core/span.js";
import type { Provision } from "../core/types.js";
import type { DraftNode } from "./tree.js";

export interface Named {
  readonly id: string;
  readonly label: string;
}

const KANA_STYLES = new Set(["iroha", "gojuon", "paren-iroha", "paren-gojuon", "latin", "paren-latin"]);
const DIVISION_ID = ["part", "ch", "sec", "sub"];

interface Context {
  readonly id: string;
  readonly label: string;
  /** Items under this context are the first item level (第N号), not deeper. */
  readonly itemDepth: number;
  /**
   * The label ends in a bare 第N (no 条): the next number is joined with の (第4の2項, 第4の1号), as notices
   * cite the parts of a 第N item (第2の1); 「第4第2項」 would run two ordinals together.
   */
  readonly bare?: boolean;
}

export class Namer {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();
  readonly names = new Map<DraftNode, Named>();

  constructor(private readonly text: string) {}

  /** The next suffix to try per id: probing from 2 each time was quadratic in the repeats of one id. */
  private readonly nextSuffix = new Map<string, number>();

  /** Ids are unique even when numbering restarts (three parts each starting 第1条, real-files #5). */
  private unique(id: string): string {
    let candidate = id;
    let n = this.nextSuffix.get(id) ?? 2;
    while (this.used.has(candidate)) candidate = `${id}-${n++}`;
    this.nextSuffix.set(id, n);
    this.used.add(candidate);
    return candidate;
  }

  private ordinal(kind: string): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return n;
  }

  private itemLabel(node: DraftNode, ctx: Context): string {
    const kana = KANA_STYLES.has(node.style ?? "");
    if (ctx.itemDepth > 0) return `${ctx.label}${kana ? node.number : `(${node.value})`}`;
    if (ctx.bare) return `${ctx.label}の${kana ? node.number : `${node.value}号`}`;
    return kana ? `${ctx.label}${node.number}` : `${ctx.label}第${node.value}号`;
  }

  private name(node: DraftNode, ctx: Context): Named & { child: Context } {
    const prefix = ctx.id ? `${ctx.id}-` : "";
    const articleNumber = (node.number ?? "").replace("の", "_");
    switch (node.kind) {
      case "chapter": {
        const id = this.unique(`${DIVISION_ID[node.level ?? 1] ?? "div"}-${node.number}`);
        return { id, label: node.containerLabel ?? "", child: ctx };
      }
      case "supplementary":
      case "appendix": {
        const n = this.ordinal(node.kind);
        const id = this.unique(`${node.kind === "appendix" ? "app" : "suppl"}-${n}`);
        const label = node.containerLabel ?? "";
        return { id, label, child: { id, label, itemDepth: 0 } };
      }
      case "article": {
        const id = this.unique(`${prefix}art-${articleNumber}`);
        const number = node.number ?? "";
        const jo = node.bare ? number : `${number.replace("の", "条の")}${number.includes("の") ? "" : "条"}`;
        const label = `${ctx.label}第${jo}`;
        return { id, label, child: { id, label, itemDepth: 0, bare: node.bare === true } };
      }
      case "clause": {
        const id = this.unique(`u-${node.number}`);
        const label = `第${node.number}段落`;
        return { id, label, child: { id, label, itemDepth: 0 } };
      }
      case "paragraph": {
        const id = this.unique(`${prefix}p-${node.value}`);
        const label = `${ctx.label}${ctx.bare ? "の" : "第"}${node.value}項`;
        return { id, label, child: { id, label, itemDepth: 0 } };
      }
      case "item": {
        const id = this.unique(`${prefix}i-${node.value}`);
        const label = this.itemLabel(node, ctx);
        return { id, label, child: { id, label, itemDepth: ctx.itemDepth + 1 } };
      }
      default: {
        // 表題 is "title"; the 目次 block is a title-kind node too (never analysed), with its own id.
        const id = this.unique(node.containerLabel === "目次" ? "contents" : node.kind);
        return { id, label: node.containerLabel ?? node.kind, child: ctx };
      }
    }
  }

  /** Depth-first: every node gets its id and label, then becomes a Provision. */
  freeze(node: DraftNode, ctx: Context = { id: "", label: "", itemDepth: 0 }): Provision {
    const { id, label, child } = this.name(node, ctx);
    this.names.set(node, { id, label });
    const children = node.children.map((c) => this.freeze(c, child));
    const provision: { -readonly [K in keyof Provision]: Provision[K] } = {
      id,
      kind: node.kind,
      label,
      span: { start: node.start, end: node.end },
      children,
    };
    if (node.number !== undefined) provision.number = node.number;
    if (node.heading) provision.heading = sliceSpan(this.text, node.heading);
    return provision;
  }
}
