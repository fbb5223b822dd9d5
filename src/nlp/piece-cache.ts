// A per-document memo of kuromoji's output by piece text: contracts repeat their pieces
// (「乙は、」「甲に対し、」「しなければならない。」, whole repeated paragraphs), and tokenizing a
// piece depends on nothing but its text (pieces.ts cuts before kuromoji sees them).
import type { IpadicFeatures } from "kuromoji";
import type { KuromojiTokenizer } from "./tokenizer.js";

/** What the nlp functions need of a tokenizer: kuromoji itself or a memo in front of it. */
export type PieceTokenizer = Pick<KuromojiTokenizer, "tokenize">;

/** Pieces longer than this are rarely repeated: not kept, so the memo stays small. */
const MAX_MEMO_PIECE = 48;

/**
 * A memo in front of `tokenizer`, for one document (issue 6). Not shared between documents: the
 * benchmark compares a document's analysis with tokenizing it, and a memo across documents would
 * only measure the memo.
 */
export function memoTokenizer(tokenizer: PieceTokenizer): PieceTokenizer {
  const memo = new Map<string, IpadicFeatures[]>();
  return {
    tokenize(piece: string): IpadicFeatures[] {
      let raw = memo.get(piece);
      if (!raw) {
        raw = tokenizer.tokenize(piece);
        if (piece.length <= MAX_MEMO_PIECE) memo.set(piece, raw);
      }
      return raw;
    },
  };
}
