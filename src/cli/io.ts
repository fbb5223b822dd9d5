// Output and error plumbing shared by the CLI commands: no stack trace ever reaches the user.
import { toClausegapError } from "../core/errors.js";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Prints a bilingual, code-tagged error line (never a stack) and returns the exit code 2. */
export function reportError(io: CliIO, e: unknown, file?: string): number {
  const error = toClausegapError(e);
  const where = file ? `${file}: ` : "";
  io.err(`clausegap: ${where}[${error.code}] ${error.messages.ja}\n  ${error.messages.en}\n`);
  if (error.code === "INTERNAL_ERROR" && process.env.CLAUSEGAP_DEBUG)
    io.err(`${String((e as Error)?.stack)}\n`);
  return 2;
}
