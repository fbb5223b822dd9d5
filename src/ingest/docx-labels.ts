// Restores Word's automatic numbering in the text: mammoth drops the labels that numbering definitions
// draw (real-files #12/#13: 第1条 is not in the text), so each numbered paragraph of document.xml gets
// its label written in as a leading run before mammoth reads it. Mammoth then keeps it with its paragraph
// wherever that paragraph ends up (tables, text boxes, tracked changes).
import { XMLSerializer } from "@xmldom/xmldom";
import { ListCounters, type ListLabel } from "./docx-counters.js";
import { type NumberingModel, type NumPr, readNumPr, type StyleDef } from "./docx-numbering.js";
import { childElements, W_NS, wChild, wVal, type XmlDocument, type XmlElement } from "./ooxml.js";

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** The styles a paragraph inherits from, nearest first (w:basedOn chain, cycles cut). */
function styleChain(model: NumberingModel, styleId: string | undefined): StyleDef[] {
  const chain: StyleDef[] = [];
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id) && chain.length < 20; ) {
    seen.add(id);
    const style = model.styles.get(id);
    if (!style) break;
    chain.push(style);
    id = style.basedOn;
  }
  return chain;
}

/** numId and level of a paragraph: its own w:numPr first, then its style's (numId "0" = no list). */
function paragraphNumPr(
  model: NumberingModel,
  counters: ListCounters,
  pPr: XmlElement | undefined,
): Required<NumPr> | undefined {
  const direct = readNumPr(pPr);
  const styleId = wVal(pPr, "pStyle") ?? model.defaultParagraphStyle;
  const fromStyles = styleChain(model, styleId).flatMap((s) => (s.numPr ? [s.numPr] : []));
  const numId = direct?.numId ?? fromStyles.find((n) => n.numId !== undefined)?.numId;
  if (numId === undefined || numId === "0") return undefined;
  const ilvl =
    direct?.ilvl ??
    fromStyles.find((n) => n.ilvl !== undefined)?.ilvl ??
    levelOfStyle(counters, numId, styleId) ??
    0;
  return { numId, ilvl };
}

/** A style attached to a list level through the level's w:pStyle (real-files #13's heading style). */
function levelOfStyle(
  counters: ListCounters,
  numId: string,
  styleId: string | undefined,
): number | undefined {
  if (!styleId) return undefined;
  for (const [ilvl, def] of counters.resolve(numId)?.abstract.levels ?? [])
    if (def.pStyle === styleId) return ilvl;
  return undefined;
}

/** A paragraph whose mark is deleted (tracked change) or hidden draws no number. */
function drawsNoNumber(pPr: XmlElement | undefined): boolean {
  const rPr = wChild(pPr, "rPr");
  return (
    wChild(rPr, "del") !== undefined || (wChild(rPr, "vanish") !== undefined && wVal(rPr, "vanish") !== "0")
  );
}

function labelText(label: ListLabel): string {
  if (label.text === "") return "";
  if (label.suff === "nothing" || /\s$/u.test(label.text)) return label.text;
  return `${label.text} `;
}

function insertLabel(doc: XmlDocument, p: XmlElement, pPr: XmlElement | undefined, text: string): void {
  const run = doc.createElementNS(W_NS, "w:r");
  const t = doc.createElementNS(W_NS, "w:t");
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
  t.appendChild(doc.createTextNode(text));
  run.appendChild(t);
  p.insertBefore(run, pPr ? pPr.nextSibling : p.firstChild);
}

/**
 * Paragraphs in document order; mc:Choice is skipped because mammoth reads the mc:Fallback copy. An
 * explicit stack, not recursion: thousands of nested w:sdt overflowed the call stack.
 */
function paragraphs(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = childElements(root).reverse();
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el.namespaceURI === MC_NS && el.localName === "Choice") continue;
    if (el.namespaceURI === W_NS && el.localName === "p") out.push(el);
    const children = childElements(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Longest automatic label written into the text. */
const MAX_LABEL_CHARS = 40;

/** Writes every automatic label into the document; returns how many were written. */
export function injectNumberingLabels(doc: XmlDocument, model: NumberingModel): number {
  const counters = new ListCounters(model);
  let written = 0;
  for (const p of paragraphs(doc.documentElement)) {
    const pPr = wChild(p, "pPr");
    const numPr = paragraphNumPr(model, counters, pPr);
    if (!numPr || drawsNoNumber(pPr)) continue;
    const label = counters.next(numPr.numId, numPr.ilvl);
    const text = label ? labelText(label) : "";
    // A list label is a few characters (「第12条」「(3)」): a long lvlText repeated on every paragraph of
    // a hostile file would multiply into gigabytes, so such labels are left out.
    if (text === "" || text.length > MAX_LABEL_CHARS) continue;
    insertLabel(doc, p, pPr, text);
    written++;
  }
  return written;
}

export function serializeXml(doc: XmlDocument): string {
  return new XMLSerializer().serializeToString(doc);
}
