// ClauseView: what every detector and extractor reads about one clause (text, context, sentences).
import type { Span } from "../core/span.js";
import type { Clause, CueMatch, Sentence } from "../core/types.js";
import type { Lexicon } from "../lexicon/load.js";
import type { Compiled } from "../lexicon/matcher.js";
import { findCues } from "../lexicon/matcher.js";
import type { BaseEntry } from "../lexicon/schema.js";
import type { ClauseContext } from "./context.js";
import type { DefinedTerms } from "./defined-terms.js";

export interface ClauseView {
  readonly lex: Lexicon;
  readonly clause: Clause;
  /** The whole document text: every span indexes it. */
  readonly text: string;
  readonly context: ClauseContext;
  /** The clause's sentences with tokens (empty when the prefilter skipped tokenization). */
  readonly sentences: readonly Sentence[];
  /** Party aliases of the document (甲, 乙, 当社, ユーザー…), from the structure stage. */
  readonly parties: readonly string[];
  readonly terms: DefinedTerms;
}

/** A cue and where it stands: in the clause text, or in the heading the clause inherits. */
export interface LocatedCue {
  readonly cue: CueMatch;
  readonly inHeading: boolean;
}

/** Matches of the entries in the clause's text and heading (heading matches first). */
export function clauseCues(view: ClauseView, entries: readonly Compiled<BaseEntry>[]): LocatedCue[] {
  const { clause } = view;
  const heading =
    clause.heading && clause.headingSpan && !insideClause(view, clause.headingSpan)
      ? findCues(entries, clause.heading, clause.headingSpan.start)
      : clause.heading && !clause.headingSpan
        ? findCues(entries, clause.heading, 0).map((c) => ({
            ...c,
            span: { start: clause.span.start, end: clause.span.start },
          }))
        : [];
  const body = findCues(entries, clause.text, clause.span.start);
  return [
    ...heading.map((cue) => ({ cue, inHeading: true })),
    ...body.map((cue) => ({ cue, inHeading: false })),
  ];
}

function insideClause(view: ClauseView, s: Span): boolean {
  return view.clause.span.start <= s.start && s.end <= view.clause.span.end;
}

/** Index of the sentence containing document offset `pos` (-1 when none). */
export function sentenceIndexAt(view: ClauseView, pos: number): number {
  return view.sentences.findIndex((s) => s.span.start <= pos && pos < s.span.end);
}

export function sliceText(view: ClauseView, s: Span): string {
  return view.text.slice(s.start, s.end);
}

/** The text of the sentence containing `pos`, or of the clause when it lies outside every sentence. */
export function sentenceSpanAt(view: ClauseView, pos: number): Span {
  const i = sentenceIndexAt(view, pos);
  return i < 0 ? view.clause.span : view.sentences[i]!.span;
}

const memos = new WeakMap<ClauseView, Map<string, unknown>>();

/**
 * A value computed once per clause view and key (several duties of a sentence ask for its fault
 * condition, its exceptions…): `key` must name everything the value depends on besides the view.
 */
export function viewMemo<V>(view: ClauseView, key: string, compute: () => V): V {
  let memo = memos.get(view);
  if (!memo) {
    memo = new Map();
    memos.set(view, memo);
  }
  if (memo.has(key)) return memo.get(key) as V;
  const value = compute();
  memo.set(key, value);
  return value;
}
