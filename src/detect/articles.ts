// Article keys and numbers of clauses, and references to other articles (前条, 第4条の事故).
import type { Clause } from "../core/types.js";
import { parseNumber } from "../nlp/numbers.js";

const NUM = "[0-9０-９一二三四五六七八九十百]+";
const LABEL_ARTICLE = new RegExp(`^第(${NUM})条(?:の(${NUM}))?`, "u");
/** 「第4条の事故」「第5条に定める報告」: a reference to another article's incident or response. */
const ARTICLE_REFERENCE = new RegExp(
  `第(${NUM})条(?:の(${NUM}))?(?:第${NUM}項)?(?:の|に(?:定める|規定する|掲げる|いう))(?:事故|事案|事態|場合|漏えい|漏洩|インシデント|通知|報告|措置|対応|調査)`,
  "gu",
);

/** Clauses of one article share a key: "art-3-p-2" → "art-3"; else the 第N条 prefix of the label. */
export function articleKey(clause: Clause): string {
  const byId = /^(.*?)-p-/u.exec(clause.id)?.[1];
  if (byId) return byId;
  return LABEL_ARTICLE.exec(clause.label)?.[0] ?? clause.id;
}

/** 「第3条の2」 → "3-2"; undefined for clauses outside numbered articles. */
export function articleNumber(clause: Clause): string | undefined {
  const m = LABEL_ARTICLE.exec(clause.label);
  if (!m) return undefined;
  const main = parseNumber(m[1] ?? "");
  const sub = m[2] ? parseNumber(m[2]) : undefined;
  return main === undefined ? undefined : sub === undefined ? `${main}` : `${main}-${sub}`;
}

/** The article numbers a text refers to (「第4条の事故」 → ["4"]). */
export function referencedArticles(text: string): string[] {
  if (!text.includes("条")) return [];
  return [...text.matchAll(ARTICLE_REFERENCE)].flatMap((m) => {
    const main = parseNumber(m[1] ?? "");
    const sub = m[2] ? parseNumber(m[2]) : undefined;
    return main === undefined ? [] : [sub === undefined ? `${main}` : `${main}-${sub}`];
  });
}
