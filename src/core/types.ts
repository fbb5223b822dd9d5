// The types that cross stage boundaries (DESIGN.md pipeline). One type per hand-off.
import type { Diagnostic } from "./diagnostics.js";
import type { Format, PartyRole, TopicId } from "./ids.js";
import type { Span } from "./span.js";

/** ingest → normalize: the extracted text of one file. Its `text` is the source coordinate system. */
export interface SourceText {
  readonly text: string;
  readonly format: Format;
  /** Text files only: the encoding that was detected and used, e.g. "UTF-8", "Shift_JIS". */
  readonly encoding?: string;
  /** PDF only: number of pages. */
  readonly pageCount?: number;
  /** PDF only: the span of each page in `text` (index 0 = page 1). */
  readonly pages?: readonly Span[];
  /** sha256 of the input bytes, hex. */
  readonly sha256: string;
  readonly byteLength: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** Maps an offset of NormalizedText.text back to an offset of SourceText.text. */
export interface OffsetMap {
  toSource(offset: number): number;
}

/** normalize → structure. */
export interface NormalizedText {
  readonly text: string;
  readonly source: SourceText;
  readonly map: OffsetMap;
  readonly diagnostics: readonly Diagnostic[];
}

export type ProvisionKind =
  | "title"
  | "preamble"
  | "chapter"
  | "article"
  | "paragraph"
  | "item"
  | "supplementary"
  | "appendix"
  | "signature"
  | "clause";

/** A node of the provision tree. `text.slice(span.start, span.end)` is the node with its children. */
export interface Provision {
  /** Unique within the document and stable for the same text, e.g. "art-3", "art-3-p-2", "art-3-p-2-i-1". */
  readonly id: string;
  readonly kind: ProvisionKind;
  /** What a reader calls it: 「第3条」「第3条第2項」「第3条第2項第1号」「前文」「附則」. */
  readonly label: string;
  /** The number as written, normalised to ASCII digits: "3", "3の2", "2", "1". */
  readonly number?: string;
  /** 「目的」 from 第1条（目的）, without brackets. */
  readonly heading?: string;
  readonly span: Span;
  readonly children: readonly Provision[];
}

/**
 * The unit of analysis and of `GapReport.provisions`: one per 項 (an article without 項 is one
 * clause; 号 stay inside). Clauses are in document order and do not overlap.
 */
export interface Clause {
  readonly id: string;
  readonly label: string;
  /** The heading of the article it belongs to (every 項 inherits it). */
  readonly heading?: string;
  /** Where the heading stands in the text, when it does (for evidence). */
  readonly headingSpan?: Span;
  readonly span: Span;
  /** === document text.slice(span.start, span.end) */
  readonly text: string;
}

export interface Party {
  /** 「甲」「受託者」「当社」「ユーザー」 */
  readonly alias: string;
  readonly role?: PartyRole;
  /** The name the alias stands for, when a definition gives one (●●株式会社). */
  readonly name?: string;
  /** The definition 「（以下「甲」という。）」 or the first mention. */
  readonly span?: Span;
}

/** structure → nlp. */
export interface ContractDocument {
  /** === normalized.text */
  readonly text: string;
  readonly title?: string;
  readonly provisions: readonly Provision[];
  readonly clauses: readonly Clause[];
  readonly parties: readonly Party[];
  readonly normalized: NormalizedText;
  readonly diagnostics: readonly Diagnostic[];
}

/** Our own token shape, converted once from kuromoji. Never use kuromoji's word_position. */
export interface Token {
  readonly surface: string;
  /** 基本形; equals surface when kuromoji gives "*". */
  readonly baseForm: string;
  /** [品詞, 品詞細分類1, 品詞細分類2, 品詞細分類3] */
  readonly pos: readonly [string, string, string, string];
  readonly conjugatedType: string;
  readonly conjugatedForm: string;
  readonly reading?: string;
  readonly span: Span;
}

export interface Sentence {
  readonly span: Span;
  readonly tokens: readonly Token[];
}

/** A lexicon entry that matched, with where: the unit of evidence. */
export interface CueMatch {
  readonly entryId: string;
  readonly span: Span;
}

export interface TopicHit {
  readonly topic: TopicId;
  readonly cues: readonly CueMatch[];
  /** Why, in words a lawyer can check (English). */
  readonly reason: string;
}

/**
 * General provisions that count as evidence at document level though they carry no topic alone
 * (LABELING.md: a general 損害賠償 clause, a blanket disclaimer, responsibility for subcontractors'
 * acts, a general 事故等 reporting clause, 損害及び費用を補償).
 */
export type GeneralKind =
  | "general_damages"
  | "liability_cap"
  | "liability_disclaimer"
  | "subcontractor_liability"
  | "general_incident_report"
  | "general_cost_compensation";

export interface GeneralHit {
  readonly kind: GeneralKind;
  readonly cues: readonly CueMatch[];
  /** The duty it states, when it states one (e.g. the report duty of a general 事故等 clause). */
  readonly obligation?: import("../report/schema.js").Obligation;
  readonly reason: string;
}

/** nlp + detect + extract → compare: what each clause governs and the duties it states. */
export interface AnalyzedClause {
  readonly clause: Clause;
  readonly topics: readonly TopicHit[];
  readonly obligations: readonly import("../report/schema.js").Obligation[];
  readonly general: readonly GeneralHit[];
}

export interface AnalyzedDocument {
  readonly document: ContractDocument;
  readonly clauses: readonly AnalyzedClause[];
  /** The document entrusts or handles information (個人情報, 秘密情報, データ…): general clauses count. */
  readonly handlesInformation: boolean;
}
