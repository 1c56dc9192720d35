// npm run bench [-- --db sqlite|postgres] [--actions N] [--import-actions M] [--seed S]
//                  [--data DIR] [--pg-url URL] [--runs R] [--no-export] [--export-seconds S] [--write]
// Generates N actions of announcement pages (kept in DIR for later runs) and builds a database of
// them with the importer of `npm run import`: all imported in one run, or, with --import-actions M < N,
// the first N - M in a first run and the last M (measured) into that database; the last page is then
// imported on its own. --note adds a line to the report (e.g. how loaded the machine was). Then measures search, roster,
// the actions table and the CSV export on it, each beside a floor measured in the same run, and
// prints one table.
// --write puts the table into BENCHMARKS.md with the commit measured.
import { execFileSync, spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { stageStart, stageTotals } from "../lib/profile/stages";
import { type BenchDatabase, type BenchProvider, createBenchDatabase, type PgServer, pgServer } from "../tools/bench/database";
import { importOnePage, importRun, insertFloor } from "../tools/bench/importBench";
import { queryBench } from "../tools/bench/queryBench";
import { type BenchResult, type ExportFigure, textTable, writeBenchmarks } from "../tools/bench/report";

/** Bump when the generator changes, so cached data sets are not reused. */
const GENERATOR_VERSION = 2;

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    actions: { type: "string", default: "1000000" },
    "import-actions": { type: "string" },
    seed: { type: "string", default: "1" },
    data: { type: "string" },
    "pg-url": { type: "string" },
    runs: { type: "string", default: "100" },
    "no-export": { type: "boolean", default: false },
    "export-seconds": { type: "string", default: "300" },
    write: { type: "boolean", default: false },
    note: { type: "string" },
  },
});

const provider = (values.db === "postgres" || values.db === "postgresql" ? "postgres" : values.db) as BenchProvider;
if (provider !== "sqlite" && provider !== "postgres") {
  console.error("bench: --db must be sqlite or postgres");
  process.exit(2);
}
const actions = Number(values.actions);
const importActions = Math.min(actions, Number(values["import-actions"] ?? actions));
const seed = Number(values.seed);
const runs = Number(values.runs);
const dataDir = values.data ?? join(tmpdir(), "renmian-bench", `data-${actions}-s${seed}-v${GENERATOR_VERSION}`);
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

function sh(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

async function ensureData() {
  if (existsSync(join(dataDir, "truth.jsonl"))) {
    log(`data: reusing ${dataDir}`);
    return;
  }
  log(`data: generating ${actions} actions into ${dataDir}`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/generate.ts", "--actions", String(actions), "--out", dataDir, "--seed", String(seed)],
      {
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    child.on("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error("generate failed");
}

async function filesWithEntries(): Promise<{ path: string; entries: number }[]> {
  const out: { path: string; entries: number }[] = [];
  const lines = createInterface({ input: createReadStream(join(dataDir, "truth.jsonl")), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const t = JSON.parse(line) as { file: string; announcements: { entries: unknown[] }[] };
    out.push({ path: join(dataDir, t.file), entries: t.announcements.reduce((s, a) => s + a.entries.length, 0) });
  }
  return out;
}

function exportChild(url: string, mode: "csv" | "floor", maxSeconds: number): Promise<ExportFigure> {
  const dir = mkdtempSync(join(tmpdir(), "renmian-bench-csv-"));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tools/bench/exportChild.ts", url, mode, join(dir, `${mode}.csv`), String(maxSeconds)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`export child (${mode}) exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").pop()!));
    });
  });
}

let server: PgServer | undefined;
const open: BenchDatabase[] = [];
const cleanup = async () => {
  for (const d of open.splice(0)) await d.dispose().catch(() => {});
  server?.stop();
};
process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));

