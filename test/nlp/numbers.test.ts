import { describe, expect, it } from "vitest";
import { parseNumber } from "../../src/nlp/numbers.js";

describe("parseNumber", () => {
  it.each([
    ["24", 24],
    ["２４", 24],
    ["七十二", 72],
    ["二十四", 24],
    ["十", 10],
    ["百", 100],
    ["三", 3],
    ["二四", 24],
  ])("%s → %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it("rejects what is not a number", () => {
    expect(parseNumber("速やか")).toBeUndefined();
    expect(parseNumber("")).toBeUndefined();
  });
});
