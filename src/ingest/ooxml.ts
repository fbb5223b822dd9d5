// Small helpers over xmldom elements for WordprocessingML (w: namespace), shared by the DOCX readers.
import { DOMParser } from "@xmldom/xmldom";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export type XmlElement = ReturnType<DOMParser["parseFromString"]>["documentElement"];
export type XmlDocument = ReturnType<DOMParser["parseFromString"]>;

export class XmlFormatError extends Error {}

/** Parses XML; any fatal parse error (truncated or invalid part) raises XmlFormatError. Nothing is printed. */
export function parseXml(xml: string, part: string): XmlDocument {
  const fail = (msg: string) => {
    throw new XmlFormatError(`${part}: ${msg.split("\n")[0]}`);
  };
  const parser = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } });
  const doc = parser.parseFromString(xml, "application/xml");
  if (!doc?.documentElement) fail("no root element");
  return doc;
}

/** Element children (not text nodes) of a node. */
export function childElements(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as XmlElement);
  return out;
}

/** The first w:<local> child element, if any. */
export function wChild(node: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!node) return undefined;
  return childElements(node).find((c) => c.namespaceURI === W_NS && c.localName === local);
}

/** The w:val (or another w: attribute) of a w:<local> child. */
export function wVal(node: XmlElement | undefined, local: string, attr = "val"): string | undefined {
  const child = wChild(node, local);
  return child?.hasAttributeNS(W_NS, attr) ? child.getAttributeNS(W_NS, attr)! : undefined;
}

export function wAttr(node: XmlElement, attr: string): string | undefined {
  return node.hasAttributeNS(W_NS, attr) ? node.getAttributeNS(W_NS, attr)! : undefined;
}

/** All descendant w:<local> elements in document order. */
export function wElements(root: XmlDocument | XmlElement, local: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(W_NS, local)) as XmlElement[];
}

export function toInt(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
