// `npm run eval -- <labelled-folder> [--json]`: scores the analyzer on a labelled folder.
import { analyze } from "../analyzer.js";
import { formatEval } from "./format.js";
import { evaluateFolder } from "./run.js";

async function main(argv: string[]): Promise<number> {
  const folder = argv.find((a) => !a.startsWith("--"));
  if (!folder) {
    process.stderr.write("usage: npm run eval -- <labelled-folder> [--json]\n");
    return 2;
  }
  const result = await evaluateFolder(folder, (bytes, name) => analyze(bytes, { name }));
  process.stdout.write(argv.includes("--json") ? `${JSON.stringify(result, null, 2)}\n` : formatEval(result));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
