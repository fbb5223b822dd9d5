// Web-page captures (seed 001): a "Similar documents" panel precedes the document, which starts after
// the line "Transcription:". The panel quotes other documents (their own 第1条…), so it is skipped.
import { TextEditor } from "../core/offset-map.js";
import type { PassResult } from "./pass.js";

const PANEL =
  /^(?:Similar documents|Related documents|類似(?:文書|ドキュメント)|関連(?:文書|ドキュメント))$/m;
const START = /^(?:Transcription|Transcript|文字起こし)\s?[:：]?$/gm;
/** The panel sits at the top of the capture; a marker deep inside a document is text, not a wrapper. */
const SEARCH_LIMIT = 400_000;

export interface WrapperResult extends PassResult {
  /** Characters skipped before the document, 0 when there was no wrapper. */
  readonly skipped: number;
}

export function skipWebCaptureWrapper(text: string): WrapperResult {
  const head = text.slice(0, SEARCH_LIMIT);
  const panel = PANEL.exec(head);
  let cut = -1;
  if (panel) {
    START.lastIndex = panel.index;
    const start = START.exec(head);
    if (start) cut = start.index + start[0].length;
  }
  const ed = new TextEditor(text);
  if (cut < 0) return { ...ed.finish(), changes: 0, skipped: 0 };
  while (cut < text.length && text.charCodeAt(cut) === 0x0a) cut++;
  ed.replace(0, cut, "");
  return { ...ed.finish(), changes: 1, skipped: cut };
}
