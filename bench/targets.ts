// The targets of issue 6 against one run's figures: the table at the top of latest.md, and the
// README's performance table (written between its markers by a full `npm run bench`).
import type { BenchResults } from "./run.js";
import type { AnalysisResult } from "./sections/analysis.js";

interface Target {
  readonly what: string;
  readonly target: string;
  readonly measured: number | undefined;
  readonly met: (x: number) => boolean;
  readonly unit?: string;
}

interface Sections {
  analysis?: AnalysisResult;
  scan?: { scaling: number; scanPeakRssMb?: number };
  http?: {
    coldStartMs: number;
    uploads: { connections: number; p99: number }[];
    serverPeakRssMb?: number;
  };
}

function targetsOf(s: Sections): Target[] {
  const growth16 = s.analysis?.growth.find((g) => g.factor === 16)?.timeRatio;
  const p99At8 = s.http?.uploads.find((u) => u.connections === 8)?.p99;
  return [
    {
      what: "analysis vs bare kuromoji tokenization",
      target: "≥ 2.0×",
      measured: s.analysis?.ratio,
      met: (x) => x >= 2,
      unit: "×",
    },
    {
      what: "time for 16× the document size",
      target: "≤ 18×",
      measured: growth16,
      met: (x) => x <= 18,
      unit: "×",
    },
    {
      what: "batch scan, 2 workers vs 1",
      target: "≥ 1.7×",
      measured: s.scan?.scaling,
      met: (x) => x >= 1.7,
      unit: "×",
    },
    {
      what: "HTTP p99, 20 KB contract, 8 clients",
      target: "< 250 ms",
      measured: p99At8,
      met: (x) => x < 250,
      unit: " ms",
    },
    {
      what: "server cold start to ready",
      target: "< 2,000 ms",
      measured: s.http?.coldStartMs,
      met: (x) => x < 2000,
      unit: " ms",
    },
  ];
}

function measuredCell(t: Target): string {
  if (t.measured === undefined) return "not measured";
  return `${t.measured}${t.unit ?? ""} ${t.met(t.measured) ? "✅" : "❌"}`;
}

/** The targets table for the sections this run measured (all of them in a full run). */
export function targetsTable(r: BenchResults): string {
  const s = r.sections as Sections;
  const rows = targetsOf(s).map((t) => `| ${t.what} | ${t.target} | ${measuredCell(t)} |`);
  const memory = [
    s.http?.serverPeakRssMb !== undefined ? `server with its 2 workers ${s.http.serverPeakRssMb} MB` : "",
    s.scan?.scanPeakRssMb !== undefined ? `\`clausegap scan --jobs 2\` ${s.scan.scanPeakRssMb} MB` : "",
  ].filter(Boolean);
  return [
    "| target (issue 6, 2-core machine) | target | measured |",
    "| --- | --- | --- |",
    ...rows,
    "",
    memory.length ? `Peak RSS: ${memory.join("; ")}.` : "",
  ].join("\n");
}

const START = "<!-- bench:targets:start -->";
const END = "<!-- bench:targets:end -->";

/** `readme` with the text between the markers replaced (unchanged when they are missing). */
export function withTargets(readme: string, r: BenchResults): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return readme;
  const note = `Run of ${r.date.slice(0, 10)} on ${r.machine.cpus} cores, load average ${r.loadAverage.start}–${r.loadAverage.end ?? "?"}.`;
  return `${readme.slice(0, from + START.length)}\n${targetsTable(r)}\n${note}\n${readme.slice(to)}`;
}
