// Imports files and folders: one run, whatever its size. Files are read, decoded and parsed by a
// pool of worker threads (lib/import/parsePool.ts) while the main thread stores them in batches,
// each batch one transaction (lib/import/storeBatch.ts) in which people are linked and tenures
// recomputed once for the names and posts the batch touches. A batch of one file is what
// importSource does: any split into batches gives the same database (lib/import/batches.test.ts).
// Killed at any moment, the database holds the batches committed before; running again resumes
// (stored files are recognised by their sha256 and not parsed again).
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { bulkWriting, type Db } from "../db/client";
import { CareerBook } from "../derive/careerBook";
import { dateKey } from "../derive/tenures";
import { stage, stageStart } from "../profile/stages";
import { expandPaths } from "./files";
import { boundHeapGrowth } from "./heapGrowth";
import { preparedFiles } from "./parsePool";
import type { Prepared } from "./prepare";
import { type ImportProgress, lineProgress } from "./progress";
import { refreshStatistics } from "./statistics";
import { type ImportReport, storeBatch } from "./storeBatch";

export interface ImportRunSummary {
  files: number;
  imported: number;
  duplicates: number;
  failed: number;
  announcements: number;
  entries: number;
  newPeople: number;
  reports: ImportReport[];
  seconds: number;
}

export interface ImportFilesOptions {
  /** A batch is closed before it would hold more entries than this (a larger file is a batch of its own). */
  batchEntries?: number;
  /** Parse workers; by default defaultParseWorkers() when the files are many, none for a few pages. */
  workers?: number;
  /** How the run is shown; plain lines through `log` by default. */
  progress?: ImportProgress;
  /** The address one file was published at (CLI --url): it wins over the page's canonical link. */
  url?: string;
  /** The publication that printed it (CLI --publication). */
  publication?: string;
}

/** Entries per transaction: large enough that linking and tenures run rarely, small enough for memory and a kill. */
export const DEFAULT_BATCH_ENTRIES = 20_000;
/**
 * Parse threads for a large run: the cores but one (at most 4). Storing a page costs the main
 * thread about twenty times what parsing it costs a worker, so more workers only take a core and
 * memory from it (at 1 M actions on 2 cores: the same main-thread CPU with one worker as with two,
 * peak RSS 1.22 GB against 1.34 GB).
 */
export function defaultParseWorkers(cores = availableParallelism()): number {
  return Math.min(4, Math.max(1, cores - 1));
}

/** Below this many bytes of files, parsing on the main thread is quicker than starting workers. */
const WORKERS_FROM_BYTES = 512 * 1024;

export function describeReport(r: ImportReport): string {
  if (r.status === "failed") return `FAILED: ${r.error}`;
  if (r.status === "duplicate") return `already imported (source #${r.sourceId}), nothing changed`;
  const parts = [
    `${r.announcements} announcement(s)`,
    `${r.entries} entries`,
    `${r.newPeople} new people`,
    `${r.newOrganizations} new organs`,
  ];
  if (r.knownAnnouncements) parts.push(`${r.knownAnnouncements} announcement(s) already stored from another source`);
  if (r.announcements === 0 && r.knownAnnouncements === 0) parts.push("no personnel announcement found (text kept)");
  const warn = r.warnings.map((w) => `warning: ${w.message}`);
  return [parts.join(", "), ...warn].join("; ");
}

/**
 * Whether the batch is closed before the next file: when it would hold more than `limit` entries
 * and the next file's dates come after the batch's (an archive in date order then has batches that
 * each come after everything stored, whose people are decided without deciding the stored ones
 * again: lib/derive/relink.ts); files of one date continue the batch up to twice the limit.
 */
export function closesBatch(
  batch: { entries: number; last: string | null },
  next: { entries: number; first: string },
  limit: number,
): boolean {
  const entries = batch.entries + next.entries;
  if (entries <= limit) return false;
  return batch.last === null || batch.last < next.first || entries > 2 * limit;
}

