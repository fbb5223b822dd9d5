// Article keys and numbers of clauses, and references to other articles (前条, 第4条の事故, 第4の事故).
import type { Clause } from "../core/types.js";
import { parseNumber } from "../nlp/numbers.js";

const NUM = "[0-9０-９一二三四五六七八九十百]+";
/**
 * 「第3条」「第3条の2」, and the bare 「第3」「第3の2」 of 特記事項-style lists (個人情報取扱特記事項 numbers its
 * articles 第1, 第2… without 条). A bare number followed by 項/号/段落 labels a paragraph, not an article.
 */
const LABEL_ARTICLE = new RegExp(
  `^第(${NUM})(?:条(?:の(${NUM}))?|(?:の(${NUM}))?(?![0-9０-９]|項|号|段落))`,
  "u",
);
const REFERENCE_TAIL =
  "(?:の規定に(?:よる|基づく)|の|に(?:定める|規定する|掲げる|いう|よる))(?:事故|事案|事態|場合|漏えい|漏洩|インシデント|通知|報告|措置|対応|調査)";
/**
 * 「第4条の事故」「第5条に定める報告」, and 「第4の事故」「第4に定める報告」 in a list of bare 第N articles: a
 * reference to another article's incident or response. 第2項に定める… (a paragraph) is not one.
 */
const ARTICLE_REFERENCE = new RegExp(
  `第(${NUM})(?:条)?(?:の(${NUM}))?(?:第${NUM}項)?${REFERENCE_TAIL}`,
  "gu",
);

/** Clauses of one article share a key: "art-3-p-2" → "art-3"; else the 第N条 prefix of the label. */
export function articleKey(clause: Clause): string {
  const byId = /^(.*?)-p-/u.exec(clause.id)?.[1];
  if (byId) return byId;
  return LABEL_ARTICLE.exec(clause.label)?.[0] ?? clause.id;
}

function numberKey(main: string | undefined, sub: string | undefined): string | undefined {
  const m = parseNumber(main ?? "");
  const s = sub ? parseNumber(sub) : undefined;
  return m === undefined ? undefined : s === undefined ? `${m}` : `${m}-${s}`;
}

/** 「第3条の2」 (or the bare 「第3の2」) → "3-2"; undefined for clauses outside numbered articles. */
export function articleNumber(clause: Clause): string | undefined {
  const m = LABEL_ARTICLE.exec(clause.label);
  return m ? numberKey(m[1], m[2] ?? m[3]) : undefined;
}

/** The article numbers a text refers to (「第4条の事故」, 「第4に定める報告」 → ["4"]). */
export function referencedArticles(text: string): string[] {
  if (!text.includes("第")) return [];
  return [...text.matchAll(ARTICLE_REFERENCE)].flatMap((m) => {
    const key = numberKey(m[1], m[2]);
    return key === undefined ? [] : [key];
  });
}
