// Who: the actor of a duty (「乙は、」) and the recipient of a report (「甲に対して」), as written.
import type { Span } from "../core/span.js";
import { groupsOf } from "../lexicon/groups.js";
import { anyMatch, entryHits, entryMatches } from "../lexicon/matcher.js";
import type { ClauseView } from "./view.js";

export type RecipientCategory = "authority" | "individual" | "public" | "counterparty";

export interface Recipient {
  readonly text: string;
  readonly category: RecipientCategory;
}

const NOUN = "[\\p{Script=Han}\\p{Script=Katakana}ー・A-Za-zＡ-Ｚａ-ｚ0-9０-９]";
/** 「甲に対して」「相手方へ」「委員会への」 — not 「業務に関し」「手順に従い」「有無にかかわらず」. */
const RECIPIENT = new RegExp(
  `(${NOUN}+)(?:等)?(?:に対し(?:て)?|に対する|への|へ|宛て?に?|あて|に)(?!関|係|基|従|より|よっ|よる|おい|つい|つき|際|応じ|当た|あた|伴|わた|渡|かかわ|関わ|限|拘|沿|準|則|定め|属|該当|起因|至)`,
  "gu",
);
/** Adverbs and frames that take に but name nobody: 適切に, 書面に, 24時間以内に, 前項に, と共に. */
const NOT_A_RECIPIENT =
  /(?:共|以内|以前|以後|時間|日|中|内|前|後|上|際|時|場合|ため|順|様式|方法|手順|書面|口頭|適切|確実|迅速|誠実|適正|正確|的確|必要|十分|直接|個別|同時|別途|次|特|既|更|極力|早期|定期|随時|常時|事前|事後|法令|規定|規則|項|号|条|指示|要請|求め|記録|範囲|程度|目的|期限|状態|結果|対象|的)$/u;

/**
 * 「会員」「顧客」 are the affected individuals (LABELING.md subject_notice) unless the document defines
 * them as its counterparty (「以下「会員」という」, 「「会員」とは…をいう」): membership terms.
 */
export function isDefinedParty(view: ClauseView, alias: string): boolean {
  if (!view.parties.includes(alias)) return false;
  if (!/^(?:会員|顧客|本人|対象者|利用者)$/u.test(alias)) return true;
  return (
    view.text.includes(`「${alias}」という`) ||
    view.text.includes(`「${alias}」とは`) ||
    view.text.includes(`「${alias}」といいます`)
  );
}

function categoryOf(view: ClauseView, noun: string): RecipientCategory {
  if (isDefinedParty(view, noun)) return "counterparty";
  const hit = view.lex.recipients.find((e) => e.category !== "public" && entryMatches(e, noun));
  return hit ? (hit.category as RecipientCategory) : "counterparty";
}

/** The last addressee written before `pos` in `within` (a sentence), e.g. 甲 in 「直ちに甲に対して…報告」. */
export function recipientBefore(
  view: ClauseView,
  within: Span,
  pos: number,
  from = within.start,
): Recipient | undefined {
  const last = lastRecipient(view.text.slice(Math.max(from, within.start), pos));
  // A second report in the sentence (「…報告すると共に、遅滞なく…を報告」) keeps the first one's addressee.
  const found = last ?? (from > within.start ? lastRecipient(view.text.slice(within.start, pos)) : undefined);
  return found === undefined ? undefined : { text: found, category: categoryOf(view, found) };
}

function lastRecipient(prefix: string): string | undefined {
  let last: string | undefined;
  for (const m of prefix.matchAll(RECIPIENT)) {
    const noun = m[1] ?? "";
    if (!NOT_A_RECIPIENT.test(noun)) last = noun;
  }
  return last;
}

const TOPIC_MARK = /([^、。，\s]{1,24}?)(?:は|においては)[、，]/gu;
const LEADING_MARK =
  /^(?:[（(][^）)]{1,4}[）)]|[0-9０-９]+[.．]?|[一二三四五六七八九十]+[.．、]?|[①-⑳]|なお|また|ただし|但し)+/u;
const NOUN_PHRASE = /^[\p{Script=Han}\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・及びまたはのび]+$/u;
const NOT_AN_ACTOR =
  /(?:場合|とき|時|際|項|条|号|こと|もの|ため|上|後|前|中|内|事項|規定|目的|期間|費用|責任|情報|措置|事故|事案|通知|報告)$/u;

/** A phrase that starts with a party alias (「乙」「当社及びユーザー」「乙の従業者」), not 「甲の個人情報が…とき」. */
function isPartyLike(view: ClauseView, phrase: string): boolean {
  if (NOT_AN_ACTOR.test(phrase) || phrase.length > 16) return false;
  if (view.parties.some((p) => phrase.startsWith(p))) return true;
  return view.lex.actors.some((e) => entryHits(e, phrase).some((h) => h.span.start === 0));
}

/** 「乙は、」「受注者及び納入業者は、」「従業者は、」 — a party or a short noun phrase, not 「前項の場合には、」. */
function actorPhrases(view: ClauseView, s: Span): string[] {
  return [...view.text.slice(s.start, s.end).matchAll(TOPIC_MARK)]
    .map((m) => (m[1] ?? "").replace(LEADING_MARK, ""))
    .filter(
      (p) => p && (isPartyLike(view, p) || (NOUN_PHRASE.test(p) && p.length <= 12 && !NOT_AN_ACTOR.test(p))),
    );
}

/** The actor: the last 「Xは、」 before `pos` in the sentence, else in the clause's first sentence. */
export function actorBefore(view: ClauseView, within: Span, pos: number): string | undefined {
  const spans = [{ start: within.start, end: pos }, ...(view.sentences[0] ? [view.sentences[0].span] : [])];
  for (const s of spans) {
    const last = actorPhrases(view, s).pop();
    if (last) return normaliseActor(view, last);
  }
  return undefined;
}

const actorMemo = new WeakMap<readonly string[], Map<string, string>>();

/** 「甲又は乙」「両者」「相互に」 → "mutual"; otherwise the alias as written (one answer per phrase and document). */
export function normaliseActor(view: ClauseView, phrase: string): string {
  let memo = actorMemo.get(view.parties);
  if (!memo) {
    memo = new Map();
    actorMemo.set(view.parties, memo);
  }
  let actor = memo.get(phrase);
  if (actor === undefined) {
    actor = actorOf(view, phrase);
    memo.set(phrase, actor);
  }
  return actor;
}

function actorOf(view: ClauseView, phrase: string): string {
  if (anyMatch(groupsOf(view.lex).mutualActors, phrase)) return "mutual";
  const named = view.lex.actors.flatMap((e) => (e.mutual ? [] : entryHits(e, phrase)));
  const distinct = new Set([
    ...named.map((h) => phrase.slice(h.span.start, h.span.end)),
    ...view.parties.filter((p) => phrase.includes(p)),
  ]);
  // 「当社及びユーザーは」: two parties joined by 及び/又は bind both (DESIGN.md Parties).
  if (distinct.size >= 2 && /及び|および|並びに|又は|または|、|・/u.test(phrase)) return "mutual";
  const alias = [...view.parties].sort((a, b) => b.length - a.length).find((p) => phrase.includes(p));
  if (alias) return alias;
  const hit = named.pop();
  return hit ? phrase.slice(hit.span.start, hit.span.end) : phrase;
}
