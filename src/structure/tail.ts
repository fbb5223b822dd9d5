// The signature block at the end of a contract (記名押印, 甲/乙, 会社名：, 印 …) and the title at its top.
import type { Span } from "../core/span.js";
import type { Line, ScanEvent } from "./scanner.js";

const SIGNATURE_LINE = [
  /^[（(【]?[甲乙丙丁][）)】]?(?:[ :：].{0,60})?$/,
  /^(?:会社名|商号|名称|所在地|住所|本店所在地|代表者名?|氏名|役職|担当者|電話番号?|TEL|FAX|E-?mail|メール|連絡先|署名|記名|日付)(?:$|[ :：（(])/,
  /[_＿]{3,}/,
  /(?:^|[ （(])印[）)]?$|㊞/,
  /^(?:令和|平成|昭和|西暦)?[ 0-9●○〇元＿_]{0,6}年[ 0-9●○〇＿_]{0,4}月[ 0-9●○〇＿_]{0,4}日.{0,12}$/,
  /^.{0,30}(?:株式会社|有限会社|合同会社|合資会社|法人|代表取締役|代表者|殿|様)[^。]{0,30}$/,
  /^〒/,
  /^以上$/,
  /証と(?:して|する)|証するため/,
];
/** A short unpunctuated line (a company name 「佐々木商事」) inside a block; never a numbered line. */
const SHORT_NAME_LINE = /^[^。、，0-9０-９(（①-⑳第一二三四五六七八九十・●■※]{1,25}$/;
const STRONG_CUE =
  /印$|印[）)]|㊞|記名|署名|押印|捺印|代表者|代表取締役|会社名|所在地|住所|氏名|^[（(]?[甲乙][）)]?$|[_＿]{3,}/;
const MAX_TAIL_LINES = 40;

/** Where the closing signature block starts, when the document ends with one. */
export function signatureStart(text: string, lines: readonly Line[]): number | undefined {
  let start: number | undefined;
  let strong = false;
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < MAX_TAIL_LINES; i--) {
    const line = lines[i]!;
    if (line.contentStart >= line.contentEnd) continue;
    const content = text.slice(line.contentStart, line.contentEnd);
    const tailLike =
      SIGNATURE_LINE.some((re) => re.test(content)) || (start !== undefined && SHORT_NAME_LINE.test(content));
    if (content.length > 120 || !tailLike) break;
    seen++;
    start = line.contentStart;
    if (STRONG_CUE.test(content)) strong = true;
  }
  return strong ? start : undefined;
}

const DOCUMENT_TYPE =
  /契約|覚書|規約|規程|規則|規定|誓約書|約款|同意書|手続|要領|細則|協定|合意書|念書|ポリシー|方針|条件|特記事項|仕様書|基準|定款|マニュアル/;
const MAX_TITLE = 60;

function titleLike(line: string): boolean {
  return line.length > 0 && line.length <= MAX_TITLE && !/[。、，]$/.test(line) && !line.includes("。");
}

export interface TitleFound {
  /** From the first line of the head block to the end of the title. */
  readonly span: Span;
  /** The title itself. */
  readonly title: Span;
}

/**
 * The document's title: among up to 4 short unpunctuated lines at the top (「CONFIDENTIAL」「部外秘」
 * 「秘密保持誓約書」, real-files #8) the one naming a document type, else the first. A PDF page flattened
 * to one line may start with its title before the first article (seed 001).
 */
export function findTitle(text: string, events: readonly ScanEvent[]): TitleFound | undefined {
  const first = events[0];
  if (first?.marker.kind !== "text") return undefined;
  const inlineArticle = events.find((e) => !e.strong && e.pos < first.lineEnd && e.marker.kind === "article");
  if (inlineArticle) {
    const head = text.slice(first.pos, inlineArticle.pos).trim();
    if (!titleLike(head)) return undefined;
    const title = { start: first.pos, end: first.pos + head.length };
    return { span: title, title };
  }
  const run: ScanEvent[] = [];
  for (const e of events) {
    if (!e.strong) continue;
    if (run.length >= 4 || e.marker.kind !== "text" || !titleLike(text.slice(e.pos, e.lineEnd))) break;
    run.push(e);
  }
  const last = events.at(-1)!;
  if (run.length === 0 || last.pos <= run.at(-1)!.pos) return undefined; // nothing but the title
  const chosen = run.find((e) => DOCUMENT_TYPE.test(text.slice(e.pos, e.lineEnd))) ?? run[0]!;
  return {
    span: { start: run[0]!.pos, end: chosen.lineEnd },
    title: { start: chosen.pos, end: chosen.lineEnd },
  };
}
