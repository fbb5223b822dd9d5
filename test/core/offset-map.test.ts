import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComposedMap, TextEditor } from "../../src/core/offset-map.js";

describe("TextEditor and EditMap", () => {
  it("maps around a shortening replacement (two spaces → one)", () => {
    const ed = new TextEditor("ab  cd");
    ed.replace(2, 4, " ");
    const { text, map } = ed.finish();
    expect(text).toBe("ab cd");
    expect([0, 1, 2, 3, 4, 5].map((o) => map.toSource(o))).toEqual([0, 1, 2, 4, 5, 6]);
    expect([0, 1, 2, 3, 4, 5, 6].map((s) => map.toNormalized(s))).toEqual([0, 1, 2, 3, 3, 4, 5]);
  });

  it("maps around a lengthening replacement and a deletion", () => {
    const ed = new TextEditor("x①y\u200bz");
    ed.replace(1, 2, "(1)");
    ed.replace(3, 4, "");
    const { text, map } = ed.finish();
    expect(text).toBe("x(1)yz");
    // Inside the replacement the source offset is clamped to the replaced character.
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => map.toSource(o))).toEqual([0, 1, 2, 2, 2, 4, 5]);
  });

  it("never throws on an out-of-order edit and ignores it", () => {
    const ed = new TextEditor("abcdef");
    ed.replace(3, 4, "X");
    ed.replace(1, 2, "Y");
    expect(ed.finish().text).toBe("abcXef");
  });

  it("composes passes: offsets go back through every pass to the source", () => {
    const first = new TextEditor("a\r\nb  c");
    first.replace(1, 3, "\n");
    const one = first.finish(); // "a\nb  c"
    const second = new TextEditor(one.text);
    second.replace(3, 5, " ");
    const two = second.finish(); // "a\nb c"
    const map = new ComposedMap([one.map, two.map]);
    expect(two.text).toBe("a\nb c");
    expect(map.toSource(4)).toBe(6); // "c"
    expect(map.toSource(2)).toBe(3); // "b"
    expect(map.toNormalized(6)).toBe(4);
  });

  it("property: kept characters map to themselves, the map is monotone and stays in range", () => {
    const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 3 }), text: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(edit, { maxLength: 8 }), (input, edits) => {
        const ed = new TextEditor(input);
        const kept: boolean[] = [];
        let cursor = 0;
        for (const e of [...edits].sort((a, b) => a.at - b.at)) {
          const from = Math.min(Math.max(e.at, cursor), input.length);
          const to = Math.min(from + e.len, input.length);
          for (let i = cursor; i < from; i++) kept.push(true);
          ed.replace(from, to, e.text);
          for (let i = 0; i < e.text.length; i++) kept.push(false);
          cursor = to;
        }
        for (let i = cursor; i < input.length; i++) kept.push(true);
        const { text, map } = ed.finish();
        let previous = 0;
        for (let o = 0; o <= text.length; o++) {
          const s = map.toSource(o);
          expect(s).toBeGreaterThanOrEqual(previous);
          expect(s).toBeLessThanOrEqual(input.length);
          if (o < text.length && kept[o]) expect(input[s]).toBe(text[o]);
          previous = s;
        }
      }),
    );
  });
});
