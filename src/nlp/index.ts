// nlp: sentences and tokens for a span of the document, tokenized in short pieces.
import type { IpadicFeatures } from "kuromoji";
import type { Span } from "../core/span.js";
import type { Sentence, Token } from "../core/types.js";
import type { PieceTokenizer } from "./piece-cache.js";
import { splitPieces } from "./pieces.js";
import { splitSentences } from "./sentences.js";
import { toTokens } from "./tokens.js";

export { memoTokenizer, type PieceTokenizer } from "./piece-cache.js";
export { splitPieces } from "./pieces.js";
export { splitSentences } from "./sentences.js";
export {
  dictionaryPath,
  getTokenizer,
  type KuromojiTokenizer,
  resetTokenizer,
  tokenizerRequested,
} from "./tokenizer.js";

const isBlank = (t: Token): boolean => t.pos[0] === "記号" && t.pos[1] === "空白";

/** A piece's tokens with spans relative to the piece, by kuromoji's output (memoised output is reused). */
const relativeTokens = new WeakMap<readonly IpadicFeatures[], readonly Token[]>();

function piecesTokens(piece: string, raw: IpadicFeatures[]): readonly Token[] {
  let tokens = relativeTokens.get(raw);
  if (!tokens) {
    tokens = toTokens(piece, 0, raw).filter((t) => !isBlank(t) && t.surface.trim());
    relativeTokens.set(raw, tokens);
  }
  return tokens;
}

function shifted(t: Token, offset: number): Token {
  const span = { start: t.span.start + offset, end: t.span.end + offset };
  return t.reading === undefined
    ? {
        surface: t.surface,
        baseForm: t.baseForm,
        pos: t.pos,
        conjugatedType: t.conjugatedType,
        conjugatedForm: t.conjugatedForm,
        span,
      }
    : {
        surface: t.surface,
        baseForm: t.baseForm,
        pos: t.pos,
        conjugatedType: t.conjugatedType,
        conjugatedForm: t.conjugatedForm,
        reading: t.reading,
        span,
      };
}

/** Tokens of `text.slice(s.start, s.end)`, spans absolute in `text`; whitespace tokens dropped. */
export function tokenizeSpan(tokenizer: PieceTokenizer, text: string, s: Span): Token[] {
  const out: Token[] = [];
  for (const piece of splitPieces(text, s)) {
    const pieceText = text.slice(piece.start, piece.end);
    for (const t of piecesTokens(pieceText, tokenizer.tokenize(pieceText))) out.push(shifted(t, piece.start));
  }
  return out;
}

/**
 * A sentence tokenized on first access to its `tokens`. A class, not an object literal with a
 * getter: every sentence then shares one shape and one getter, so the hot `.tokens` reads stay
 * monomorphic (a literal's getter is a new closure per object).
 */
class LazySentence implements Sentence {
  #tokens: readonly Token[] | undefined;

  constructor(
    readonly span: Span,
    private readonly tokenizer: PieceTokenizer,
    private readonly text: string,
  ) {}

  get tokens(): readonly Token[] {
    this.#tokens ??= tokenizeSpan(this.tokenizer, this.text, this.span);
    return this.#tokens;
  }
}

/**
 * The sentences of a span (a clause). Each sentence is tokenized on first access to its `tokens`:
 * a detector that never looks at a sentence (no cue in it) costs no kuromoji time (issue 6).
 */
export function sentencesOf(tokenizer: PieceTokenizer, text: string, within: Span): Sentence[] {
  return splitSentences(text, within).map((span) => new LazySentence(span, tokenizer, text));
}
