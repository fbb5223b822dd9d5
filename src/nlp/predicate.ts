// The predicate that governs a cue, read from the token stream: verb, modality, negation, subordination.
import type { Modality } from "../core/ids.js";
import type { Sentence, Token } from "../core/types.js";
import type { ModalityEntry } from "../lexicon/schema.js";
import { chainModality, isPunct, markerAt, modalityFrom, NEGATIONS } from "./modality.js";

export { markerAt, matchesSequence, modalityFrom } from "./modality.js";

export interface Predicate {
  /** Index of the governing verb in the sentence's tokens; -1 when no verb follows the cue. */
  readonly verbIndex: number;
  /** The verb's base form (報告し → する, 従わ → 従う); "" without a verb. */
  readonly verb: string;
  readonly modality: Modality;
  /** The verb itself is negated: 開示しない, 負いません (not しなければならない). */
  readonly negated: boolean;
  /** The verb heads a condition or purpose (報告した場合, 実施するため), not the main predicate. */
  readonly subordinate: boolean;
  /** The verb (or the chain of coordinated verbs it starts) ends in a condition: 了し、決定している場合. */
  readonly conditional: boolean;
}

const SUBORDINATE_NOUNS = new Set([
  "場合",
  "とき",
  "時",
  "際",
  "ため",
  "為",
  "ところ",
  "上",
  "後",
  "限り",
  "以上",
  "前",
]);
const SUBORDINATE_PARTICLES = new Set(["ば", "ても", "でも", "ので", "から", "のに", "けれど", "けれども"]);
const TRANSPARENT_AUX = new Set(["ます", "れる", "られる", "せる", "させる"]);

/** The verb is followed by 場合/とき/ため or a conditional particle before any modality marker. */
function isSubordinate(entries: readonly ModalityEntry[], tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isPunct(t) || markerAt(entries, tokens, k)) return false;
    if (t.pos[0] === "名詞") return SUBORDINATE_NOUNS.has(t.baseForm);
    if (t.pos[0] === "助詞" && t.pos[1] === "接続助詞") return SUBORDINATE_PARTICLES.has(t.baseForm);
    if (t.pos[0] === "動詞" && t.pos[1] === "自立") return false;
  }
  return false;
}

function isNegated(entries: readonly ModalityEntry[], tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos[0] !== "助動詞") return false;
    if (TRANSPARENT_AUX.has(t.baseForm)) continue;
    if (!NEGATIONS.has(t.baseForm)) return false;
    return modalityFrom(entries, tokens, k)?.index !== k;
  }
  return false;
}

const CONDITION_NOUNS = new Set(["場合", "とき", "時", "際", "限り"]);
const CONDITION_PARTICLES = new Set(["ば", "ても", "でも", "たら"]);

/**
 * Follows the chain of coordinated verbs (…し、…し、) from `verb`: a chain that ends in 場合 / とき /
 * ば before any modality marker is a condition. A new subject (…が, …は) starts another clause.
 */
function isConditional(entries: readonly ModalityEntry[], tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (markerAt(entries, tokens, k)) return false;
    if (t.pos[0] === "記号" && t.pos[1] === "句点") return false;
    if (t.pos[0] === "助詞" && (t.surface === "が" || t.surface === "は") && t.pos[1] !== "接続助詞")
      return false;
    const prev = tokens[k - 1]!;
    const afterVerb = prev.pos[0] === "動詞" || prev.pos[0] === "助動詞";
    if (t.pos[0] === "名詞" && CONDITION_NOUNS.has(t.baseForm) && afterVerb) return true;
    if (t.pos[0] === "助詞" && t.pos[1] === "接続助詞" && CONDITION_PARTICLES.has(t.baseForm)) return true;
  }
  return false;
}

/** A cue that ends in an auxiliary (責任を負わ|ない) is governed by the verb inside it. */
function startIndex(tokens: readonly Token[], i: number): number {
  return tokens[i]?.pos[0] === "助動詞" && tokens[i - 1]?.pos[0] === "動詞" ? i - 1 : i;
}

