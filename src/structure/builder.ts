// Grows the provision tree from the scanned events: divisions, 附則/別紙 containers, units (articles or
// unnumbered clauses), their 項 and 号 (enums.ts), and the closing signature block.
import type { Span } from "../core/span.js";
import type { ArticleMarker } from "./articles.js";
import { applyEnumerator, type UnitState } from "./enums.js";
import type { LineMarker } from "./markers.js";
import type { ModeDecision } from "./modes.js";
import type { ScanEvent } from "./scanner.js";
import { type DraftNode, draft, OpenStack } from "./tree.js";
import { clauseDraft, continuesItem, topParagraph } from "./units.js";

export interface BuildInput {
  readonly text: string;
  readonly events: readonly ScanEvent[];
  readonly mode: ModeDecision;
  /** Bare heading lines (headed mode). */
  readonly bareHeadings: ReadonlySet<number>;
  /** Start of the closing signature block, if any. */
  readonly signature?: number;
}

type Of<K extends LineMarker["kind"]> = Extract<LineMarker, { kind: K }>;
const STRUCTURAL = new Set(["article", "division", "supplementary", "appendix"]);
const CONTAINERS = new Set(["chapter", "supplementary", "appendix"]);

export class TreeBuilder {
  private readonly stack: OpenStack;
  private unit: UnitState | undefined;
  /** A heading line waiting for the article on the next line (「（報告）\n第3条」). */
  private pendingHeading: { pos: number; heading: Span } | undefined;
  private inTail = false;
  /** Last article number per container (restarting numbering in 附則 / 別紙 is normal). */
  private readonly lastArticle = new Map<DraftNode | undefined, number>();
  /** Containers whose articles are numbered with 条: a bare 「第2 …」 line there is text. */
  private readonly joContainers = new Set<DraftNode | undefined>();
  /**
   * A heading line over an article covers the articles after it that have none (共通見出し: 「（委員会）」
   * over 第5条, 第6条, 第7条, real-files #1), until a heading, a division or a container.
   */
  private sharedHeading: Span | undefined;
  private lastTop = 0;
  private lastStrongStructural = -1;

  constructor(private readonly input: BuildInput) {
    this.stack = new OpenStack(input.text);
    for (const e of input.events)
      if (e.strong && STRUCTURAL.has(e.marker.kind)) this.lastStrongStructural = e.pos;
  }

  build(): DraftNode[] {
    const { signature } = this.input;
    for (const ev of this.input.events) {
      if (signature !== undefined && !this.inTail && ev.pos >= signature) this.openTail(signature);
      this.handle(ev);
    }
    this.stack.closeTo(0, this.input.text.length);
    return this.stack.roots;
  }

  private handle(ev: ScanEvent): void {
    const m = ev.marker;
    if (this.inTail) {
      if (!ev.strong || !STRUCTURAL.has(m.kind)) return;
      this.inTail = false;
      this.stack.closeTo(0, ev.pos);
    }
    const heading = this.pendingHeading;
    this.pendingHeading = undefined;
    if (m.kind === "article") this.openArticle(ev, m.article, ev.strong ? heading : undefined);
    else if (m.kind === "division") this.openDivision(ev, m);
    else if (m.kind === "supplementary" || m.kind === "appendix") this.openContainer(ev, m);
    else if (m.kind === "heading") this.onHeading(ev, m.heading);
    else if (m.kind === "inlineHeading") this.onInlineHeading(ev, m);
    else if (m.kind === "end" || m.kind === "attestation") this.onEnd(ev, m.kind);
    else if (m.kind === "enum") this.onEnum(ev, m);
    else this.onText(ev);
  }

  /** Depth just below the innermost open division, 附則 or 別紙 (0: top level). */
  private containerDepth(): number {
    for (let i = this.stack.depth - 1; i >= 0; i--)
      if (CONTAINERS.has(this.stack.nodes[i]!.kind)) return i + 1;
    return 0;
  }

  private openUnit(node: DraftNode, allowParagraphs = true): void {
    this.stack.open(node, this.containerDepth());
    this.unit = { unit: node, levels: [], allowParagraphs };
  }

  private openDivision(ev: ScanEvent, m: Of<"division">): void {
    if (!ev.strong || this.input.mode.mode !== "articles") return;
    let depth = 0;
    for (let i = this.stack.depth - 1; i >= 0 && depth === 0; i--) {
      const n = this.stack.nodes[i]!;
      const outer = n.kind === "chapter" ? (n.level ?? 0) < m.level : n.kind !== "article";
      if (CONTAINERS.has(n.kind) && outer) depth = i + 1;
    }
    const fields = { number: m.number, level: m.level, heading: m.heading, containerLabel: m.label };
    this.stack.open(draft("chapter", ev.pos, { ...fields, bodyStart: ev.lineEnd }), depth);
    this.unit = undefined;
    this.sharedHeading = undefined;
  }

