// Writes a file atomically: a temporary file beside it (`<file>.<uint32>`, the names the clean-up
// sweeps look for), written and flushed to disk, then renamed over the target, so that a reader or
// a crash never sees half a file. Five system calls; write-file-atomic also resolves the real path,
// copies the old file's owner and mode and registers an exit handler on every call: ~0.8 ms of the
// calling thread per file, a quarter of the HTTP thread's work per upload (bench/NOTES.md).
// The scan's workers write with the synchronous variant: they have nothing else to do meanwhile,
// and it spares the hop to libuv's thread pool and back for each of the five calls.
import { randomInt } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/** writeFileAtomically for a thread that may block (a scan worker). */
export function writeFileAtomicallySync(file: string, text: string, mode = 0o666): void {
  const temp = tempNameOf(file);
  const fd = openSync(temp, "wx", mode);
  try {
    try {
      writeFileSync(fd, text, "utf8");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
