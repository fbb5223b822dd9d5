// Word's list definitions (word/numbering.xml) and the paragraph styles that carry numbering
// (word/styles.xml), read into a plain model. Real-files #12: style 第n条 → numId 1, ilvl 1 →
// lvlText "第%2条"; #13: heading style → lvlText "第%1条", plus numPr lists "%1. ", "(%2)", ①, (ア).
import {
  childElements,
  toInt,
  wAttr,
  wChild,
  wElements,
  wVal,
  type XmlDocument,
  type XmlElement,
} from "./ooxml.js";

export interface LevelDef {
  readonly start: number;
  readonly numFmt: string;
  readonly lvlText: string;
  /** "tab" (Word's default), "space" or "nothing": what follows the label. */
  readonly suff: string;
  /** w:lvlRestart: undefined = restart whenever a higher level is used; 0 = never; n = when level n−1 (0-based) is used. */
  readonly restart?: number;
  /** w:isLgl: show every level's number in Arabic digits. */
  readonly legal: boolean;
  readonly pStyle?: string;
}

export interface AbstractNum {
  readonly levels: ReadonlyMap<number, LevelDef>;
  /** w:numStyleLink: the levels live in the abstractNum of this numbering style. */
  readonly numStyleLink?: string;
}

export interface NumInstance {
  readonly abstractNumId: string;
  /** w:lvlOverride/w:startOverride per level: the list restarts there when this num is first used. */
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, LevelDef>;
}

export interface NumPr {
  readonly numId?: string;
  readonly ilvl?: number;
}

export interface StyleDef {
  readonly basedOn?: string;
  readonly numPr?: NumPr;
}

export interface NumberingModel {
  readonly abstracts: ReadonlyMap<string, AbstractNum>;
  readonly nums: ReadonlyMap<string, NumInstance>;
  readonly styles: ReadonlyMap<string, StyleDef>;
  readonly defaultParagraphStyle?: string;
}

function readLevel(lvl: XmlElement): LevelDef {
  const restart = toInt(wVal(lvl, "lvlRestart"));
  const pStyle = wVal(lvl, "pStyle");
  return {
    start: toInt(wVal(lvl, "start")) ?? 0,
    numFmt: wVal(lvl, "numFmt") ?? "decimal",
    lvlText: wVal(lvl, "lvlText") ?? "",
    suff: wVal(lvl, "suff") ?? "tab",
    legal: wChild(lvl, "isLgl") !== undefined && wVal(lvl, "isLgl") !== "0",
    ...(restart === undefined ? {} : { restart }),
    ...(pStyle === undefined ? {} : { pStyle }),
  };
}

function readLevels(parent: XmlElement): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const lvl of childElements(parent).filter((c) => c.localName === "lvl")) {
    levels.set(toInt(wAttr(lvl, "ilvl")) ?? 0, readLevel(lvl));
  }
  return levels;
}

function readNum(num: XmlElement): NumInstance {
  const startOverrides = new Map<number, number>();
  const levelOverrides = new Map<number, LevelDef>();
  for (const o of childElements(num).filter((c) => c.localName === "lvlOverride")) {
    const ilvl = toInt(wAttr(o, "ilvl")) ?? 0;
    const start = toInt(wVal(o, "startOverride"));
    if (start !== undefined) startOverrides.set(ilvl, start);
    const lvl = wChild(o, "lvl");
    if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
  }
  return { abstractNumId: wVal(num, "abstractNumId") ?? "", startOverrides, levelOverrides };
}

/** numPr of a w:pPr: numId "0" is kept (it switches a style's numbering off). */
export function readNumPr(pPr: XmlElement | undefined): NumPr | undefined {
  const numPr = wChild(pPr, "numPr");
  if (!numPr) return undefined;
  const numId = wVal(numPr, "numId");
  const ilvl = toInt(wVal(numPr, "ilvl"));
  return { ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { ilvl }) };
}

function readStyles(styles: XmlDocument | undefined) {
  const map = new Map<string, StyleDef>();
  let defaultParagraphStyle: string | undefined;
  for (const s of styles ? wElements(styles, "style") : []) {
    const id = wAttr(s, "styleId");
    if (!id) continue;
    const type = wAttr(s, "type");
    if (type === "paragraph" && wAttr(s, "default") === "1") defaultParagraphStyle = id;
    const basedOn = wVal(s, "basedOn");
    const numPr = readNumPr(wChild(s, "pPr"));
    map.set(id, { ...(basedOn ? { basedOn } : {}), ...(numPr ? { numPr } : {}) });
  }
  return { map, defaultParagraphStyle };
}

/** Builds the model; either part may be missing (a DOCX without lists has no numbering.xml). */
export function readNumberingModel(
  numbering: XmlDocument | undefined,
  styles: XmlDocument | undefined,
): NumberingModel {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  for (const a of numbering ? wElements(numbering, "abstractNum") : []) {
    const link = wVal(a, "numStyleLink");
    abstracts.set(wAttr(a, "abstractNumId") ?? "", {
      levels: readLevels(a),
      ...(link ? { numStyleLink: link } : {}),
    });
  }
  for (const n of numbering ? wElements(numbering, "num") : []) nums.set(wAttr(n, "numId") ?? "", readNum(n));
  const { map, defaultParagraphStyle } = readStyles(styles);
  return { abstracts, nums, styles: map, ...(defaultParagraphStyle ? { defaultParagraphStyle } : {}) };
}
