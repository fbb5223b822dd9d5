// Chooses the store from the configuration.
import type { ServerConfig } from "../config.js";
import { createFileStore } from "./fs-store.js";
import { createMemoryStore } from "./memory-store.js";
import type { AnalysisStore } from "./types.js";

export type { AnalysisStore, ListOptions, ListPage, NewAnalysis, StoredAnalysis } from "./types.js";

export async function createStore(config: Pick<ServerConfig, "store" | "dataDir">): Promise<AnalysisStore> {
  return config.store === "memory" ? createMemoryStore() : createFileStore(config.dataDir);
}
