// Markdown helpers: escaping contract text so it renders as written (and never as HTML), quotes.

/** Escapes Markdown and HTML syntax in text taken from a contract or a file name. */
export function escapeMd(text: string): string {
  return text.replace(/[\\`*_[\]|<>#]/g, "\\$&").replace(/&/g, "&amp;");
}

/** A table cell: escaped, on one line. */
export function cell(text: string): string {
  return escapeMd(text.replace(/\s*\n\s*/g, " "));
}

/** A block quote of possibly multi-line text, with an optional bold lead (the provision label). */
export function blockquote(text: string, lead?: string): string {
  const lines = text.split(/\r?\n/).map((l) => escapeMd(l.trim()));
  if (lead) lines[0] = `**${escapeMd(lead)}**　${lines[0] ?? ""}`;
  return lines.map((l) => (l ? `> ${l}` : ">")).join("\n");
}

export function formatInt(n: number): string {
  return n.toLocaleString("en-US");
}
