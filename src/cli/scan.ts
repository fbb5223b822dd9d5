// `clausegap scan`: options → scan() → progress, a short summary on stdout, an exit code.
import path from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { Severity } from "../core/ids.js";
import { loadReferenceFile } from "../reference/index.js";
import { scanExitCode } from "../scan/exit.js";
import { createProgress, type ProgressMode } from "../scan/progress.js";
import { type ScanResult, scan } from "../scan/run.js";
import { guardSignals } from "../scan/signals.js";
import { SUMMARY_FORMATS, type SummaryFormat } from "../scan/summary/index.js";
import { type CliIO, processIO, reportError } from "./io.js";

interface ScanCliOptions {
  readonly out: string;
  readonly jobs?: number;
  readonly format: "json" | "md";
  readonly summary: SummaryFormat[];
  readonly failOn?: Severity;
  readonly reference?: string;
  readonly force?: boolean;
  readonly quiet?: boolean;
}

const EXIT_HELP = `
Reports: <out>/<path>.gap.json for every file (and .gap.md with --format md), mirroring the
input tree; summary.csv (UTF-8 with BOM), summary.json and summary.md in <out>. A rerun keeps
the reports that are up to date (same file sha256, baseline and tool version): --force redoes all.
Hidden files and folders are skipped; pictures, audio and video are listed as skipped.

Exit codes:
  0    done (one bad file is an error row in the summary, not the end of the scan)
  1    with --fail-on: a gap at or above that severity, or a file that could not be analysed
  2    usage or I/O error: no input files, a missing input, an unwritable --out, an unreadable
       or invalid --reference, a report that could not be written
  130  interrupted by Ctrl-C (143: by SIGTERM); the files in flight were finished and the summary
       lists what was done; run the same command again to resume. A second Ctrl-C stops at once.
`;

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new InvalidArgumentError("a whole number from 1 to 256");
  return n;
}

function parseSummary(value: string): SummaryFormat[] {
  const formats = value.split(",").map((f) => f.trim());
  const bad = formats.filter((f) => !(SUMMARY_FORMATS as readonly string[]).includes(f));
  if (bad.length) throw new InvalidArgumentError(`unknown summary format: ${bad.join(", ")} (csv, json, md)`);
  return [...new Set(formats as SummaryFormat[])];
}

/** Fills in the `scan` subcommand (created by main.ts with program.command, so it inherits the I/O). */
export function configureScanCommand(command: Command, io: CliIO, setExit: (code: number) => void): Command {
  return command
    .description("analyse every contract in folders and files; write one report per file and a summary")
    .argument("<paths...>", "folders and PDF, DOCX or text files")
    .requiredOption("--out <folder>", "output folder for the reports and the summary")
    .option("--jobs <n>", "worker threads (default: one per core)", parseJobs)
    .addOption(
      new Option("--format <format>", "report format: json is always written, md adds Markdown")
        .choices(["json", "md"])
        .default("json"),
    )
    .addOption(
      new Option("--summary <formats>", "summary files, comma-separated")
        .argParser(parseSummary)
        .default([...SUMMARY_FORMATS], "csv,json,md"),
    )
    .addOption(
      new Option("--fail-on <severity>", "exit 1 on gaps of this severity or higher").choices([
        "high",
        "medium",
        "low",
      ]),
    )
    .option("--reference <baseline.json>", "use this reference baseline instead of the bundled one")
    .option("--force", "analyse every file again, even when its report is up to date")
    .option("--quiet", "no progress output")
    .addHelpText("after", EXIT_HELP)
    .action(async (paths: string[], opts: ScanCliOptions) => {
      setExit(await runScanCommand(paths, opts, io));
    });
}

function progressMode(opts: ScanCliOptions, io: CliIO): ProgressMode {
  if (opts.quiet) return "none";
  return io === processIO && process.stderr.isTTY ? "bar" : "lines";
}

async function runScanCommand(paths: string[], opts: ScanCliOptions, io: CliIO): Promise<number> {
  const progress = createProgress({ mode: progressMode(opts, io), stream: process.stderr, write: io.err });
  const guard = guardSignals(() =>
    progress.notice(
      "clausegap scan: stopping after the files in flight (press Ctrl-C again to stop at once)\n",
    ),
  );
  try {
    const reference = opts.reference ? await loadReferenceFile(opts.reference) : undefined;
    const result = await scan({
      inputs: paths,
      out: opts.out,
      ...(opts.jobs ? { jobs: opts.jobs } : {}),
      reportFormats: [opts.format],
      summaryFormats: opts.summary,
      ...(reference ? { reference } : {}),
      force: opts.force ?? false,
      signal: guard.signal,
      progress,
    });
    const interruptedBy = result.summary.interrupted ? guard.received() : undefined;
    io.out(describeResult(result, interruptedBy !== undefined));
    return scanExitCode(result.summary, {
      ...(opts.failOn ? { failOn: opts.failOn } : {}),
      ...(interruptedBy ? { interruptedBy } : {}),
    });
  } catch (e) {
    return reportError(io, e);
  } finally {
    guard.dispose();
  }
}

const shown = (file: string) => {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
};

const MAX_LISTED = 10;
/** Per-file score lines on stdout; larger scans point to the summary files instead. */
const MAX_SCORED = 20;

/** The short summary printed on stdout at the end. */
export function describeResult(result: ScanResult, interrupted: boolean): string {
  const { totals: t, rows } = result.summary;
  const lines = [
    `clausegap scan: ${t.files} files: ${t.ok} ok (${t.cached} up to date from an earlier run), ${t.failed} failed, ${t.skipped} skipped`,
    `gaps: high ${t.gaps.high}, medium ${t.gaps.medium}, low ${t.gaps.low}`,
  ];
  const scored = rows.filter((r) => r.score !== undefined);
  for (const r of scored.slice(0, MAX_SCORED)) {
    const high = r.highGaps?.length ? `  high-severity gaps: ${r.highGaps.join(", ")}` : "";
    lines.push(`  ${String(r.score).padStart(3)}/100  ${r.path}${high}`);
  }
  if (scored.length > MAX_SCORED) lines.push(`  … and ${scored.length - MAX_SCORED} more (see the summary)`);
  const failed = rows.filter((r) => r.status === "failed");
  for (const r of failed.slice(0, MAX_LISTED))
    lines.push(`  failed: ${r.path} [${r.error?.code}] ${r.error?.message.en}`);
  if (failed.length > MAX_LISTED)
    lines.push(`  … and ${failed.length - MAX_LISTED} more failed (see the summary)`);
  if (interrupted)
    lines.push(`interrupted: ${t.pending} files not scanned; run the same command again to resume`);
  lines.push(`reports: ${shown(result.out)}`);
  if (result.summaryFiles.length) lines.push(`summary: ${result.summaryFiles.map(shown).join(", ")}`);
  return `${lines.join("\n")}\n`;
}
