// PDF page artefacts: pdf-parse's "-- 1 of 3 --" marker lines, page-number lines and running
// headers/footers (a line at the edge of most pages, e.g. the file:/// line of real-files #6).
import { deleteLines, isBlank, type LineRange, lineIndexAt, splitLines } from "./lines.js";
import type { PassResult } from "./pass.js";

const MARKER = /^-- \d{1,5} of \d{1,5} --$/;
/** 「3」「- 3 -」「－３－」「(3)」「3/10」「p. 3」「3 ページ」 alone on a line. */
const PAGE_NUMBER =
  /^[-‐－–—―(（<〈]? ?(?:p\. ?|P\. ?|[Pp]age ?)?\d{1,4} ?(?:\/ ?\d{1,4}|of \d{1,4}|ページ|頁)? ?[-‐－–—―)）>〉]?$/;
/** Lines that may repeat at page edges but are provisions, never running headers. */
const PROVISION_LIKE =
  /^(?:第 ?[0-9一二三四五六七八九十百]+ ?[条章節款編]|[（(][^）)]{1,30}[）)]$|附 ?則|別[表紙記添])/;
const EDGE_LINES = 2;

export interface PageArtefactCounts {
  markers: number;
  pageNumbers: number;
  headers: number;
}

/**
 * `pageStarts`: offsets where a page starts (from SourceText.pages). Marker lines start pages too.
 * Without any page boundary nothing but marker lines is removed: a lone number is not assumed to be a page number.
 */
export function removePageArtefacts(
  text: string,
  pageStarts: readonly number[],
  options: { readonly keepFirstPageTop?: boolean } = {},
): PassResult & { counts: PageArtefactCounts } {
  const lines = splitLines(text);
  const remove = lines.map(() => false);
  const startsPage = lines.map(() => false);
  for (const offset of pageStarts) startsPage[lineIndexAt(lines, offset)] = true;
  const counts: PageArtefactCounts = { markers: 0, pageNumbers: 0, headers: 0 };
  counts.markers = flagMarkers(text, lines, remove, startsPage);
  const pages = pageRanges(lines, startsPage, remove);
  if (pages.length >= 2) {
    counts.pageNumbers = flagPageNumbers(text, lines, pages, remove);
    counts.headers = flagRunningHeaders(text, lines, pages, remove, options.keepFirstPageTop === true);
  }
  const result = deleteLines(text, lines, remove);
  return { ...result, counts };
}

function flagMarkers(text: string, lines: LineRange[], remove: boolean[], startsPage: boolean[]): number {
  let n = 0;
  lines.forEach((line, i) => {
    if (!MARKER.test(text.slice(line.start, line.end))) return;
    n++;
    remove[i] = true;
    if (i > 0 && isBlank(text, lines[i - 1]!)) remove[i - 1] = true;
    let next = i + 1;
    while (next < lines.length && isBlank(text, lines[next]!)) remove[next++] = true;
    if (next < lines.length) startsPage[next] = true;
  });
  return n;
}

/** Each page as the indices of its kept, non-blank lines. */
function pageRanges(lines: LineRange[], startsPage: boolean[], remove: boolean[]): number[][] {
  const pages: number[][] = [[]];
  lines.forEach((_, i) => {
    if (startsPage[i] && pages[pages.length - 1]!.length > 0) pages.push([]);
    if (!remove[i]) pages[pages.length - 1]!.push(i);
  });
  return pages.filter((p) => p.length > 0);
}

function lineText(text: string, line: LineRange): string {
  return text.slice(line.start, line.end).trim();
}

function flagPageNumbers(text: string, lines: LineRange[], pages: number[][], remove: boolean[]): number {
  let n = 0;
  for (const page of pages) {
    const edges = [
      page.find((i) => !isBlank(text, lines[i]!)),
      page.findLast((i) => !isBlank(text, lines[i]!)),
    ];
    for (const i of new Set(edges)) {
      if (i === undefined || page.length < 2) continue;
      if (PAGE_NUMBER.test(lineText(text, lines[i]!))) {
        remove[i] = true;
        n++;
      }
    }
  }
  return n;
}

/** The first and last EDGE_LINES kept lines of each page, keyed with digits folded (page numbers vary). */
function edgeKeys(
  text: string,
  lines: LineRange[],
  page: number[],
  remove: boolean[],
): Map<string, number[]> {
  const kept = page.filter((i) => !remove[i] && !isBlank(text, lines[i]!));
  const edge = new Set([...kept.slice(0, EDGE_LINES), ...kept.slice(-EDGE_LINES)]);
  const keys = new Map<string, number[]>();
  for (const i of edge) {
    const t = lineText(text, lines[i]!);
    if (t.length > 120 || PROVISION_LIKE.test(t)) continue;
    const key = t.replace(/[0-9]+/g, "#");
    keys.set(key, [...(keys.get(key) ?? []), i]);
  }
  return keys;
}

/**
 * `keepFirstPageTop`: text pasted from a PDF (pages read from its 「- N -」 lines) repeats its title as
 * the running header of the later pages; on the first page that line is the title and stays.
 */
function flagRunningHeaders(
  text: string,
  lines: LineRange[],
  pages: number[][],
  remove: boolean[],
  keepFirstPageTop: boolean,
): number {
  const perPage = pages.map((p) => edgeKeys(text, lines, p, remove));
  if (keepFirstPageTop && pages[0]) {
    const top = pages[0].find((i) => !isBlank(text, lines[i]!));
    for (const [key, indices] of perPage[0]!) {
      const rest = indices.filter((i) => i !== top);
      if (rest.length === 0) perPage[0]!.delete(key);
      else perPage[0]!.set(key, rest);
    }
  }
  const pageCount = new Map<string, number>();
  for (const keys of perPage)
    for (const key of keys.keys()) pageCount.set(key, (pageCount.get(key) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(pages.length * 0.6));
  let n = 0;
  for (const keys of perPage) {
    for (const [key, indices] of keys) {
      if ((pageCount.get(key) ?? 0) < threshold) continue;
      for (const i of indices) remove[i] = true;
      n += indices.length;
    }
  }
  return n;
}
