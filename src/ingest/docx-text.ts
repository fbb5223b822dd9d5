// Mammoth's document tree → text, one paragraph per line (table cells too). Mammoth's own raw-text
// output separates paragraphs by blank lines and drops line breaks (w:br), so we walk the tree ourselves.

interface MammothElement {
  readonly type: string;
  readonly value?: string;
  readonly checked?: boolean;
  readonly children?: readonly MammothElement[];
}

class LineWriter {
  readonly lines: string[] = [];
  current = "";
}

function walk(el: MammothElement, w: LineWriter): void {
  switch (el.type) {
    case "text":
      w.current += el.value ?? "";
      return;
    case "tab":
      w.current += "\t";
      return;
    case "break": // a line break inside a paragraph is still a line a reader sees
      w.current += "\n";
      return;
    case "checkbox":
      w.current += el.checked ? "☑" : "☐";
      return;
    case "paragraph": {
      // A paragraph inside a paragraph (a text box) becomes its own line before its host's.
      const host = w.current;
      w.current = "";
      for (const c of el.children ?? []) walk(c, w);
      w.lines.push(w.current);
      w.current = host;
      return;
    }
    default:
      for (const c of el.children ?? []) walk(c, w);
  }
}

/** The document's paragraphs joined by "\n" (footnotes and comments are not part of the body). */
export function documentText(root: unknown): string {
  const w = new LineWriter();
  walk(root as MammothElement, w);
  if (w.current !== "") w.lines.push(w.current);
  return w.lines.join("\n");
}
