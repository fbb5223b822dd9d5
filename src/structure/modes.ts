// How a document numbers its provisions, decided from the scanned events before building.
import type { ScanEvent } from "./scanner.js";

/**
 * - `articles`: 第N条 (at a line start, or 1, 2… in mid-line as in seed 001);
 * - `inline`: clauses opened by 「事故時の対応. …」 headings (seed 000);
 * - `numbered`: top-level 1. / 1 / １（見出し） numbering of whole provisions, no articles;
 * - `headed`: unnumbered sections under bracketed or short headings (DOCX whose 第N条 was automatic);
 * - `plain`: unnumbered paragraphs, one per line.
 */
export type Mode = "articles" | "inline" | "numbered" | "headed" | "plain";

/** A 第N条 at a line start, 1, 2… in mid-line, or bare 第1, 第2 (no 条) at line starts. */
function hasArticles(events: readonly ScanEvent[]): boolean {
  let expected = 1;
  let bare = 1;
  for (const e of events) {
    if (e.marker.kind !== "article") continue;
    const { value } = e.marker.article;
    if (e.marker.article.bare) {
      if (value === bare) bare++;
    } else if (e.strong) return true;
    else if (value === expected) expected++;
  }
  return expected > 2 || bare > 2;
}

/**
 * 1 … n at line starts, most of them sentences or headed: provisions, not a list of words. A number
 * with a short title alone on its line over a sentence (「１　基本事項」 then 「受託者は、…。」, as
 * 仕様書 write their sections) is headed too.
 */
function topLevelStyle(text: string, events: readonly ScanEvent[]): string | undefined {
  let style: string | undefined;
  let count = 0;
  let substantial = 0;
  events.forEach((e, i) => {
    if (!e.strong || e.marker.kind !== "enum") return;
    const en = e.marker.enumerator;
    if (en.style !== "arabic" && en.style !== "arabic-dot") return;
    if (style === undefined && en.value === 1) style = en.style;
    if (en.style !== style || en.value !== count + 1) return;
    count++;
    const line = text.slice(en.bodyStart, e.lineEnd);
    if (line.includes("。") || /^[（(【]/.test(line) || titleOverSentence(text, line, events, i))
      substantial++;
  });
  return count >= 2 && substantial * 2 >= count ? style : undefined;
}

/** A number's line holding only a short title, the next strong line a sentence of text. */
function titleOverSentence(text: string, line: string, events: readonly ScanEvent[], i: number): boolean {
  if (!isNumberTitle(line)) return false;
  const next = events.slice(i + 1).find((e) => e.strong);
  return next?.marker.kind === "text" && text.slice(next.pos, next.lineEnd).includes("。");
}

/** The rest of a number's line is a short title: no sentence punctuation, no date, ends in no kana. */
export function isNumberTitle(line: string): boolean {
  const t = line.trim();
  if (!NUMBER_TITLE.test(t) || DATE.test(t)) return false;
  const last = t.charCodeAt(t.length - 1);
  return !(last >= 0x3041 && last <= 0x309f);
}

const NUMBER_TITLE = /^[^。、，．.「」:：\s（(]{1,20}$/;

export interface ModeDecision {
  readonly mode: Mode;
  /** In `numbered` mode, the style of the top-level numbers. */
  readonly topStyle?: string;
}

/** `bare`: the positions of bare heading lines (see bareHeadings), the title line excluded. */
export function decideMode(
  text: string,
  events: readonly ScanEvent[],
  bare: ReadonlySet<number>,
): ModeDecision {
  if (hasArticles(events)) return { mode: "articles" };
  if (events.some((e) => e.strong && e.marker.kind === "inlineHeading")) return { mode: "inline" };
  const topStyle = topLevelStyle(text, events);
  if (topStyle) return { mode: "numbered", topStyle };
  if (bare.size > 0 || events.some((e) => e.strong && e.marker.kind === "heading")) return { mode: "headed" };
  return { mode: "plain" };
}

/** No sentence punctuation, no colon (「最終更新日: 2015年…」 is a date line), no date. */
const BARE_HEADING = /^[^。、，．.「」:：]{1,30}$/;
const DATE = /[0-9]年|[0-9]{4}[/-]/;
const TABLE_CELL =
  "(?:項目|区分|事項|内容|期限|期間|時期|種別|種類|名称|備考|概要|方法|手段|対象|担当|番号|No\\.?)";
/** 「項目　内容」: the header row of a table flattened to text (column names only) heads no section. */
const TABLE_HEADER = new RegExp(`^${TABLE_CELL}(?:[ \\t\u3000]+${TABLE_CELL})+$`, "u");

/**
 * Short lines without punctuation that stand over a paragraph act as headings in unnumbered text
 * (real-files #6: 「本サービスのご利用」). They must end in a noun or 「について」, not mid-sentence.
 */
export function bareHeadings(text: string, events: readonly ScanEvent[]): Set<number> {
  const found = new Set<number>();
  const strong = events.filter((e) => e.strong);
  strong.forEach((e, i) => {
    if (e.marker.kind !== "text" || e.lineEnd - e.pos > 30) return;
    const line = text.slice(e.pos, e.lineEnd);
    const next = strong[i + 1];
    if (next?.marker.kind !== "text" || !BARE_HEADING.test(line) || DATE.test(line)) return;
    if (TABLE_HEADER.test(line.trim())) return;
    const last = line.charCodeAt(line.length - 1);
    const hiragana = last >= 0x3041 && last <= 0x309f;
    if (!hiragana || line.endsWith("について")) found.add(e.pos);
  });
  return found;
}