  /** Mid-line (weak) articles must continue the numbering: 「第7条で究明した」 is no article. */
  private openArticle(
    ev: ScanEvent,
    a: ArticleMarker,
    held: { pos: number; heading: Span } | undefined,
  ): void {
    if (this.input.mode.mode !== "articles") return;
    const container = this.stack.nodes[this.containerDepth() - 1];
    const last = this.lastArticle.get(container) ?? 0;
    if (!ev.strong && a.value !== last + 1) return;
    if (a.bare && !this.continuesBare(container, a, last)) return;
    if (!a.bare) this.joContainers.add(container);
    this.lastArticle.set(container, a.value);
    const useHeld = held && !a.heading;
    const heading = a.heading ?? held?.heading ?? (ev.strong ? this.sharedHeading : undefined);
    this.sharedHeading = a.heading ? undefined : (held?.heading ?? this.sharedHeading);
    const fields = { number: a.number, value: a.value, heading, bodyStart: a.bodyStart, bare: a.bare };
    this.openUnit(draft("article", useHeld ? held.pos : a.start, fields));
  }

  /** A bare 第N counts where no 第N条 did, starting at 第1 and then in order (第4の2 after 第4). */
  private continuesBare(container: DraftNode | undefined, a: ArticleMarker, last: number): boolean {
    if (this.joContainers.has(container)) return false;
    return a.value === last + 1 || (a.value === last && a.number.includes("の"));
  }

  private openContainer(ev: ScanEvent, m: Of<"supplementary"> | Of<"appendix">): void {
    if (!ev.strong && (this.input.mode.mode !== "articles" || this.lastArticle.size === 0)) return;
    const label = m.kind === "supplementary" ? "附則" : m.label;
    const node = draft(m.kind, ev.pos, { heading: m.heading, containerLabel: label, bodyStart: m.bodyStart });
    this.stack.open(node, 0);
    this.unit = { unit: node, levels: [], allowParagraphs: true };
    this.sharedHeading = undefined;
  }

  private onHeading(ev: ScanEvent, heading: Span): void {
    // A weak heading (glued to the end of a paragraph) only heads an article that follows it.
    if (!ev.strong && this.input.mode.mode !== "articles") return;
    if (this.input.mode.mode === "headed") this.openClause(ev.pos, heading, ev.lineEnd);
    else this.pendingHeading = { pos: ev.pos, heading };
  }

  private onInlineHeading(ev: ScanEvent, m: Of<"inlineHeading">): void {
    if (this.input.mode.mode === "inline") this.openClause(ev.pos, m.heading, m.bodyStart);
  }

  /** 「以上」 ends the body only when no article follows; a 記名押印 sentence opens the signature block. */
  private onEnd(ev: ScanEvent, kind: "end" | "attestation"): void {
    if (kind === "attestation" || ev.pos > this.lastStrongStructural) this.openTail(ev.pos);
  }

  private openClause(pos: number, heading: Span | undefined, bodyStart: number): void {
    this.lastTop++;
    this.openUnit(clauseDraft(this.lastTop, pos, heading, bodyStart));
  }

  private onEnum(ev: ScanEvent, m: Of<"enum">): void {
    const { mode, topStyle } = this.input.mode;
    const e = m.enumerator;
    if (mode === "numbered" && ev.strong && e.style === topStyle && e.value === this.lastTop + 1) {
      this.lastTop++;
      this.openUnit(topParagraph(this.input.text, ev.pos, e), false);
      return;
    }
    if (mode === "plain" && ev.strong && !this.unit) this.openClause(ev.pos, undefined, ev.pos);
    if (!this.unit) return;
    const input = { pos: ev.pos, enumerator: e, strong: ev.strong, afterIntroduction: ev.afterIntroduction };
    applyEnumerator(this.input.text, this.stack, this.unit, input);
  }

  private onText(ev: ScanEvent): void {
    if (!ev.strong) return;
    const { mode } = this.input.mode;
    if (mode === "headed" && this.input.bareHeadings.has(ev.pos)) {
      this.openClause(ev.pos, { start: ev.pos, end: ev.lineEnd }, ev.lineEnd);
    } else if (mode === "plain" && !continuesItem(this.input.text, this.stack.top(), ev.pos)) {
      this.openClause(ev.pos, undefined, ev.pos);
    }
  }

  private openTail(pos: number): void {
    this.stack.closeTo(0, pos);
    this.stack.open(draft("signature", pos), 0);
    this.unit = undefined;
    this.inTail = true;
  }
}
