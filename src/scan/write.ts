// Output files: where a file's reports go, atomic writes (temp file + rename, so an interrupted
// scan never leaves a partial report), and the clean-up of what a killed run left behind.
import { mkdirSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { ClausegapError } from "../core/errors.js";
import { writeFileAtomicallySync } from "./atomic-file.js";
import type { ReportFormat } from "./format.js";

export const REPORT_FORMATS: readonly ReportFormat[] = ["json", "md"];

/** `<out>/<relative path>.gap.<format>`: the output tree mirrors the input tree. */
export function reportPath(out: string, relPath: string, format: ReportFormat): string {
  return `${path.join(out, ...relPath.split("/"))}.gap.${format}`;
}

/** Creates the output folder and proves it writable (a probe folder: root ignores file modes). */
export async function prepareOutDir(out: string): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
    await rmdir(await mkdtemp(path.join(out, ".clausegap-probe-")));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? "write error";
    throw new ClausegapError("OUTPUT_UNWRITABLE", { path: out, reason }, { cause: e });
  }
}

/**
 * Folders this thread has made or found: most reports go into a folder an earlier report already
 * made (a mkdir per report was a sixth of the scan's file-system time in the profile).
 */
const madeDirs = new Set<string>();

function writeInto(file: string, text: string): void {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
  madeDirs.add(dir);
  try {
    writeFileAtomicallySync(file, text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    mkdirSync(dir, { recursive: true }); // someone removed the folder since: make it again, once
    writeFileAtomicallySync(file, text);
  }
}

/** Synchronous: reports are written by the scan worker that made them (scan-file.ts). */
export function writeAtomic(file: string, text: string): void {
  try {
    writeInto(file, text);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? "write error";
    throw new ClausegapError("OUTPUT_UNWRITABLE", { path: file, reason }, { cause: e });
  }
}

/**
 * Writes a fresh report in the asked formats (JSON first, then the others; rendered by the worker)
 * and removes a report of another format left by an earlier run: it describes the file's old content.
 */
export function writeReports(
  out: string,
  relPath: string,
  rendered: Partial<Record<ReportFormat, string>>,
  formats: readonly ReportFormat[],
): void {
  for (const format of REPORT_FORMATS) {
    const file = reportPath(out, relPath, format);
    const text = rendered[format];
    if (!formats.includes(format)) rmSync(file, { force: true });
    else if (text === undefined) throw new Error(`no ${format} rendering of ${relPath}`);
    else writeAtomic(file, text);
  }
}

/** Removes a file's earlier reports: after a failure they would describe content that is gone. */
export function removeReports(out: string, relPath: string): void {
  for (const format of REPORT_FORMATS) rmSync(reportPath(out, relPath, format), { force: true });
}

/** Temp names of atomic-file.ts: `<target>.<uint32>`; only a killed run leaves them behind. */
const TEMP_FILE = /(\.gap\.(json|md)|^summary\.(csv|json|md))\.\d{1,10}$/;

/** Deletes temp files a killed run left in these output folders (the folders need not exist). */
export async function sweepTempFiles(dirs: Iterable<string>): Promise<void> {
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) if (TEMP_FILE.test(name)) await rm(path.join(dir, name), { force: true });
  }
}
