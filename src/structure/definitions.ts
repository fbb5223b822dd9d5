// Party definitions: 「●●株式会社（以下「甲」という。）」「（以下、「当社」といいます）」「〇〇株式会社 (以下、甲という。)」.
import type { Alias } from "./parties.js";
import type { PartyLexicon } from "./party-lexicon.js";

const QUOTED = "[「『“]([^」』”\\n]{1,20})[」』”]";
const QUOTED_DEFINITION = new RegExp(
  `[（(] ?以下[、,]? ?(?:単に)?${QUOTED}(?:(?:又は|または|若しくは|及び|、|，)${QUOTED})?[^）)\\n]{0,24}[）)]?`,
  "g",
);
/** 「〇〇〇〇株式会社 (以下、甲という。)」 (real-files #12): the alias without quotes, then という. */
const UNQUOTED_DEFINITION =
  /[（(] ?以下[、,]? ?(?:単に)?([^「『“」』”、。，,（）()\s]{1,10}?)と(?:いう|いい|称|する|します)[^）)\n]{0,8}[）)]?/g;
/** A definition names a party when its name is an organisation (or the alias is a role word). */
const ORGANISATION =
  /^(?:株式会社|有限会社|合同会社|一般社団法人|公益財団法人)|(?:株式会社|有限会社|合同会社|合資会社|合名会社|法人|組合|協会|機構|大学|学校|研究所|センター|事業団|[甲乙丙丁])$/;
/** Defined terms that are never parties: 本契約, 本サービス, 当該情報, 対象情報 … */
const NOT_A_PARTY = /^(?:本|当該|対象|同|前|次)/;
const NAME_STOP = new Set("、。「」『』（）()\n,，．.：:".split(""));
const NAME_MAX = 40;
const HIRAGANA = /[\u3041-\u309f]/;

/**
 * The name a definition gives: the text just before 「（以下…」, back to a delimiter and after the last
 * case particle (「…一部を第三者（以下…」 → 第三者). A long "name" is a description, not a name.
 */
function nameBefore(text: string, at: number): string | undefined {
  let s = at;
  while (s > 0 && at - s < NAME_MAX && !NAME_STOP.has(text[s - 1]!)) s--;
  const phrase = text.slice(s, at);
  const afterParticle = Math.max(...["を", "が", "は", "で"].map((p) => phrase.lastIndexOf(p) + 1));
  const name = phrase
    .slice(afterParticle)
    .replace(/^(?:と|及び|並びに|の)/, "")
    .trim();
  return name.length > 0 && name.length <= 30 ? name : undefined;
}

/**
 * The name shown for the party. With kana and no organisation form it is a description, not a name:
 * 「当該利用を承認した者」 (real-files #3), 「ご利用いただく法人その他団体」 (#5), 「当社と本サービスの契約者」.
 */
function displayName(name: string | undefined): string | undefined {
  return name && (ORGANISATION.test(name) || !HIRAGANA.test(name)) ? name : undefined;
}

/** Every party definition, in document order (both spellings). */
export function definitions(text: string, lexicon: PartyLexicon): Alias[] {
  const out: Alias[] = [];
  for (const m of [...text.matchAll(QUOTED_DEFINITION), ...text.matchAll(UNQUOTED_DEFINITION)]) {
    const raw = nameBefore(text, m.index);
    const end = m.index + m[0].length;
    const name = displayName(raw);
    for (const alias of [m[1], m[2]]) {
      if (!alias || NOT_A_PARTY.test(alias)) continue;
      if (!lexicon.byWord.has(alias) && !(raw && ORGANISATION.test(raw))) continue;
      out.push({ alias, ...(name ? { name } : {}), span: { start: m.index, end }, defined: true });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
