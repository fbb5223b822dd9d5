// normalize: SourceText → NormalizedText. Selective NFKC, PDF artefact repair, line-wrap repair, and
// an offset map from every normalized offset back to the source text (README.md beside this file).
import type { Diagnostic } from "../core/diagnostics.js";
import { ComposedMap, type EditMap } from "../core/offset-map.js";
import type { NormalizedText, SourceText } from "../core/types.js";
import { normalizeCharacters } from "./characters.js";
import { removeFootnotes } from "./footnotes.js";
import { repairLineWraps } from "./line-wrap.js";
import {
  characterNotes,
  footnoteNote,
  pageNotes,
  passFailedNote,
  spacingNotes,
  wrapNote,
  wrapperNote,
} from "./notes.js";
import { removePageArtefacts } from "./page-artefacts.js";
import type { PassResult } from "./pass.js";
import { dashedPageNumbers, readSignals } from "./signals.js";
import { repairSpacing } from "./spacing.js";
import { skipWebCaptureWrapper } from "./wrapper.js";

/** Runs the passes in order, each on the previous one's output, and keeps their maps. */
class Pipeline {
  text: string;
  readonly maps: EditMap[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(text: string) {
    this.text = text;
  }

  /** A pass that throws (a bug) is skipped with a diagnostic: normalize never throws. */
  run<R extends PassResult>(name: string, pass: (text: string) => R): R | undefined {
    try {
      const result = pass(this.text);
      this.maps.push(result.map);
      this.text = result.text;
      return result;
    } catch {
      this.diagnostics.push(passFailedNote(name));
      return undefined;
    }
  }

  /** Where a source offset is now. */
  toCurrent(offset: number): number {
    return new ComposedMap(this.maps).toNormalized(offset);
  }
}

/** Page starts of text with 「- N -」 page-number lines: the line after each number line. */
function pagesAfterNumbers(text: string): number[] {
  return dashedPageNumbers(text)
    .map((at) => text.indexOf("\n", at))
    .filter((end) => end >= 0 && end + 1 < text.length)
    .map((end) => end + 1);
}

export function normalize(source: SourceText): NormalizedText {
  const p = new Pipeline(typeof source.text === "string" ? source.text : "");
  const chars = p.run("characters", normalizeCharacters);
  if (chars) p.diagnostics.push(...characterNotes(chars.counts));
  const wrapper = p.run("web-capture", skipWebCaptureWrapper);
  if (wrapper?.skipped) p.diagnostics.push(wrapperNote(wrapper.skipped));
  const signals = readSignals(p.text, source.format);
  let footnotePages = 0;
  if (signals.pdfLayout) {
    const given = (source.pages ?? []).map((s) => p.toCurrent(s.start));
    // Text pasted from a PDF has no page spans: each 「- N -」 line ends a page.
    const starts = given.length > 0 ? given : pagesAfterNumbers(p.text);
    const pages = p.run("page-artefacts", (t) =>
      removePageArtefacts(t, starts, { keepFirstPageTop: given.length === 0 }),
    );
    if (pages) p.diagnostics.push(...pageNotes(pages.counts, 0));
  }
  if (signals.punctuationLost) {
    const notes = p.run("footnotes", removeFootnotes);
    if (notes) p.diagnostics.push(...footnoteNote(notes.references, notes.bodies));
    footnotePages = notes?.pages ?? 0;
    if (footnotePages)
      p.diagnostics.push(...pageNotes({ markers: 0, pageNumbers: 0, headers: 0 }, footnotePages));
  }
  const spacing = p.run("spacing", (t) => repairSpacing(t, signals));
  if (spacing) p.diagnostics.push(...spacingNotes(spacing.counts));
  const wraps = p.run("line-wraps", (t) => repairLineWraps(t, { joinAcrossBlank: signals.punctuationLost }));
  if (wraps) p.diagnostics.push(...wrapNote(wraps.changes));
  return { text: p.text, source, map: new ComposedMap(p.maps), diagnostics: p.diagnostics };
}
