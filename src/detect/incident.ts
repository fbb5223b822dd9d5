// Finds information-incident mentions in a text (regex only, no tokens): the gate of every topic.
import type { CueMatch } from "../core/types.js";
import { groupsOf } from "../lexicon/groups.js";
import type { Lexicon } from "../lexicon/load.js";
import { anyMatch, entryHits, matchesAt, unionOf } from "../lexicon/matcher.js";
import type { DefinedTerms } from "./defined-terms.js";

/** Separators inside a coordinated incident phrase: 漏えい、滅失又は毀損等の事故 (…き損その他の事故: the tail). */
const CONNECTOR =
  /^(?:、|，|,|・|又は|若しくは|もしくは|または|及び|および|並びに|ならびに|や|その他(?:の)?)/u;
const PHRASE_TAIL = /^(?:等)?(?:[（(]以下[^）)]{0,30}[）)])?(?:その他の?|の)?(事故|事案|インシデント|事態)?/u;

/** A 。 closing a sentence, not one inside brackets (「（以下「預託情報」という。）」). */
const isStop = (text: string, i: number): boolean =>
  text[i] === "。" && !/[）)」』]/u.test(text[i + 1] ?? "");

/** Splits on 。 and line breaks so that "the same sentence" needs no tokenizer (bounded scan). */
function sentenceBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && at - start < 400 && text[start - 1] !== "\n" && !isStop(text, start - 1)) start--;
  let end = at;
  while (end < text.length && end - at < 400 && text[end] !== "\n" && !isStop(text, end)) end++;
  return [start, Math.min(end + 1, text.length)];
}

/**
 * Longest coordination followed (「漏えい、滅失、毀損、改ざん又は不正アクセス」 has 5): without a bound, a text
 * of thousands of 「漏えい、」 walked the whole chain again from each of its mentions (quadratic: a hang).
 */
const MAX_COORDINATED = 16;

/** The coordinated phrase that starts with the event ending at `end`: its end and its head noun (事故, 事案). */
function phraseAt(lex: Lexicon, text: string, end: number): { end: number; noun?: string } {
  const terms = groupsOf(lex).events;
  let at = end;
  for (let n = 0; n < MAX_COORDINATED; n++) {
    const conn = CONNECTOR.exec(text.slice(at, at + 8));
    if (!conn) break;
    const next = at + conn[0].length;
    const hit = terms
      .flatMap((e) => entryHits(e, text.slice(next, next + 12)))
      .find((h) => h.span.start === 0);
    if (!hit) break;
    at = next + hit.span.end;
  }
  const tail = PHRASE_TAIL.exec(text.slice(at, at + 48));
  return { end: at + (tail?.[0].length ?? 0), ...(tail?.[1] ? { noun: tail[1] } : {}) };
}

/**
 * 「第三者に開示、漏洩又は目的外に使用しないこと」: the mention is one verb of a coordinated
 * prohibition (a list that goes on with 、/又は and ends in しない), not an incident.
 */
const PROHIBITED_LIST =
  /^(?:[、，・]|又は|または|若しくは|もしくは|及び|および|や)[^。\n]{0,36}?(?:しない|しません|させない|してはならない|してはいけない)/u;
const OCCURRENCE = /場合|とき|発生|判明|おそれ|恐れ|疑い|事故|事案/u;

function inProhibitedList(text: string, end: number): boolean {
  const m = PROHIBITED_LIST.exec(text.slice(end, end + 48));
  return m !== null && !OCCURRENCE.test(m[0]);
}

function vetoed(lex: Lexicon, text: string, end: number): boolean {
  const at = phraseAt(lex, text, end).end;
  return matchesAt(lex.incident.prevention, text, at) || inProhibitedList(text, at);
}

function namesInformation(lex: Lexicon, sentence: string, terms: DefinedTerms, generic: boolean): boolean {
  if (anyMatch(lex.incident.info_object, sentence) || terms.info.some((re) => nonGlobal(re).test(sentence)))
    return true;
  return generic && anyMatch(lex.incident.generic_info, sentence);
}

function isPhysical(lex: Lexicon, sentence: string): boolean {
  return anyMatch(lex.incident.physical, sentence);
}

