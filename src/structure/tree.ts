// The mutable tree the builder grows (frozen into Provision objects by labels.ts), and its open-node stack.

import type { Span } from "../core/span.js";
import type { ProvisionKind } from "../core/types.js";
import type { EnumStyle } from "./enumerators.js";

export interface DraftNode {
  readonly kind: ProvisionKind;
  start: number;
  end: number;
  /** As written, ASCII digits: "3", "3の2", "2"; for kana items the character. */
  readonly number?: string;
  /** Ordinal among its siblings of the same numbering (items: 1 for イ, ア, (1), 一). */
  readonly value?: number;
  readonly heading?: Span;
  /** The enumerator as written, e.g. "(1)", "イ"; absent for an implied first paragraph. */
  readonly marker?: string;
  readonly style?: EnumStyle;
  /** Divisions: 0 編 (and Ⅰ．), 1 章, 2 節, 3 款. */
  readonly level?: number;
  /** 「別紙1」「附則」「第1章」: the label of a container or division. */
  readonly containerLabel?: string;
  /** An article numbered without 条 (「第4 乙は…」): labelled 第4, its 項 第4の2項. */
  readonly bare?: boolean;
  /** Where the node's own text starts, after its number and heading. */
  readonly bodyStart: number;
  children: DraftNode[];
}

export function draft(
  kind: ProvisionKind,
  start: number,
  fields: Partial<Omit<DraftNode, "kind" | "start" | "children" | "end">> = {},
): DraftNode {
  // Every node has the same shape (all fields present, in one order): property reads stay monomorphic.
  return {
    kind,
    start,
    end: start,
    number: fields.number,
    value: fields.value,
    heading: fields.heading,
    marker: fields.marker,
    style: fields.style,
    level: fields.level,
    containerLabel: fields.containerLabel,
    bare: fields.bare,
    bodyStart: fields.bodyStart ?? start,
    children: [],
  };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3000;
}

/** The end of the text before `pos`, without trailing whitespace, never before `min`. */
export function trimBack(text: string, pos: number, min: number): number {
  let e = Math.min(pos, text.length);
  while (e > min && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The first non-space offset at or after `pos`, never past `max`. */
export function skipForward(text: string, pos: number, max: number): number {
  let s = pos;
  while (s < max && isSpace(text.charCodeAt(s))) s++;
  return s;
}

export function hasText(text: string, from: number, to: number): boolean {
  return skipForward(text, from, to) < to;
}

/** The open nodes from the outermost to the innermost; closing sets their ends. */
export class OpenStack {
  readonly roots: DraftNode[] = [];
  readonly nodes: DraftNode[] = [];

  constructor(private readonly text: string) {}

  get depth(): number {
    return this.nodes.length;
  }

  top(): DraftNode | undefined {
    return this.nodes[this.nodes.length - 1];
  }

  /** Closes every node deeper than `depth` at `pos`. */
  closeTo(depth: number, pos: number): void {
    while (this.nodes.length > depth) {
      const node = this.nodes.pop()!;
      node.end = Math.max(trimBack(this.text, pos, node.start), lastChildEnd(node));
    }
  }

  /** Adds `node` as the last child of the node at `depth - 1` (or as a root) and opens it. */
  open(node: DraftNode, depth: number): void {
    this.closeTo(depth, node.start);
    const parent = this.nodes[depth - 1];
    (parent ? parent.children : this.roots).push(node);
    this.nodes.push(node);
  }

  indexOf(node: DraftNode): number {
    return this.nodes.lastIndexOf(node);
  }
}

function lastChildEnd(node: DraftNode): number {
  return node.children.length ? node.children[node.children.length - 1]!.end : node.start;
}
