// The storage seam of the API: any backend (files, memory, a database later) implements this.
import type { GapReport } from "../../src/report/schema.js";
import type { AnalysisSummary } from "../schemas.js";

export interface StoredAnalysis {
  readonly id: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  /** Already without the contract text when documents are not kept (src/report/stored.ts toStoredReport). */
  readonly report: GapReport;
}

/** A new analysis as the route hands it over: the report arrives already serialised (by the worker). */
export interface NewAnalysis {
  readonly id: string;
  readonly createdAt: string;
  /** JSON of the report to keep (src/report/stored.ts toStoredReport unless documents are kept). */
  readonly reportJson: string;
}

export interface ListOptions {
  /** Page size (the route validates 1–100). */
  readonly limit: number;
  /** Return analyses older than this id (the last id of the previous page). */
  readonly cursor?: string;
}

export interface ListPage {
  readonly items: readonly AnalysisSummary[];
  readonly nextCursor: string | null;
}

/**
 * Ids are validated (isAnalysisId) before they reach a store; ids sort by creation time, so
 * `list` returns newest first by sorting ids in descending order.
 */
export interface AnalysisStore {
  put(analysis: NewAnalysis): Promise<void>;
  get(id: string): Promise<StoredAnalysis | undefined>;
  list(options: ListOptions): Promise<ListPage>;
  /** False when there was nothing to delete. */
  delete(id: string): Promise<boolean>;
}