/** The earliest and latest dateKey of a prepared file's announcements (undated ones sort last). */
function dateSpan(p: Prepared): [string, string] {
  const keys = p.kind === "parsed" ? p.announcements.map((a) => dateKey(a.announcement.date)).sort() : [];
  return keys.length ? [keys[0], keys[keys.length - 1]] : ["", ""];
}

const sizeOf = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;

export async function importFiles(
  db: Db,
  paths: string[],
  log: (line: string) => void = console.log,
  options: ImportFilesOptions = {},
): Promise<ImportRunSummary> {
  const started = performance.now();
  stageStart();
  const files = expandPaths(paths);
  if ((options.url || options.publication) && files.length > 1)
    throw new Error("--url and --publication describe one file; give one file with them");
  const sizes = files.map(sizeOf);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const batchEntries = options.batchEntries ?? DEFAULT_BATCH_ENTRIES;
  const workers = options.workers ?? (totalBytes >= WORKERS_FROM_BYTES ? defaultParseWorkers() : 0);
  const progress = options.progress ?? lineProgress(log);
  const summary: ImportRunSummary = {
    files: files.length,
    imported: 0,
    duplicates: 0,
    failed: 0,
    announcements: 0,
    entries: 0,
    newPeople: 0,
    reports: [],
    seconds: 0,
  };
  const known = new Set((await db.source.findMany({ select: { sha256: true } })).map((s) => s.sha256));
  const width = String(files.length).length;
  let bytesDone = 0;

  const bulk = await bulkWriting(db);
  const heap = workers > 0 ? boundHeapGrowth() : undefined; // a large run: lib/import/heapGrowth.ts
  const book = new CareerBook(); // the careers of the run's batches, for the next (chronological) one
  let batch: Prepared[] = [];
  let batchSize = 0;
  let batchLast: string | null = null; // the batch's latest dateKey
  const flush = async () => {
    if (!batch.length) return;
    const reports = await storeBatch(db, batch, { book });
    if (reports.some((r) => r.status === "imported")) await refreshStatistics(db);
    stage("planner statistics");
    const lines = reports.map((report) => {
      const i = summary.reports.push(report);
      if (report.status === "imported") summary.imported++;
      else if (report.status === "duplicate") summary.duplicates++;
      else summary.failed++;
      summary.announcements += report.announcements;
      summary.entries += report.entries;
      summary.newPeople += report.newPeople;
      bytesDone += sizes[i - 1];
      return { report, line: `[${String(i).padStart(width)}/${files.length}] ${report.name}: ${describeReport(report)}` };
    });
    progress.batch(lines, {
      files: summary.reports.length,
      totalFiles: files.length,
      actions: summary.entries,
      bytes: bytesDone,
      totalBytes,
      seconds: (performance.now() - started) / 1000,
    });
    batch = [];
    batchSize = 0;
    batchLast = null;
  };
  try {
    for await (const prepared of preparedFiles(files, { workers, known })) {
      if (options.url) prepared.url = options.url;
      if (options.publication) prepared.publication = options.publication;
      const entries = prepared.kind === "parsed" ? prepared.entries : 0;
      const [first, last] = dateSpan(prepared);
      if (batch.length && closesBatch({ entries: batchSize, last: batchLast }, { entries, first }, batchEntries)) await flush();
      batch.push(prepared);
      batchSize += entries;
      if (batchLast === null || last > batchLast) batchLast = last;
    }
    await flush();
  } finally {
    heap?.end();
    await bulk.end(); // the batches committed so far, copied into the database file
  }
  stage("write-ahead log copied");
  summary.seconds = (performance.now() - started) / 1000;
  progress.end(
    `imported ${summary.imported} of ${summary.files} file(s): ${summary.announcements} announcements, ${summary.entries} entries, ` +
      `${summary.newPeople} new people; ${summary.duplicates} already imported; ${summary.failed} failed`,
  );
  return summary;
}
