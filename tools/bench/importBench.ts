// The import figure: actions per second end to end from text files (read, decode, parse, one
// transaction per source), and its floor: the same Action rows written by bare multi-row INSERTs.
import { readFileSync } from "node:fs";
import type { Db } from "../../lib/db/client";
import { importSource } from "../../lib/import/importSource";
import type { BenchProvider } from "./database";
import { type Row, rawWriter } from "./driver";

export interface ImportFigure {
  files: number;
  actions: number;
  seconds: number;
  perSecond: number;
  failed: number;
}

/** Imports the files one by one, as `npm run import` does (one transaction per file). */
export async function importRun(db: Db, files: { path: string; entries: number }[], log: (line: string) => void): Promise<ImportFigure> {
  const started = performance.now();
  let actions = 0;
  let failed = 0;
  let nextLog = started + 10_000;
  for (const [i, f] of files.entries()) {
    const report = await importSource(db, { name: f.path, bytes: readFileSync(f.path) });
    if (report.status !== "imported") failed++;
    actions += report.entries;
    if (performance.now() > nextLog) {
      nextLog += 10_000;
      const s = (performance.now() - started) / 1000;
      log(`import: ${i + 1}/${files.length} files, ${actions} actions, ${(actions / s).toFixed(0)} actions/s`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { files: files.length, actions, seconds, perSecond: actions / seconds, failed };
}

const ACTION_COLUMNS = [
  "announcementId",
  "ordinal",
  "personName",
  "personId",
  "linkReason",
  "postId",
  "kind",
  "date",
  "spanStart",
  "spanEnd",
];

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
  for (const [name, c] of [
    ["u", `"announcementId", "ordinal"`],
    ["p", `"personId", "date"`],
    ["q", `"postId", "date"`],
    ["k", `"kind", "date"`],
    ["d", `"date", "id"`],
  ]) {
    await db.$executeRawUnsafe(`CREATE ${name === "u" ? "UNIQUE " : ""}INDEX "BenchActionCopy_${name}" ON "BenchActionCopy" (${c})`);
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
