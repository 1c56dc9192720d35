// The import figures: actions per second end to end from text files through the importer of
// `npm run import` (importFiles: read, decode, parse in worker threads, store in batches, link
// people, derive tenures), the time to import one page into the full database (importSource, as
// the import page does), and the floor: the same Action rows written by bare multi-row INSERTs.
import { readFileSync } from "node:fs";
import type { Db } from "../../lib/db/client";
import { importFiles } from "../../lib/import/importFiles";
import { importSource } from "../../lib/import/importSource";
import { ACTION_COLUMNS } from "../../lib/import/storeBatch";
import type { BenchProvider } from "./database";
import { type Row, rawWriter } from "./driver";

export interface ImportFigure {
  files: number;
  actions: number;
  seconds: number;
  perSecond: number;
  failed: number;
}

/** Imports the files as `npm run import` does (batches, parse workers), logging a line per batch. */
export async function importRun(db: Db, files: string[], log: (line: string) => void): Promise<ImportFigure> {
  const summary = await importFiles(db, files, (line) => {
    if (!line.startsWith("[")) log(`import: ${line}`); // the batch lines and the summary, not one per file
  });
  return {
    files: files.length,
    actions: summary.entries,
    seconds: summary.seconds,
    perSecond: summary.entries / summary.seconds,
    failed: summary.failed,
  };
}

/** One page imported into the database on its own (one transaction), as the import page does: seconds. */
export async function importOnePage(db: Db, path: string): Promise<{ entries: number; seconds: number }> {
  const started = performance.now();
  const report = await importSource(db, { name: path, bytes: readFileSync(path) });
  if (report.status !== "imported") throw new Error(`bench: ${path} was not imported (${report.status} ${report.error ?? ""})`);
  return { entries: report.entries, seconds: (performance.now() - started) / 1000 };
}

/** The CREATE INDEX statements of the Action table (the primary key aside). */
async function actionIndexes(db: Db, provider: BenchProvider): Promise<string[]> {
  const rows =
    provider === "postgres"
      ? await db.$queryRawUnsafe<{ sql: string }[]>(
          `SELECT indexdef AS sql FROM pg_indexes WHERE tablename = 'Action' AND indexname <> 'Action_pkey'`,
        )
      : await db.$queryRawUnsafe<{ sql: string }[]>(
          `SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Action' AND sql IS NOT NULL`,
        );
  if (!rows.length) throw new Error("bench: the Action table has no indexes to copy");
  return rows.map((r) => r.sql);
}

/**
 * The floor: the stored Action rows (those with id > afterId: the imported ones) inserted again,
 * by the driver itself (better-sqlite3 / pg, no ORM) in multi-row statements and one transaction,
 * into an empty copy of the table with the same indexes (only the INSERTs are timed). Rows per second.
 */
export async function insertFloor(
  db: Db,
  url: string,
  provider: BenchProvider,
  afterId = 0,
): Promise<{ rows: number; seconds: number; perSecond: number }> {
  const cols = ACTION_COLUMNS.map((c) => `"${c}"`).join(", ");
  const idType = provider === "postgres" ? "SERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT";
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "BenchActionCopy"`);
  await db.$executeRawUnsafe(
    `CREATE TABLE "BenchActionCopy" ("id" ${idType}, "announcementId" INTEGER NOT NULL, "ordinal" INTEGER NOT NULL, "personName" TEXT NOT NULL,
      "personId" INTEGER NOT NULL, "linkReason" TEXT NOT NULL DEFAULT '', "postId" INTEGER NOT NULL, "kind" TEXT NOT NULL, "date" TEXT,
      "spanStart" INTEGER NOT NULL, "spanEnd" INTEGER NOT NULL)`,
  );
  // Every index the real table has (read from the database, so the floor follows the migrations).
  for (const sql of await actionIndexes(db, provider)) {
    await db.$executeRawUnsafe(sql.replace(/"Action_/g, '"BenchActionCopy_').replace(/ON (public\.)?"Action"/, 'ON "BenchActionCopy"'));
  }
  const all: Row[] = [];
  let after = afterId;
  for (;;) {
    const chunk = await db.$queryRawUnsafe<Record<string, string | number | null>[]>(
      `SELECT "id", ${cols} FROM "Action" WHERE "id" > ${after} ORDER BY "id" LIMIT 20000`,
    );
    if (!chunk.length) break;
    after = Number(chunk[chunk.length - 1].id);
    for (const r of chunk) all.push(ACTION_COLUMNS.map((c) => (typeof r[c] === "bigint" ? Number(r[c]) : r[c])));
  }
  const w = await rawWriter(url);
  const rows = all.length;
  let seconds: number;
  try {
    seconds = await w.insert("BenchActionCopy", ACTION_COLUMNS, all);
  } finally {
    await w.close();
  }
  await db.$executeRawUnsafe(`DROP TABLE "BenchActionCopy"`);
  return { rows, seconds, perSecond: rows / seconds };
}