try {
  await ensureData();
  const files = await filesWithEntries();
  const total = files.reduce((s, f) => s + f.entries, 0);
  // The last file is held back and imported on its own at the end (one page into the full database,
  // as the import page does). The import is measured on the LAST files before it (the most recent
  // years): into an empty database when they are all of it, otherwise into a database that already
  // holds the rest (imported first by the same importer), so the figure is the importer's speed at
  // the full size, where identity and tenure derivation read the longest histories.
  const onePageFile = files[files.length - 1];
  let cut = files.length - 1;
  let sum = 0;
  while (cut > 0 && sum < importActions) sum += files[--cut].entries;
  const measuredFiles = files.slice(cut, files.length - 1).map((f) => f.path);
  if (provider === "postgres") server = await pgServer(values["pg-url"]);
  const notes: string[] = [];
  if (values.note) notes.push(values.note);

  const bench = await createBenchDatabase(provider, "main", server);
  open.push(bench);
  let firstRun: BenchResult["firstRun"];
  let firstImportedId = 0;
  if (cut > 0) {
    log(`first run: ${total - sum - onePageFile.entries} actions (${cut} files), the rest of the data set before the measured import`);
    const first = await importRun(
      bench.db,
      files.slice(0, cut).map((f) => f.path),
      log,
    );
    log(`first run: ${first.actions} actions in ${first.seconds.toFixed(1)} s = ${first.perSecond.toFixed(0)} actions/s`);
    firstRun = { actions: first.actions, seconds: first.seconds };
    if (first.failed) notes.push(`${first.failed} file(s) of the first run were not imported.`);
    const max = await bench.db.action.aggregate({ _max: { id: true } });
    firstImportedId = max._max.id ?? 0;
  }
  log(`import: ${measuredFiles.length} files, ${sum} actions, ${provider}`);
  const imported = await importRun(bench.db, measuredFiles, log);
  if (imported.failed) notes.push(`${imported.failed} file(s) were not imported.`);
  // The whole process (the importer and its parse workers are threads of it), after both import runs.
  notes.push(`Peak RSS of the benchmark process after the imports: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`);
  log(`import: ${imported.actions} actions in ${imported.seconds.toFixed(1)} s = ${imported.perSecond.toFixed(0)} actions/s; floor…`);
  // RENMIAN_STAGE_TIMES=1: where the import's time went (both runs), stage by stage.
  for (const { stage, seconds } of stageTotals()) log(`stage: ${stage}: ${seconds.toFixed(1)} s`);
  const floor = await insertFloor(bench.db, bench.url, provider, firstImportedId);
  log(`floor: ${floor.rows} rows in ${floor.seconds.toFixed(1)} s = ${floor.perSecond.toFixed(0)} rows/s`);
  const importStages = new Map(stageTotals().map((s) => [s.stage, s.seconds]));
  stageStart();
  const onePage = await importOnePage(bench.db, onePageFile.path);
  log(`one page: ${onePage.entries} entries in ${onePage.seconds.toFixed(2)} s`);
  // RENMIAN_STAGE_TIMES=1: the one page's own stages (those of 5 ms or more).
  for (const { stage, seconds } of stageTotals()) {
    const own = seconds - (importStages.get(stage) ?? 0);
    if (own >= 0.005) log(`one page stage: ${stage}: ${own.toFixed(3)} s`);
  }
  if (provider === "postgres") await bench.db.$executeRawUnsafe("ANALYZE");
  const queryDb = bench;
  const stored = await bench.db.action.count();

  log("queries…");
  const queries = await queryBench(queryDb.db, provider, runs);
  for (const q of queries) log(`${q.name}: app ${JSON.stringify(q.app)} floor ${JSON.stringify(q.floor)}`);
  let csv: ExportFigure | undefined;
  let csvFloor: ExportFigure | undefined;
  if (!values["no-export"]) {
    log("CSV export…");
    const limit = Number(values["export-seconds"]);
    csv = await exportChild(queryDb.url, "csv", limit);
    log(`CSV: ${JSON.stringify(csv)}`);
    csvFloor = await exportChild(queryDb.url, "floor", limit);
    log(`CSV floor: ${JSON.stringify(csvFloor)}`);
  }

  const dirty = sh("git", ["status", "--porcelain", "--", "lib", "scripts", "prisma", "app"])
    ? " (+ uncommitted changes in the working tree)"
    : "";
  const result: BenchResult = {
    provider:
      provider === "postgres"
        ? `PostgreSQL ${sh("psql", ["--version"]).replace(/^.*?(\d+\.\d+).*$/, "$1")}`
        : "SQLite (better-sqlite3, WAL)",
    commit: `${sh("git", ["rev-parse", "--short", "HEAD"])}${dirty}`,
    date: `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    actions: stored,
    importActions: imported.actions,
    firstRun,
    onePage,
    importRate: imported.perSecond,
    importSeconds: imported.seconds,
    floorRate: floor.perSecond,
    queries,
    csv,
    csvFloor,
    notes,
  };
  console.log(`\nRenmian benchmark: ${result.provider}, ${stored.toLocaleString("en-US")} actions, commit ${result.commit}\n`);
  console.log(textTable(result));
  for (const n of notes) console.log(`note: ${n}`);
  if (values.write) {
    writeBenchmarks("BENCHMARKS.md", result);
    log("BENCHMARKS.md updated");
  }
} finally {
  await cleanup();
}