function accepts(
  lex: Lexicon,
  text: string,
  group: string,
  hit: { span: { start: number; end: number }; text: string },
  terms: DefinedTerms,
) {
  const [s, e] = sentenceBounds(text, hit.span.start);
  const sentence = text.slice(s, e);
  // The definiendum of 「（以下「漏えい等」という。）」 repeats the words it defines: not a new mention.
  if (/以下[、，]?[「『]$/u.test(text.slice(Math.max(0, hit.span.start - 4), hit.span.start))) return false;
  if (vetoed(lex, text, hit.span.end)) return false;
  if (group === "event") return true;
  if (group === "ambiguous_event") return namesInformation(lex, sentence, terms, true);
  if (isPhysical(lex, sentence)) return false;
  // 事案 alone, in a document whose incidents are 「漏えい等の事案」 (learned by defined-terms.ts).
  return namesInformation(lex, sentence, terms, false) || terms.nouns.includes(hit.text);
}

/**
 * The nouns the text uses for its incidents: 事案 in 「個人情報の漏えい等の事案」, 事故 in
 * 「漏えい、滅失又は毀損の事故」. A document that says so once may say 「事案」 alone later.
 */
export function incidentNouns(lex: Lexicon, text: string): string[] {
  const nouns = new Set<string>();
  for (const e of groupsOf(lex).events) {
    for (const h of entryHits(e, text)) {
      const { noun } = phraseAt(lex, text, h.span.end);
      if (noun && !vetoed(lex, text, h.span.end)) nouns.add(noun);
    }
  }
  return [...nouns];
}

/** No document terms (definitions are read with these; tests). */
export const NO_TERMS: DefinedTerms = { incident: [], info: [], nouns: [] };

const nonGlobals = new WeakMap<RegExp, RegExp>();

/** A stateless copy of a global term regex, for tests (a global one keeps its lastIndex). */
function nonGlobal(re: RegExp): RegExp {
  let plain = nonGlobals.get(re);
  if (!plain) {
    plain = new RegExp(re.source, "u");
    nonGlobals.set(re, plain);
  }
  return plain;
}

/**
 * Mentions of an information incident in `text` (offsets shifted by `offset`): a leak-type event;
 * a loss/theft-type event with information named in the sentence; or 事故/事案 with a specific
 * information object and no physical-accident words. A mention followed by a prevention frame
 * (漏えいしてはならない, 漏えい等の防止) is a handling rule, not an incident (seed 004 §2, §5).
 */
export function incidentCues(lex: Lexicon, text: string, terms: DefinedTerms, offset = 0): CueMatch[] {
  const found = memoized(lex, text, terms);
  if (offset === 0 || found.length === 0) return [...found];
  return found.map((c) => ({
    entryId: c.entryId,
    span: { start: c.span.start + offset, end: c.span.end + offset },
  }));
}

/** One answer per text and document (a condition is asked once per duty): the memo lives with the terms. */
const memos = new WeakMap<DefinedTerms, Map<string, readonly CueMatch[]>>();

function memoized(lex: Lexicon, text: string, terms: DefinedTerms): readonly CueMatch[] {
  if (terms === NO_TERMS) return cuesIn(lex, text, terms);
  let memo = memos.get(terms);
  if (!memo) {
    memo = new Map();
    memos.set(terms, memo);
  }
  let cues = memo.get(text);
  if (!cues) {
    cues = cuesIn(lex, text, terms);
    memo.set(text, cues);
  }
  return cues;
}

function cuesIn(lex: Lexicon, text: string, terms: DefinedTerms): CueMatch[] {
  const offset = 0;
  const out: CueMatch[] = [];
  if (
    !unionOf(groupsOf(lex).incidentWords).test(text) &&
    !terms.incident.some((re) => nonGlobal(re).test(text))
  )
    return out;
  const groups = [
    ["event", lex.incident.event],
    ["ambiguous_event", lex.incident.ambiguous_event],
    ["incident_noun", lex.incident.incident_noun],
  ] as const;
  for (const [group, entries] of groups) {
    for (const e of entries) {
      for (const h of entryHits(e, text)) {
        if (!accepts(lex, text, group, h, terms)) continue;
        out.push({ entryId: e.id, span: { start: h.span.start + offset, end: h.span.end + offset } });
      }
    }
  }
  for (const re of terms.incident) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      // The definiendum itself (「本件事故」 inside its definition) is not a mention.
      if (text[start - 1] === "「" || vetoed(lex, text, start + m[0].length)) continue;
      out.push({
        entryId: "defined-incident-term",
        span: { start: start + offset, end: start + m[0].length + offset },
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Whether `text` names information (個人情報, 秘密情報, データ…, or a term the document defines so). */
export function mentionsInformation(lex: Lexicon, text: string, terms: DefinedTerms): boolean {
  return namesInformation(lex, text, terms, false);
}
