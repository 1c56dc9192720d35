// The benchmark's one table (plain text for the terminal, Markdown for BENCHMARKS.md).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { QueryFigure } from "./queryBench";

export interface ExportFigure {
  rows: number;
  bytes: number;
  seconds: number;
  maxRssMB: number;
  /** false when the export was stopped at the time limit. */
  finished: boolean;
}

export interface BenchResult {
  provider: string;
  commit: string;
  date: string;
  machine: string;
  actions: number;
  importActions: number;
  /** The import run before the measured one (the rest of the data set), when there was one. */
  firstRun?: { actions: number; seconds: number };
  /** One page imported on its own into the full database (importSource). */
  onePage?: { entries: number; seconds: number };
  importRate: number;
  importSeconds: number;
  floorRate: number;
  queries: QueryFigure[];
  csv?: ExportFigure;
  csvFloor?: ExportFigure;
  notes: string[];
}

const n0 = (x: number) => Math.round(x).toLocaleString("en-US");
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const ratio = (x: number) => (x >= 100 ? `${Math.round(x)}×` : `${x.toFixed(1)}×`);

/** Issue 13's import targets: 20,000 actions/s on SQLite, 10,000 on PostgreSQL. */
function importTargetOf(provider: string): number {
  return /postgres/i.test(provider) ? 10_000 : 20_000;
}

/** Rows: figure, Renmian, floor, Renmian ÷ floor (times slower), target, met. */
export function tableRows(r: BenchResult): string[][] {
  const rows: string[][] = [];
  const importTarget = importTargetOf(r.provider);
  rows.push([
    `import, actions/s end to end (${n0(r.importActions)} actions from text files${r.firstRun ? ", into the full database" : ""})`,
    n0(r.importRate),
    `${n0(r.floorRate)} (bare INSERT)`,
    ratio(r.floorRate / r.importRate),
    `≥ ${n0(importTarget)}`,
    r.importRate >= importTarget ? "yes" : "no",
  ]);
  if (r.onePage) {
    rows.push([
      `import of one page (${n0(r.onePage.entries)} entries) into the full database, s`,
      r.onePage.seconds.toFixed(2),
      "",
      "",
      "< 0.5",
      r.onePage.seconds < 0.5 ? "yes" : "no",
    ]);
  }
  for (const q of r.queries) {
    rows.push([
      `${q.name}, p50 / p95 ms`,
      `${ms(q.app.p50)} / ${ms(q.app.p95)}`,
      `${ms(q.floor.p50)} / ${ms(q.floor.p95)}`,
      `${ratio(q.app.p50 / q.floor.p50)} / ${ratio(q.app.p95 / q.floor.p95)}`,
      `p95 < ${q.target}`,
      q.app.p95 < q.target ? "yes" : "no",
    ]);
  }
  if (r.csv && r.csvFloor) {
    // A stopped export is extrapolated from its rate (rows/s) to all rows, and says so.
    const full = (e: ExportFigure) => (e.finished ? e.seconds : (e.seconds * r.actions) / Math.max(1, e.rows));
    const shown = (e: ExportFigure) =>
      e.finished ? e.seconds.toFixed(1) : `~${full(e).toFixed(0)} (stopped after ${n0(e.rows)} rows in ${e.seconds.toFixed(0)} s)`;
    rows.push([
      `CSV export of all ${n0(r.actions)} actions, s`,
      shown(r.csv),
      `${shown(r.csvFloor)} (unformatted)`,
      ratio(full(r.csv) / full(r.csvFloor)),
      "< 10 s",
      r.csv.finished && r.csv.seconds < 10 ? "yes" : "no",
    ]);
    rows.push([
      "CSV export, peak RSS MB (whole process)",
      n0(r.csv.maxRssMB),
      n0(r.csvFloor.maxRssMB),
      ratio(r.csv.maxRssMB / r.csvFloor.maxRssMB),
      "flat",
      r.csv.maxRssMB < 2 * r.csvFloor.maxRssMB + 100 ? "yes" : "no",
    ]);
  }
  return rows;
}

const HEADER = ["figure", "Renmian", "floor", "÷ floor", "target", "met"];

export function textTable(r: BenchResult): string {
  const rows = [HEADER, ...tableRows(r)];
  const width = HEADER.map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
  const line = (row: string[]) => row.map((c, i) => c + " ".repeat(width[i] - [...c].length)).join("  ");
  return [line(rows[0]), width.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

export function markdownSection(r: BenchResult): string {
  const rows = tableRows(r);
  return [
    `### ${r.provider} — ${n0(r.actions)} actions`,
    "",
    `Commit ${r.commit}, ${r.date}, ${r.machine}. ${
      r.firstRun
        ? `The first ${n0(r.firstRun.actions)} actions were imported by the importer of \`npm run import\` (${r.firstRun.seconds.toFixed(0)} s = ${n0(r.firstRun.actions / r.firstRun.seconds)} actions/s), then the last ${n0(r.importActions)} into that database (${r.importSeconds.toFixed(0)} s): the import figure is its speed at this size.`
        : `All ${n0(r.importActions)} actions imported end to end by the importer of \`npm run import\` (${r.importSeconds.toFixed(0)} s).`
    } The last page was then imported on its own. Queries and export ran on all ${n0(r.actions)} actions.`,
    "",
    `| ${HEADER.join(" | ")} |`,
    `|${HEADER.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
    ...r.notes.map((n) => `- ${n}`),
  ].join("\n");
}

/** Replaces (or appends) this provider's and size's section of BENCHMARKS.md, between markers. */
export function writeBenchmarks(path: string, r: BenchResult) {
  const key = `${r.provider}-${r.actions}`;
  const start = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const block = `${start}\n${markdownSection(r)}\n${end}`;
  const current = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n\nWritten by `npm run bench -- --write`.\n";
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  const next = i >= 0 && j > i ? current.slice(0, i) + block + current.slice(j + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
