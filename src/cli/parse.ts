// `clausegap parse <file>`: prints the structured document as JSON or as an indented outline of the
// provisions a reader sees (labels, headings, the start of each provision's own text).
import type { Diagnostic } from "../core/diagnostics.js";
import type { ContractDocument, Provision } from "../core/types.js";

function warnings(doc: ContractDocument): Diagnostic[] {
  return [...doc.normalized.source.diagnostics, ...doc.normalized.diagnostics, ...doc.diagnostics];
}

function provisionJson(doc: ContractDocument, p: Provision): unknown {
  return {
    id: p.id,
    kind: p.kind,
    label: p.label,
    ...(p.number !== undefined ? { number: p.number } : {}),
    ...(p.heading ? { heading: p.heading } : {}),
    span: p.span,
    ...(p.children.length
      ? { children: p.children.map((c) => provisionJson(doc, c)) }
      : { text: doc.text.slice(p.span.start, p.span.end) }),
  };
}

export function documentToJson(doc: ContractDocument): unknown {
  const source = doc.normalized.source;
  return {
    title: doc.title,
    format: source.format,
    encoding: source.encoding,
    pages: source.pageCount,
    chars: doc.text.length,
    parties: doc.parties,
    provisions: doc.provisions.map((p) => provisionJson(doc, p)),
    clauses: doc.clauses.map((c) => ({
      id: c.id,
      label: c.label,
      ...(c.heading ? { heading: c.heading } : {}),
      span: c.span,
      text: c.text,
    })),
    warnings: warnings(doc).map((w) => ({ code: w.code, message: w.message })),
  };
}

const PREVIEW = 40;
/** The label and heading a provision's text starts with: 「（目的）第1条」「第3条（報告）」「2.」「(1)」「事故時の対応.」. */
const HEADER =
  /^(?:[（(【][^）)】\n]{1,40}[）)】] ?)?(?:第 ?[0-9〇一二三四五六七八九十百千]{1,8}(?: ?[条章節款編])?(?:の ?[0-9一二三四五六七八九十]{1,4})? ?)?(?:[（(【][^）)】\n]{1,40}[）)】] ?)?/;
const MARKER =
  /^(?:[（(][0-9０-９一二三四五六七八九十ア-ンa-z]{1,3}[）)]|[0-9]{1,3}[.．)）]?|[①-⑳㉑-㉟⑴-⒇]|[一二三四五六七八九十]{1,3}|[ア-ン](?= ))/;

/** The start of the provision's own text (before its first child), without its number and heading. */
function preview(doc: ContractDocument, p: Provision): string {
  if (p.kind === "title") return "";
  const end = p.children[0]?.span.start ?? p.span.end;
  let own = doc.text
    .slice(p.span.start, Math.min(end, p.span.start + 300))
    .replace(/\s+/g, " ")
    .trim();
  if (p.kind === "clause" && p.heading && own.startsWith(p.heading)) own = own.slice(p.heading.length + 1);
  else if (p.kind === "supplementary" || p.kind === "appendix")
    own = own.replace(/^附 ?則|^別[表紙記添][0-9 ]*/, "");
  else own = own.replace(p.kind === "article" ? HEADER : MARKER, "");
  own = own.trim();
  return own.length > PREVIEW ? `${own.slice(0, PREVIEW)}…` : own;
}

/** 「第2条第1項第3号」 under 「第2条第1項」 prints as 「第3号」; 「第4の2項」 under 「第4」 as 「第2項」. */
function shortLabel(p: Provision, parent?: Provision): string {
  if (!parent || !p.label.startsWith(parent.label) || p.label === parent.label) return p.label;
  const rest = p.label.slice(parent.label.length);
  if (!rest.startsWith("の")) return rest;
  return /^の[0-9]/.test(rest) ? `第${rest.slice(1)}` : rest.slice(1);
}

function headerLines(doc: ContractDocument): string[] {
  const source = doc.normalized.source;
  const lines = doc.title ? [`# ${doc.title}`] : [];
  const facts = [source.format, source.encoding, source.pageCount ? `${source.pageCount} pages` : undefined];
  lines.push(`${facts.filter(Boolean).join(", ")}; ${doc.text.length.toLocaleString("en")} characters`);
  if (doc.parties.length) {
    const parties = doc.parties.map(
      (p) => `${p.alias}${p.name ? ` = ${p.name}` : ""}${p.role ? ` (${p.role})` : ""}`,
    );
    lines.push(`parties: ${parties.join(", ")}`);
  }
  return [...lines, ""];
}

export function documentToText(doc: ContractDocument): string {
  const lines = headerLines(doc);
  const walk = (p: Provision, depth: number, parent?: Provision) => {
    const heading = p.heading ? `（${p.heading}）` : "";
    const text = preview(doc, p);
    lines.push(`${"  ".repeat(depth)}${shortLabel(p, parent)}${heading}${text ? `  ${text}` : ""}`);
    for (const c of p.children) walk(c, depth + 1, p);
  };
  for (const p of doc.provisions) walk(p, 0);
  lines.push(
    "",
    `${doc.clauses.length} clauses (the units analysed: one per 項; titles and signature blocks excluded)`,
  );
  const notes = warnings(doc);
  if (notes.length) lines.push("warnings:");
  for (const w of notes) lines.push(`  [${w.code}] ${w.message.ja}`, `    ${w.message.en}`);
  return `${lines.join("\n")}\n`;
}
