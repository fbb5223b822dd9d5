// Acts: a cue together with the predicate that governs it, the unit detectors accept or reject.
import type { TopicId } from "../core/ids.js";
import type { CueMatch, Sentence, TopicHit } from "../core/types.js";
import type { Compiled } from "../lexicon/matcher.js";
import type { BaseEntry } from "../lexicon/schema.js";
import { type Predicate, predicateAfter } from "../nlp/predicate.js";
import { isAcknowledgedConsequence, isCommentary, isConditionSubject } from "./non-duty.js";
import { type ClauseView, clauseCues, sentenceIndexAt, sliceText } from "./view.js";

export interface Act {
  readonly topic: TopicId;
  readonly cue: CueMatch;
  /** Index into view.sentences of the sentence whose predicate governs the cue (-1: none). */
  readonly sentence: number;
  readonly predicate: Predicate;
  /** The cue stands in a heading (the article's, or a title line such as 「（応急措置）」). */
  readonly inHeading: boolean;
}

/** A topic hit plus the acts behind it (extract turns acts into obligations). */
export interface TopicFinding extends TopicHit {
  readonly acts: readonly Act[];
}

const LIST_LEAD = /次の|次に|以下の|各号|下記/u;
/** Item markers: (1) （１） (ア) (a) 1. 一 ① ア. */
export const ITEM_MARK =
  /^\s*(?:[（(](?:[0-9０-９一二三四五六七八九十]+|[ア-ンa-zａ-ｚ])[）)]|[0-9０-９]+[.．)）]|[0-9０-９]{1,2}[\s　]|[一二三四五六七八九十]+[\s　、．.]|[①-⑳⑴-⒇]|[ア-ンイロハニホヘト][\s　.．、])/u;

const CONDITION_ITEM = /(?:場合|とき|時|事態|おそれ)\s*(?:[（(][^）)]*[）)])?[。．]?\s*$/u;

/** Asked for each cue of each detector: one answer per sentence (a sentence lives as long as its document). */
const verbs = new WeakMap<Sentence, boolean>();

function hasVerb(view: ClauseView, i: number): boolean {
  const s = view.sentences[i];
  if (!s) return false;
  let has = verbs.get(s);
  if (has === undefined) {
    has = s.tokens.some((t) => t.pos[0] === "動詞");
    verbs.set(s, has);
  }
  return has;
}

/** Items 「(1) 事故原因の調査」 have no verb: they take the predicate of the sentence that lists them. */
function leadSentence(view: ClauseView, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    if (LIST_LEAD.test(sliceText(view, view.sentences[i]!.span)) && hasVerb(view, i)) return i;
  }
  return -1;
}

/** The first sentence with a verb: what a heading cue (「（応急措置）」) is governed by. */
function mainSentence(view: ClauseView): number {
  return view.sentences.findIndex((_, i) => hasVerb(view, i));
}

function predicateIn(view: ClauseView, i: number, pos?: number): Predicate | undefined {
  const s = view.sentences[i];
  return s ? predicateAfter(view.lex.modality, s, pos ?? s.span.start) : undefined;
}

/** Where the cue's governing predicate is: its own sentence, the list lead, or the main sentence. */
function locate(
  view: ClauseView,
  cue: CueMatch,
  headingCue: boolean,
): Omit<Act, "topic" | "cue"> | undefined {
  const own = headingCue ? -1 : sentenceIndexAt(view, cue.span.start);
  const text = own >= 0 ? sliceText(view, view.sentences[own]!.span) : "";
  const isItem = own >= 0 && ITEM_MARK.test(text);
  // 「(4) 対外公表の可能性がある場合」: a condition listed under 「次のいずれかに該当する場合は」, not a duty.
  if (isItem && CONDITION_ITEM.test(text)) return undefined;
  if (own >= 0 && hasVerb(view, own)) {
    const predicate = predicateIn(view, own, cue.span.end)!;
    if (predicate.verbIndex >= 0) return { sentence: own, predicate, inHeading: false };
  }
  const target = isItem ? leadSentence(view, own) : mainSentence(view);
  if (target < 0) return undefined;
  const predicate = predicateIn(view, target);
  return predicate ? { sentence: target, predicate, inHeading: !isItem && !hasVerb(view, own) } : undefined;
}

/** Purpose and definition sentences oblige nothing (…を目的とする, 「事故」とは…をいう: n44, n45). */
const NOT_A_DUTY = /目的と(?:する|します)[。．]?$|を(?:いう|いいます)[。．]?$|」とは[、，]/u;

