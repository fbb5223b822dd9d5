// Walks the scan's inputs: files and folders, recursively, in a stable order, without ever looping.
// Hidden entries (name starting with ".") are skipped: .git, .DS_Store, editor backups.
// Symbolic links are followed, but every folder is entered once (dev+ino), so a link loop ends.
import type { Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { ClausegapError } from "../core/errors.js";

/** One thing the walk found: a file to scan, a path it could not read, or a non-file it passes over. */
export type WalkEntry =
  | { readonly kind: "file"; readonly relPath: string; readonly absPath: string }
  | { readonly kind: "error"; readonly relPath: string; readonly error: ClausegapError }
  | { readonly kind: "skipped"; readonly relPath: string; readonly reason: string };

export interface WalkResult {
  /** The folder every relPath is relative to: the common ancestor of the inputs' folders. */
  readonly base: string;
  readonly entries: readonly WalkEntry[];
}

export interface WalkOptions {
  /**
   * The scan's output folder: never entered when it lies inside an input; when it is an input
   * itself (reports beside the contracts), entered, but the summary files in it are passed over.
   */
  readonly outDir?: string;
}

/** Reports written by clausegap (or their temp files): never analysed as contracts. */
const OWN_REPORT = /\.gap\.(json|md)(\.\d{1,10})?$/;
const OWN_SUMMARY = /^summary\.(csv|json|md)(\.\d{1,10})?$/;

const identity = (s: Stats) => `${s.dev}:${s.ino}`;

function unreadable(relPath: string, e: unknown): ClausegapError {
  const reason = (e as NodeJS.ErrnoException).code ?? "read error";
  return new ClausegapError("FILE_UNREADABLE", { path: relPath, reason }, { cause: e });
}

/** The deepest folder that contains every one of the given absolute folders. */
export function commonAncestor(folders: readonly string[]): string {
  const split = folders.map((f) => path.resolve(f).split(path.sep));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  const common = first.slice(0, n).join(path.sep);
  return common === "" ? path.parse(path.resolve(folders[0] ?? ".")).root : common;
}

async function statInputs(inputs: readonly string[]): Promise<Array<{ abs: string; stats: Stats }>> {
  return Promise.all(
    inputs.map(async (input) => {
      const abs = path.resolve(input);
      try {
        return { abs, stats: await stat(abs) };
      } catch (e) {
        throw unreadable(input, e); // a mistyped input is a usage error, not an error row
      }
    }),
  );
}

class Walker {
  readonly entries: WalkEntry[] = [];
  private readonly seenDirs = new Set<string>();
  private readonly seenFiles = new Set<string>();

  constructor(
    private readonly base: string,
    private readonly outId: string | undefined,
  ) {}

  private rel(abs: string): string {
    return path.relative(this.base, abs).split(path.sep).join("/");
  }

  /** `parentId`: the folder the walk found this in; undefined for an input named by the user. */
  visit(abs: string, stats: Stats, parentId?: string): Promise<void> | void {
    if (stats.isDirectory()) return this.walkDir(abs, stats, parentId === undefined);
    const relPath = this.rel(abs);
    if (!stats.isFile()) {
      this.entries.push({ kind: "skipped", relPath, reason: "not a regular file" });
      return;
    }
    if (parentId !== undefined && this.isOwnOutput(path.basename(abs), parentId)) return;
    if (this.seenFiles.has(identity(stats))) return; // the same file reached twice
    this.seenFiles.add(identity(stats));
    this.entries.push({ kind: "file", relPath, absPath: abs });
  }

  private isOwnOutput(name: string, parentId: string): boolean {
    return OWN_REPORT.test(name) || (parentId === this.outId && OWN_SUMMARY.test(name));
  }

  private async walkDir(abs: string, stats: Stats, isInput: boolean): Promise<void> {
    const id = identity(stats);
    if (this.seenDirs.has(id)) return; // a link loop or a repeated input
    if (id === this.outId && !isInput) return; // the output folder inside an input
    this.seenDirs.add(id);
    let names: string[];
    try {
      names = (await readdir(abs)).sort();
    } catch (e) {
      this.entries.push({ kind: "error", relPath: this.rel(abs), error: unreadable(this.rel(abs), e) });
      return;
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const child = path.join(abs, name);
      let childStats: Stats;
      try {
        childStats = await stat(child); // follows links; a dangling link lands in the catch
      } catch (e) {
        this.entries.push({ kind: "error", relPath: this.rel(child), error: unreadable(this.rel(child), e) });
        continue;
      }
      await this.visit(child, childStats, id);
    }
  }
}

/**
 * Lists what the inputs hold. A missing input throws FILE_UNREADABLE (usage error); inside the
 * walk, unreadable folders and dangling links become error entries and the walk goes on.
 */
export async function walkInputs(inputs: readonly string[], options: WalkOptions = {}): Promise<WalkResult> {
  const roots = await statInputs(inputs);
  const base = commonAncestor(roots.map((r) => (r.stats.isDirectory() ? r.abs : path.dirname(r.abs))));
  const out = options.outDir ? await stat(options.outDir).catch(() => undefined) : undefined;
  const walker = new Walker(base, out && identity(out));
  for (const root of roots) await walker.visit(root.abs, root.stats);
  return { base, entries: walker.entries };
}
