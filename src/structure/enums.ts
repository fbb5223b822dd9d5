// Paragraphs (項) and items (号) inside a unit: a stack of numbering styles, each level numbered 1, 2, 3…
// A marker of a style already on the stack is a sibling; a new style opens a deeper level.
import type { Enumerator, EnumStyle } from "./enumerators.js";
import { type DraftNode, draft, hasText, type OpenStack, skipForward, trimBack } from "./tree.js";

export interface Level {
  readonly style: EnumStyle;
  readonly node: DraftNode;
}

/** The unit (article, clause…) whose paragraphs and items are being read. */
export interface UnitState {
  readonly unit: DraftNode;
  readonly levels: Level[];
  /** Top-level 1./2. numbering is the unit itself in a document without articles: then no 項 inside. */
  readonly allowParagraphs: boolean;
}

const PARAGRAPH_STYLES: ReadonlySet<EnumStyle> = new Set(["arabic", "arabic-dot", "circled"]);

export interface EnumInput {
  readonly pos: number;
  readonly enumerator: Enumerator;
  readonly strong: boolean;
  /** The line before announces a list: a glued 一 or (1) may start one. */
  readonly afterIntroduction: boolean;
}

/** イ / ア are iroha or gojūon order depending on the level already open, else on which is first. */
function resolve(e: Enumerator, levels: readonly Level[]): { style: EnumStyle; value: number } | undefined {
  if (e.style !== "kana" && e.style !== "paren-kana") return { style: e.style, value: e.value };
  const prefix = e.style === "kana" ? "" : "paren-";
  const iroha = `${prefix}iroha` as EnumStyle;
  const gojuon = `${prefix}gojuon` as EnumStyle;
  if (levels.some((l) => l.style === iroha)) return { style: iroha, value: e.value };
  if (levels.some((l) => l.style === gojuon)) return { style: gojuon, value: e.gojuonValue ?? Number.NaN };
  if (e.value === 1) return { style: iroha, value: 1 };
  if (e.gojuonValue === 1) return { style: gojuon, value: 1 };
  return undefined;
}

function enumNode(kind: "paragraph" | "item", input: EnumInput, style: EnumStyle, value: number): DraftNode {
  const e = input.enumerator;
  const number = /^(?:iroha|gojuon|paren-iroha|paren-gojuon|latin|paren-latin)$/.test(style)
    ? e.marker.replace(/[()（）.．\s]/g, "")
    : String(value);
  return draft(kind, input.pos, { number, value, marker: e.marker, style, bodyStart: e.bodyStart });
}

/** Text between the unit's heading and `pos` (an unnumbered first 項). */
function unitHasBody(text: string, state: UnitState, pos: number): boolean {
  return hasText(text, state.unit.bodyStart, pos);
}

/** 2 after unnumbered text: the text (and any items under it) becomes an implied first 項. */
function openImpliedFirst(
  text: string,
  stack: OpenStack,
  state: UnitState,
  input: EnumInput,
  style: EnumStyle,
): void {
  const unitDepth = stack.indexOf(state.unit) + 1;
  stack.closeTo(unitDepth, input.pos);
  const start = skipForward(text, state.unit.bodyStart, input.pos);
  const first = draft("paragraph", start, { number: "1", value: 1, style, bodyStart: start });
  first.children = state.unit.children;
  first.end = Math.max(trimBack(text, input.pos, start), first.children.at(-1)?.end ?? start);
  state.unit.children = [first];
  state.levels.length = 0;
  const second = enumNode("paragraph", input, style, 2);
  stack.open(second, unitDepth);
  state.levels.push({ style, node: second });
}

function openSibling(stack: OpenStack, state: UnitState, k: number, input: EnumInput, value: number): void {
  const level = state.levels[k]!;
  const depth = stack.indexOf(level.node);
  const node = enumNode(level.node.kind === "paragraph" ? "paragraph" : "item", input, level.style, value);
  state.levels.length = k;
  stack.open(node, depth);
  state.levels.push({ style: level.style, node });
}

function openChildLevel(
  stack: OpenStack,
  state: UnitState,
  kind: "paragraph" | "item",
  input: EnumInput,
  style: EnumStyle,
): void {
  const parent = state.levels.at(-1)?.node ?? state.unit;
  const node = enumNode(kind, input, style, 1);
  stack.open(node, stack.indexOf(parent) + 1);
  state.levels.push({ style, node });
}

/** Reads one enumerator into the unit; false when it does not fit (then it is plain text). */
export function applyEnumerator(text: string, stack: OpenStack, state: UnitState, input: EnumInput): boolean {
  const r = resolve(input.enumerator, state.levels);
  if (!r || !(r.value >= 1)) return false;
  const k = state.levels.findIndex((l) => l.style === r.style);
  if (k >= 0) {
    if (r.value !== (state.levels[k]!.node.value ?? 0) + 1) return false;
    openSibling(stack, state, k, input, r.value);
    return true;
  }
  const paragraphStyle = state.allowParagraphs && PARAGRAPH_STYLES.has(r.style);
  const noParagraphYet = state.levels.every((l) => l.node.kind !== "paragraph");
  if (paragraphStyle && noParagraphYet && r.value === 2 && unitHasBody(text, state, input.pos)) {
    openImpliedFirst(text, stack, state, input, r.style);
    return true;
  }
  if (r.value !== 1) return false;
  if (input.enumerator.glued && !input.afterIntroduction) return false;
  const paragraph = paragraphStyle && state.levels.length === 0 && !unitHasBody(text, state, input.pos);
  openChildLevel(stack, state, paragraph ? "paragraph" : "item", input, r.style);
  return true;
}
