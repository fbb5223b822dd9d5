// Modality markers in the token stream (lexicon modality.json): indexed matching, negated markers.
import type { Modality } from "../core/ids.js";
import type { Token } from "../core/types.js";
import type { ModalityEntry, TokenConstraint } from "../lexicon/schema.js";

export const NEGATIONS = new Set(["ない", "ぬ", "ん"]);

export function isPunct(t: Token): boolean {
  return t.pos[0] === "記号" && (t.pos[1] === "読点" || t.pos[1] === "句点");
}

/** 「動詞-非自立」 → ["動詞", "非自立"]: `${pos0}-${pos1}` starts with it iff pos0 === 動詞 and pos1 starts with 非自立 (POS names hold no "-"). */
const posParts = new WeakMap<TokenConstraint, readonly [string, string | undefined]>();

function posMatches(t: Token, c: TokenConstraint & { pos: string }): boolean {
  let parts = posParts.get(c);
  if (!parts) {
    const dash = c.pos.indexOf("-");
    parts = dash < 0 ? [c.pos, undefined] : [c.pos.slice(0, dash), c.pos.slice(dash + 1)];
    posParts.set(c, parts);
  }
  const [first, rest] = parts;
  return rest === undefined ? t.pos[0].startsWith(first) : t.pos[0] === first && t.pos[1].startsWith(rest);
}

function matchesConstraint(t: Token | undefined, c: TokenConstraint): boolean {
  if (!t) return false;
  if (c.base && !c.base.includes(t.baseForm)) return false;
  if (c.surface && !c.surface.includes(t.surface)) return false;
  return !c.pos || posMatches(t, c as TokenConstraint & { pos: string });
}

/** Whether the token sequence `seq` matches at `tokens[i]`. */
export function matchesSequence(
  tokens: readonly Token[],
  i: number,
  seq: readonly TokenConstraint[],
): boolean {
  return seq.every((c, k) => matchesConstraint(tokens[i + k], c));
}

interface IndexedSequence {
  readonly order: number;
  readonly modality: Modality;
  readonly seq: readonly TokenConstraint[];
}

/** Sequences indexed by the base forms their first token may have (entry order kept). */
const indexes = new WeakMap<readonly ModalityEntry[], Map<string, IndexedSequence[]>>();

function indexOf(entries: readonly ModalityEntry[]): Map<string, IndexedSequence[]> {
  let index = indexes.get(entries);
  if (!index) {
    index = new Map();
    entries.forEach((e, order) => {
      for (const seq of e.tokens) {
        for (const base of seq[0]?.base ?? ["*"]) {
          const list = index!.get(base) ?? [];
          list.push({ order, modality: e.modality, seq });
          index!.set(base, list);
        }
      }
    });
    indexes.set(entries, index);
  }
  return index;
}

/** The modality marker that starts at token `i`, if any (entry order decides between several). */
export function markerAt(
  entries: readonly ModalityEntry[],
  tokens: readonly Token[],
  i: number,
): IndexedSequence | undefined {
  const index = indexOf(entries);
  const t = tokens[i];
  if (!t) return undefined;
  let best: IndexedSequence | undefined;
  for (const list of [index.get(t.baseForm), index.get("*")]) {
    if (!list) continue;
    for (const c of list) if ((!best || c.order < best.order) && matchesSequence(tokens, i, c.seq)) best = c;
  }
  return best;
}

/** The first modality marker at or after `from` (by position, then by entry order). */
export function modalityFrom(
  entries: readonly ModalityEntry[],
  tokens: readonly Token[],
  from: number,
): { modality: Modality; index: number } | undefined {
  for (let i = Math.max(from, 0); i < tokens.length; i++) {
    const hit = markerAt(entries, tokens, i);
    if (hit) return { modality: hit.modality, index: i };
  }
  return undefined;
}

/**
 * The modality of the chain from verb `v`. 努める binds only the verb right before it: in
 * 「報告し、復旧に努めるものとする」 the report takes the modality after 努める (x-12).
 */
export function chainModality(
  entries: readonly ModalityEntry[],
  tokens: readonly Token[],
  v: number,
): Modality {
  let found = modalityFrom(entries, tokens, v);
  while (found?.modality === "endeavor" && tokens.slice(v, found.index).some((t) => isPunct(t))) {
    found = modalityFrom(entries, tokens, found.index + 1);
    if (!found) return "statement";
  }
  if (!found) return "statement";
  return negatedMarker(entries, tokens, found.index) ? negate(found.modality) : found.modality;
}

/** 「義務を負わず」「することができない」: the marker itself is negated. */
function negatedMarker(entries: readonly ModalityEntry[], tokens: readonly Token[], at: number): boolean {
  const seq = markerAt(entries, tokens, at)?.seq;
  if (!seq) return false;
  const last = tokens[at + seq.length - 1];
  const next = tokens[at + seq.length];
  if (last?.pos[0] === "助動詞" && NEGATIONS.has(last.baseForm)) return false;
  return next?.pos[0] === "助動詞" && NEGATIONS.has(next.baseForm);
}

function negate(m: Modality): Modality {
  return m === "must" || m === "may" || m === "statement" ? "must_not" : m;
}
