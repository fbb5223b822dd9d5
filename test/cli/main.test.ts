import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("cli", () => {
  it("prints help and exits 0", async () => {
    const c = capture();
    expect(await main(["--help"], c.io)).toBe(0);
    expect(c.out.join("")).toContain("Usage: clausegap");
  });

  it("exits 2 with a bilingual, code-tagged message and no stack for a missing file", async () => {
    const c = capture();
    expect(await main(["parse", "/nonexistent/file.txt"], c.io)).toBe(2);
    const err = c.err.join("");
    expect(err).toContain("[FILE_UNREADABLE]");
    expect(err).toContain("ファイルを読み込めません");
    expect(err).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it("exits 2 on an unknown command", async () => {
    const c = capture();
    expect(await main(["frobnicate"], c.io)).toBe(2);
  });
});