/** Topics whose cues are not activities a cost could be spent on. */
const NOT_ACTIVITIES = new Set<TopicId>(["cost", "damages", "fault", "subcontractor"]);
const COST_ITEM =
  /^(?:等)?(?:の)?(?:費用|経費|コスト|実費)|(?:要する|要した|要す|かかる|かかった|係る|支出する|支出した|負担した|支払った|のための|に係る)(?:一切の)?(?:費用|経費|コスト|実費)/u;

/** 「調査費用」「調査…に要する費用は乙の負担」: an activity named as a cost item is not a duty to do it (c21). */
function isCostItem(view: ClauseView, act: Omit<Act, "topic" | "cue">, cue: CueMatch): boolean {
  const s = view.sentences[act.sentence];
  const verb = s?.tokens[act.predicate.verbIndex];
  if (!s || !verb || verb.span.start < cue.span.end) return false;
  return COST_ITEM.test(view.text.slice(cue.span.end, verb.span.start));
}

function excluded(
  view: ClauseView,
  topic: TopicId,
  cue: CueMatch,
  where: Omit<Act, "topic" | "cue">,
): boolean {
  const s = view.sentences[where.sentence];
  if (s && !where.inHeading && NOT_A_DUTY.test(sliceText(view, s.span))) return true;
  // Commentary and acknowledged consequences oblige nothing (non-duty.ts).
  const own = view.sentences[sentenceIndexAt(view, cue.span.start)] ?? s;
  if (own && (isCommentary(view, own) || isAcknowledgedConsequence(view, topic, cue, own))) return true;
  const verb = s?.tokens[where.predicate.verbIndex];
  if (verb && isConditionSubject(view, topic, cue, verb.span.start)) return true;
  return !NOT_ACTIVITIES.has(topic) && isCostItem(view, where, cue);
}

export interface ActOptions {
  /**
   * A test on the cue alone, before its predicate is looked for (which tokenizes its sentence):
   * conditions of `accept` that need no tokens, so that a rejected cue costs no kuromoji time.
   */
  readonly precheck?: (cue: CueMatch, inHeading: boolean) => boolean;
}

/** For detectors that never accept a cue standing in the article heading (their accept says so too). */
export const BODY_CUES: ActOptions = { precheck: (_cue, inHeading) => !inHeading };

/** Every cue of the entries in the clause, with its predicate; `accept` filters them. */
export function actsFor(
  view: ClauseView,
  topic: TopicId,
  entries: readonly Compiled<BaseEntry>[],
  accept: (act: Act) => boolean = () => true,
  options: ActOptions = {},
): Act[] {
  const out: Act[] = [];
  for (const { cue, inHeading } of clauseCues(view, entries)) {
    if (options.precheck && !options.precheck(cue, inHeading)) continue;
    const where = locate(view, cue, inHeading);
    if (!where || excluded(view, topic, cue, where)) continue;
    const act: Act = { topic, cue, ...where };
    if (accept(act)) out.push(act);
  }
  return out;
}

/** A duty (not a permission): must, statement, endeavour (LABELING.md "requires …"). */
export const isDuty = (a: Act): boolean =>
  a.predicate.modality === "must" ||
  a.predicate.modality === "statement" ||
  a.predicate.modality === "endeavor";

const MODALITY_EN = {
  must: "duty",
  statement: "stated",
  endeavor: "endeavour",
  may: "permission",
  must_not: "prohibition",
};

/** A finding when some act was accepted; the reason quotes the first cue and the incident context. */
export function toFinding(
  view: ClauseView,
  topic: TopicId,
  acts: readonly Act[],
  what: string,
  showModality = true,
): TopicFinding | undefined {
  const first = acts[0];
  if (!first) return undefined;
  const quote = sliceText(view, first.cue.span) || view.clause.heading || "";
  const where = first.inHeading ? " in the heading" : "";
  const context = view.context.inheritedFrom
    ? `; incident context from ${view.context.inheritedFrom}`
    : view.context.cues[0]
      ? `; incident: 「${sliceText(view, view.context.cues[0].span)}」`
      : "";
  const modality = showModality ? ` (${MODALITY_EN[first.predicate.modality]})` : "";
  const reason = `${what}: 「${quote}」${where}${modality}${context}`;
  return { topic, cues: acts.map((a) => a.cue), reason, acts };
}
