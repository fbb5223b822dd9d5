// Atomic writes: whole files or none, the requested mode, no temporary file left after a failure.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempNameOf, writeFileAtomically, writeFileAtomicallySync } from "../../src/scan/atomic-file.js";
import { sweepTempFiles } from "../../src/scan/write.js";
import { tempDir } from "./helpers.js";

// The server's store writes with the async writer, the scan's workers with the synchronous one.
const writers = [
  { name: "writeFileAtomically", write: writeFileAtomically },
  {
    name: "writeFileAtomicallySync",
    write: async (file: string, text: string, mode?: number) => writeFileAtomicallySync(file, text, mode),
  },
];

describe.each(writers)("$name", ({ write: writeFileAtomically }) => {
  it("writes the text, replaces an earlier file whole, and leaves nothing else", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "a.gap.json");
    await writeFile(file, "old contents, longer than the new ones");
    await writeFileAtomically(file, "新しい");
    expect(await readFile(file, "utf8")).toBe("新しい");
    expect(await readdir(dir)).toEqual(["a.gap.json"]);
  });

  it.skipIf(process.platform === "win32")("creates the file with the mode asked for", async () => {
    const file = path.join(await tempDir(), "x.json");
    await writeFileAtomically(file, "{}", 0o600);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("fails without a trace when the target cannot be written", async () => {
    const dir = await tempDir();
    await expect(writeFileAtomically(path.join(dir, "missing", "x.json"), "{}")).rejects.toThrow(/ENOENT/);
    const blocker = path.join(dir, "taken"); // renaming a file over a folder fails after the write
    await writeFile(path.join(dir, "keep.txt"), "");
    await import("node:fs/promises").then((fs) => fs.mkdir(blocker));
    await expect(writeFileAtomically(blocker, "{}")).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(["keep.txt", "taken"]); // the temp file is gone
  });
});

describe("tempNameOf", () => {
  it("names its temporary file <target>.<uint32>, a name the scan's sweep removes after a crash", async () => {
    const dir = await tempDir();
    const temp = tempNameOf(path.join(dir, "r.gap.json"));
    expect(path.basename(temp)).toMatch(/^r\.gap\.json\.\d{1,10}$/);
    await writeFile(temp, "{half");
    await sweepTempFiles([dir]);
    expect(await readdir(dir)).toEqual([]);
  });
});
