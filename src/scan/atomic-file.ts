// Writes a file atomically: a temporary file beside it (`<file>.<uint32>`, the names the clean-up
// sweeps look for), then renamed over the target, so that a reader or a crashed or killed process
// never leaves half a file. Five system calls; write-file-atomic also resolves the real path,
// copies the old file's owner and mode and registers an exit handler on every call: ~0.8 ms of the
// calling thread per file, a quarter of the HTTP thread's work per upload (bench/README.md).
//
// The server's store (writeFileAtomically) also flushes the file to disk before the rename: a
// stored result is the only copy. The scan's workers (writeFileAtomicallySync) do not: a report can
// be made again from its contract, a resumed scan validates every earlier JSON report before it
// keeps it (a file cut short by a power loss is redone), and the flush left each worker idle for
// ≈ 1 ms per file, 10 % of two workers' time on two cores (bench/README.md). They write
// synchronously: they have nothing else to do meanwhile, and it spares a hop to libuv's thread
// pool and back for each call.
import { randomInt } from "node:crypto";
import { closeSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";

/** `<file>.<random uint32>`: the temporary name of a write to `file`. */
export function tempNameOf(file: string): string {
  return `${file}.${randomInt(2 ** 32)}`;
}

/** `mode` applies to a new file (minus the umask), as with fs.writeFile. */
export async function writeFileAtomically(file: string, text: string, mode = 0o666): Promise<void> {
  const temp = tempNameOf(file);
  const handle = await open(temp, "wx", mode); // wx: never write through someone else's file
  try {
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** writeFileAtomically without the flush to disk, for a thread that may block (a scan worker). */
export function writeFileAtomicallySync(file: string, text: string, mode = 0o666): void {
  const temp = tempNameOf(file);
  const fd = openSync(temp, "wx", mode);
  try {
    try {
      writeFileSync(fd, text, "utf8");
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