/** Nouns after which a verb is still the predicate: 報告すること, 講じるものとする, 発生した場合. */
const PREDICATE_NOUNS = new Set([
  "こと",
  "もの",
  "よう",
  "ところ",
  "場合",
  "とき",
  "時",
  "際",
  "ため",
  "為",
  "上",
  "後",
  "前",
  "限り",
  "以上",
  "旨",
]);

/**
 * A verb that modifies the noun after it (「影響を受ける可能性」「記載した書面」「生じさせた当事者」)
 * is a relative clause, not the predicate that governs the cue.
 */
function isAdnominal(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (tokens[j]?.pos[0] === "助動詞" || (tokens[j]?.pos[0] === "動詞" && tokens[j]?.pos[1] === "接尾"))
    j++;
  const next = tokens[j];
  if (next?.pos[0] !== "名詞" || (next.pos[1] === "非自立" && PREDICATE_NOUNS.has(next.baseForm)))
    return false;
  const last = tokens[j - 1]!;
  const attributive =
    last.conjugatedForm === "基本形" || last.conjugatedForm === "体言接続" || last.baseForm === "た";
  return attributive && !PREDICATE_NOUNS.has(next.baseForm);
}

/** The first verb at or after token `from` that is a predicate (not a relative clause), within the sentence. */
export function verbAfter(tokens: readonly Token[], from: number): number {
  for (let k = Math.max(from, 0); k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos[0] === "記号" && t.pos[1] === "句点") return -1;
    if (t.pos[0] === "動詞" && t.pos[1] !== "接尾" && !isAdnominal(tokens, k)) return k;
  }
  return -1;
}

/**
 * Index of the token that holds the cue's last character, or of the first token after `pos`: a
 * cue that ends inside a verb (知らせ|る) is governed by that verb.
 */
export function tokenIndexAt(sentence: Sentence, pos: number): number {
  const i = sentence.tokens.findIndex((t) => t.span.end >= pos);
  return i < 0 ? sentence.tokens.length : i;
}

/**
 * The predicate governing a cue that ends at document offset `pos`: the first verb after it, and
 * the modality of the chain it belongs to (報告し、…従わなければならない → must; coordinated 連用形
 * verbs share the final modality). A plain verb at the sentence end (する／します) is a statement.
 */
export function predicateAfter(
  entries: readonly ModalityEntry[],
  sentence: Sentence,
  pos: number,
): Predicate {
  const tokens = sentence.tokens;
  const v = verbAfter(tokens, startIndex(tokens, tokenIndexAt(sentence, pos)));
  if (v < 0) return NO_PREDICATE;
  // Several cues of a sentence share its verbs: one reading per verb and sentence.
  let byVerb = predicates.get(sentence);
  if (!byVerb) {
    byVerb = new Map();
    predicates.set(sentence, byVerb);
  }
  let p = byVerb.get(v);
  if (!p || p.entries !== entries) {
    p = { entries, predicate: predicateAt(entries, tokens, v) };
    byVerb.set(v, p);
  }
  return p.predicate;
}

const NO_PREDICATE: Predicate = Object.freeze({
  verbIndex: -1,
  verb: "",
  modality: "statement",
  negated: false,
  subordinate: false,
  conditional: false,
});

const predicates = new WeakMap<
  Sentence,
  Map<number, { entries: readonly ModalityEntry[]; predicate: Predicate }>
>();

function predicateAt(entries: readonly ModalityEntry[], tokens: readonly Token[], v: number): Predicate {
  const negated = isNegated(entries, tokens, v);
  let modality: Modality = chainModality(entries, tokens, v);
  if (negated && (modality === "must" || modality === "statement")) modality = "must_not";
  return {
    verbIndex: v,
    verb: tokens[v]!.baseForm,
    modality,
    negated,
    subordinate: isSubordinate(entries, tokens, v),
    conditional: isConditional(entries, tokens, v),
  };
}
