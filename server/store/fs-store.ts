// The default store: one JSON file per analysis in a directory, written atomically (a reader never
// sees half a file, a crash never leaves one; its temporary files are removed on start). No set-up:
// the directory is created on start.
import { mkdir, readdir, readFile, rm, unlink } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomically } from "../../src/scan/atomic-file.js";
import { isAnalysisId } from "./ids.js";
import { pageOfIds, summarize } from "./summary.js";
import type { AnalysisStore, ListOptions, ListPage, StoredAnalysis } from "./types.js";

const SUFFIX = ".json";

function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException).code === "ENOENT";
}

/** Temporary files of an atomic write (`<id>.json.<uint32>`): only a crash leaves them behind. */
const TEMP_FILE = /^[0-9a-z]{36}\.json\.\d{1,10}$/;

export async function createFileStore(dir: string): Promise<AnalysisStore> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const name of await readdir(dir))
    if (TEMP_FILE.test(name)) await rm(path.join(dir, name), { force: true });
  // Ids are checked again here: the store must be safe even if a caller forgets (no path traversal).
  const fileOf = (id: string): string => {
    if (!isAnalysisId(id)) throw new Error("invalid analysis id");
    return path.join(dir, id + SUFFIX);
  };

  async function get(id: string): Promise<StoredAnalysis | undefined> {
    try {
      return JSON.parse(await readFile(fileOf(id), "utf8")) as StoredAnalysis;
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
  }

  async function list(options: ListOptions): Promise<ListPage> {
    // Temporary files (<id>.json.<n>) and foreign files are not analyses.
    const ids = (await readdir(dir))
      .filter((f) => f.endsWith(SUFFIX))
      .map((f) => f.slice(0, -SUFFIX.length))
      .filter(isAnalysisId);
    const page = pageOfIds(ids, options);
    const found = await Promise.all(page.ids.map(get)); // a file deleted meanwhile reads as undefined
    const items = found.flatMap((a) => (a ? [summarize(a)] : []));
    return { items, nextCursor: page.nextCursor };
  }

  return {
    async put({ id, createdAt, reportJson }) {
      // The record is assembled as text: the report is not parsed and serialised again here.
      const record = `{"id":${JSON.stringify(id)},"createdAt":${JSON.stringify(createdAt)},"report":${reportJson}}`;
      await writeFileAtomically(fileOf(id), record, 0o600);
    },
    get,
    list,
    async delete(id) {
      try {
        await unlink(fileOf(id));
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
  };
}
