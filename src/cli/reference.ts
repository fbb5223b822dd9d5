// `clausegap reference`: prints the bundled baseline (or validates and prints a --reference file).
import { type Command, Option } from "commander";
import { formatBaselineJson, formatBaselineMarkdown } from "../reference/format.js";
import { defaultBaseline, loadReferenceFile, type ReferenceBaseline } from "../reference/index.js";
import type { CliIO } from "./io.js";

/** The baseline a command should use: the user's --reference file when given, else the bundled one. */
export async function chosenBaseline(file: string | undefined): Promise<ReferenceBaseline> {
  return file ? loadReferenceFile(file) : defaultBaseline();
}

export function configureReferenceCommand(command: Command, io: CliIO): Command {
  return command
    .description("print the reference baseline: each requirement, its severity and its sources")
    .addOption(new Option("--format <format>", "output format").choices(["json", "md"]).default("json"))
    .option("--reference <baseline.json>", "validate and print this baseline instead of the bundled one")
    .action(async (opts: { format: "json" | "md"; reference?: string }) => {
      const baseline = await chosenBaseline(opts.reference);
      io.out(opts.format === "json" ? formatBaselineJson(baseline) : formatBaselineMarkdown(baseline));
    });
}
