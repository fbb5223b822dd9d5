// The shape of the per-topic case tables (textlint-tester style): `valid` texts must not get the
// topic (each says why), `invalid` texts must, with `quote` = the text of one of the topic's cues.
import type { TopicId } from "../../src/core/ids.js";
import type { ClauseInput } from "../helpers/clauses.js";

export interface TopicCase {
  /** One clause, or several clauses of one document (article context). */
  readonly text: string | readonly ClauseInput[];
  readonly why: string;
  /** Expected evidence: the exact text of one cue of the topic (invalid cases only). */
  readonly quote?: string;
}

export interface TopicCases {
  readonly topic: TopicId;
  readonly valid: readonly TopicCase[];
  readonly invalid: readonly TopicCase[];
}
