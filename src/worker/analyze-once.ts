// One analysis in a worker thread with a time limit: the CLI's guard against a file that would
// keep the analyser busy forever (the thread is stopped; the user gets ANALYSIS_TIMEOUT).
import { ClausegapError } from "../core/errors.js";
import type { GapReport } from "../report/schema.js";
import type { AnalysisTask } from "./analyze-task.js";
import { createAnalysisPool } from "./pool.js";

export async function analyzeOnce(task: AnalysisTask, timeoutMs: number): Promise<GapReport> {
  const pool = createAnalysisPool({ threads: 1, maxQueue: 1, taskTimeoutMs: timeoutMs });
  try {
    const outcome = await pool.run({ ...task, render: undefined }); // the report object, not texts
    if (outcome.ok && outcome.report) return outcome.report;
    if (outcome.ok) throw new Error("analysis worker returned no report");
    const { code, message } = outcome.error;
    throw new ClausegapError(code, {}, { messages: message });
  } finally {
    await pool.destroy();
  }
}
