// An in-memory store (tests, demos): nothing survives a restart.
import { pageOfIds, summarize } from "./summary.js";
import type { AnalysisStore, ListOptions, ListPage, StoredAnalysis } from "./types.js";

export function createMemoryStore(): AnalysisStore {
  const analyses = new Map<string, StoredAnalysis>();
  return {
    async put({ id, createdAt, reportJson }) {
      analyses.set(id, { id, createdAt, report: JSON.parse(reportJson) as StoredAnalysis["report"] });
    },
    async get(id) {
      const found = analyses.get(id);
      return found && structuredClone(found);
    },
    async list(options: ListOptions): Promise<ListPage> {
      const { ids, nextCursor } = pageOfIds([...analyses.keys()], options);
      const items = ids.flatMap((id) => {
        const found = analyses.get(id);
        return found ? [summarize(found)] : [];
      });
      return { items, nextCursor };
    },
    async delete(id) {
      return analyses.delete(id);
    },
  };
}
