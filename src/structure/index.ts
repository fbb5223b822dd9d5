// structure: NormalizedText → ContractDocument (provision tree, flat clauses, parties). README.md beside
// this file says what it reads and what it guarantees. Never throws; linear in the text.
import { diagnostic } from "../core/diagnostics.js";
import { type Span, sliceSpan } from "../core/span.js";
import type { ContractDocument, NormalizedText } from "../core/types.js";
import { TreeBuilder } from "./builder.js";
import { collectClauses } from "./clauses.js";
import { Namer } from "./labels.js";
import { bareHeadings, decideMode } from "./modes.js";
import { CLAUSES_SPLIT, splitOversized } from "./oversized.js";
import { findParties } from "./parties.js";
import { scan, splitIntoLines } from "./scanner.js";
import { findTitle, signatureStart, type TitleFound } from "./tail.js";
import { type DraftNode, draft, hasText, skipForward, trimBack } from "./tree.js";

const UNNUMBERED = diagnostic(
  "STRUCTURE_UNNUMBERED",
  "条・項の番号も見出しも見つからないため、段落（行）ごとに一つの条項として解析しました。",
  "No article numbers or headings were found: each paragraph (line) was analysed as one clause.",
);
const SIGNATURE_CUES = /記名|署名|押印|捺印|印$|印\n|㊞|代表者|代表取締役|会社名|氏名/;

function preambleNode(text: string, from: number, to: number): DraftNode[] {
  const start = skipForward(text, from, to);
  if (!hasText(text, start, to)) return [];
  const preamble = draft("preamble", start, { containerLabel: "前文" });
  preamble.end = trimBack(text, to, start);
  return [preamble];
}

/**
 * Title, 前文 and 目次: what stands before the first provision. The table of contents is a node of its
 * own (kind title: a heading block, never analysed): its entries name provisions but state nothing.
 */
function headNodes(
  text: string,
  title: TitleFound | undefined,
  toc: Span | undefined,
  firstStart: number,
): DraftNode[] {
  const nodes: DraftNode[] = [];
  if (title) {
    const node = draft("title", title.span.start, { containerLabel: "表題", heading: title.title });
    node.end = title.span.end;
    nodes.push(node);
  }
  const from = title ? title.span.end : 0;
  if (!toc || toc.start < from || toc.end > firstStart)
    return [...nodes, ...preambleNode(text, from, firstStart)];
  const contents = draft("title", toc.start, { containerLabel: "目次" });
  contents.end = toc.end;
  return [
    ...nodes,
    ...preambleNode(text, from, toc.start),
    contents,
    ...preambleNode(text, toc.end, firstStart),
  ];
}

/** Parties never cost the document: a broken lexicon leaves them empty (its test fails loudly). */
function partiesOf(text: string, title: string | undefined): ContractDocument["parties"] {
  try {
    return findParties(text, title);
  } catch {
    return [];
  }
}

function buildDocument(normalized: NormalizedText, text: string): ContractDocument {
  const lines = splitIntoLines(text);
  const { events: all, toc } = scan(text, lines);
  const title = findTitle(text, all);
  const events = title ? all.filter((e) => e.pos >= title.span.end) : all;
  const bare = bareHeadings(text, events);
  const mode = decideMode(text, events, bare);
  const sig = signatureStart(text, lines);
  const signature = sig !== undefined && events.length > 0 && sig > events[0]!.pos ? sig : undefined;
  const roots = new TreeBuilder({ text, events, mode, bareHeadings: bare, signature }).build();
  for (const r of roots) {
    if (r.kind === "signature")
      Object.assign(r, { containerLabel: SIGNATURE_CUES.test(sliceSpan(text, r)) ? "署名欄" : "末尾" });
  }
  const nodes = [...headNodes(text, title, toc, roots[0]?.start ?? text.length), ...roots];
  const namer = new Namer(text);
  const provisions = nodes.map((n) => namer.freeze(n));
  const clauses = collectClauses(text, nodes, namer.names);
  return {
    text,
    ...(title ? { title: sliceSpan(text, title.title) } : {}),
    provisions,
    clauses,
    parties: partiesOf(text, title ? sliceSpan(text, title.title) : undefined),
    normalized,
    diagnostics: [
      ...(mode.mode === "plain" && clauses.length > 1 ? [UNNUMBERED] : []),
      ...(clauses.some((c) => c.id.includes("~")) ? [CLAUSES_SPLIT] : []),
    ],
  };
}

export function structure(normalized: NormalizedText): ContractDocument {
  const text = typeof normalized?.text === "string" ? normalized.text : "";
  try {
    return buildDocument(normalized, text);
  } catch {
    // A bug must not lose the document: analyse it as one clause and say so.
    const span = { start: 0, end: text.length };
    const note = diagnostic(
      "STRUCTURE_FALLBACK",
      "文書の構造を読み取れなかったため、全体を一つの条項として解析しました。",
      "The document's structure could not be read; it was analysed as a single clause.",
    );
    return {
      text,
      provisions: [{ id: "doc", kind: "clause", label: "本文", span, children: [] }],
      clauses: text ? splitOversized(text, { id: "doc", label: "本文", span, text }) : [],
      parties: [],
      normalized,
      diagnostics: [note],
    };
  }
}
