// The CLI: argv → command → exit code. Exit codes: 0 done, 1 gaps at or above --fail-on, 2 usage or I/O error.
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parse } from "../analyzer.js";
import { readInput } from "../index.js";
import { formatReport } from "../report/formatters/index.js";
import { TOOL_VERSION } from "../version.js";
import { analyzeOnce } from "../worker/analyze-once.js";
import { type CliIO, processIO, reportError } from "./io.js";
import { documentToJson, documentToText } from "./parse.js";
import { chosenBaseline, configureReferenceCommand } from "./reference.js";
import { configureScanCommand } from "./scan.js";

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command("clausegap")
    .description(
      "Find the data-leak incident provisions of Japanese contracts and report the gaps against a reference baseline.\n" +
        "Exit codes: 0 done; 1 gaps at or above --fail-on were found; 2 usage, input or I/O error.",
    )
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command("parse")
    .description("print the structured document (articles, paragraphs, items, parties)")
    .argument("<file>", "PDF, DOCX or text file")
    .addOption(new Option("--format <format>", "output format").choices(["json", "text"]).default("text"))
    .action(async (file: string, opts: { format: "json" | "text" }) => {
      const doc = await parse(await readInput(file));
      io.out(
        opts.format === "json" ? `${JSON.stringify(documentToJson(doc), null, 2)}\n` : documentToText(doc),
      );
    });

  program
    .command("analyze")
    .description("analyse one contract and print its gap report")
    .argument("<file>", "PDF, DOCX or text file")
    .addOption(new Option("--format <format>", "output format").choices(["json", "md"]).default("json"))
    .option("--reference <baseline.json>", "use this reference baseline instead of the bundled one")
    .addOption(
      new Option("--timeout <ms>", "stop an analysis that takes longer (ANALYSIS_TIMEOUT)")
        .argParser(positiveInteger)
        .default(120_000),
    )
    .action(async (file: string, opts: { format: "json" | "md"; reference?: string; timeout: number }) => {
      const reference = await chosenBaseline(opts.reference);
      const bytes = await readInput(file);
      const report = await analyzeOnce({ bytes, name: path.basename(file), reference }, opts.timeout);
      io.out(formatReport(report, opts.format));
    });

  configureReferenceCommand(program.command("reference"), io);

  configureScanCommand(program.command("scan"), io, setExit);

  void setExit;
  return program;
}

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    return reportError(
      io,
      e,
      argv.find((a) => !a.startsWith("-") && a.includes(".")),
    );
  }
}
