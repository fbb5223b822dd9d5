import { mkdir, symlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isClausegapError } from "../../src/core/errors.js";
import { commonAncestor, walkInputs } from "../../src/scan/walk.js";
import { put, tempDir } from "./helpers.js";

const summarise = (entries: Awaited<ReturnType<typeof walkInputs>>["entries"]) =>
  entries.map((e) => `${e.kind}:${e.relPath}${e.kind === "error" ? `:${e.error.code}` : ""}`);

describe("walkInputs", () => {
  it("walks nested folders in name order and skips hidden files and folders", async () => {
    const root = await tempDir();
    await put(root, "b/z.txt", "z");
    await put(root, "b/a.txt", "a");
    await put(root, "a.pdf", "p");
    await put(root, ".git/config", "x");
    await put(root, "b/.DS_Store", "x");
    const { base, entries } = await walkInputs([root]);
    expect(base).toBe(root);
    expect(summarise(entries)).toEqual(["file:a.pdf", "file:b/a.txt", "file:b/z.txt"]);
  });

  it("follows links but ends a link loop, and reports a dangling link as an error entry", async () => {
    const root = await tempDir();
    await put(root, "in/sub/a.txt", "a");
    await symlink("..", path.join(root, "in", "sub", "up")); // in/sub/up → in
    await symlink(path.join(root, "in", "sub", "a.txt"), path.join(root, "in", "same-file.txt"));
    await symlink(path.join(root, "gone.txt"), path.join(root, "in", "dangling.txt"));
    await put(root, "elsewhere/b.txt", "b");
    await symlink(path.join(root, "elsewhere"), path.join(root, "in", "linked"));
    const { entries } = await walkInputs([path.join(root, "in")]);
    expect(summarise(entries)).toEqual([
      "error:dangling.txt:FILE_UNREADABLE",
      "file:linked/b.txt",
      "file:same-file.txt", // reached first under this name; sub/a.txt is the same file, listed once
    ]);
  });

  it("never enters the output folder inside an input, and passes over clausegap's own files", async () => {
    const root = await tempDir();
    await put(root, "a.txt", "a");
    await put(root, "out/b.txt", "in the output folder");
    await put(root, "old-reports/x.txt.gap.json", "{}"); // clausegap's own output elsewhere
    await put(root, "old-reports/x.txt.gap.md.12345", "temp file of a killed run");
    await put(root, "old-reports/summary.csv", "not in the output folder: a file like any other");
    const { entries } = await walkInputs([root], { outDir: path.join(root, "out") });
    expect(summarise(entries)).toEqual(["file:a.txt", "file:old-reports/summary.csv"]);
  });

  it("walks an output folder that is an input itself, passing over its reports and summaries", async () => {
    const root = await tempDir();
    await put(root, "a.txt", "a");
    await put(root, "a.txt.gap.json", "{}");
    await put(root, "summary.csv", "path");
    await put(root, "summary.json.42", "{");
    await put(root, "sub/summary.md", "a contract that happens to be named summary.md");
    const { entries } = await walkInputs([root], { outDir: root });
    expect(summarise(entries)).toEqual(["file:a.txt", "file:sub/summary.md"]);
  });

  it("names files relative to the common folder of several inputs, each file once", async () => {
    const root = await tempDir();
    await put(root, "x/one/a.txt", "a");
    await put(root, "x/two/a.txt", "a2");
    const { base, entries } = await walkInputs([
      path.join(root, "x", "one"),
      path.join(root, "x", "two", "a.txt"),
      path.join(root, "x", "one", "a.txt"),
    ]);
    expect(base).toBe(path.join(root, "x"));
    expect(summarise(entries)).toEqual(["file:one/a.txt", "file:two/a.txt"]);
  });

  it("lists a FIFO as skipped instead of blocking on it", async () => {
    const root = await tempDir();
    await mkdir(path.join(root, "in"));
    const { execFileSync } = await import("node:child_process");
    execFileSync("mkfifo", [path.join(root, "in", "pipe")]);
    const { entries } = await walkInputs([path.join(root, "in")]);
    expect(summarise(entries)).toEqual(["skipped:pipe"]);
  });

  it("throws FILE_UNREADABLE for a missing input", async () => {
    const root = await tempDir();
    const error = await walkInputs([path.join(root, "missing")]).catch((e) => e);
    expect(isClausegapError(error) && error.code).toBe("FILE_UNREADABLE");
  });

  it("finds the common ancestor of folders", () => {
    expect(commonAncestor(["/a/b/c", "/a/b/d/e"])).toBe("/a/b");
    expect(commonAncestor(["/a/b", "/a/bc"])).toBe("/a");
    expect(commonAncestor(["/x", "/y"])).toBe("/");
    expect(commonAncestor(["/a/b"])).toBe("/a/b");
  });
});
