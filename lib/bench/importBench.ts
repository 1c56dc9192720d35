// The import figure: actions per second end to end from text files (read, decode, parse, one
// transaction per source), and its floor: the same Action rows written by bare multi-row INSERTs.
import { readFileSync } from "node:fs";
import type { Db } from "../db/client";
import { importSource } from "../import/importSource";
import type { BenchProvider } from "./database";
import { insertRows, type Row } from "./insert";

export interface ImportFigure {
  files: number;
  actions: number;
  seconds: number;
  perSecond: number;
  failed: number;
}

/** Imports files in order until `maxActions` actions are stored (all files when undefined). */
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

const ACTION_COLUMNS = ["announcementId", "ordinal", "personName", "personId", "linkReason", "postId", "kind", "date", "spanStart", "spanEnd"];

/**
 * The floor: the stored Action rows inserted again, 500 per statement, into a copy of the table
 * with the same indexes (only the INSERT calls are timed). Returns rows per second.
 */
export async function insertFloor(db: Db, provider: BenchProvider): Promise<{ rows: number; seconds: number; perSecond: number }> {
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
  let rows = 0;
  let seconds = 0;
  let after = 0;
  for (;;) {
    const chunk = await db.$queryRawUnsafe<Record<string, string | number | null>[]>(
      `SELECT "id", ${cols} FROM "Action" WHERE "id" > ${after} ORDER BY "id" LIMIT 20000`,
    );
    if (!chunk.length) break;
    after = Number(chunk[chunk.length - 1].id);
    const data: Row[] = chunk.map((r) => ACTION_COLUMNS.map((c) => (typeof r[c] === "bigint" ? Number(r[c]) : r[c])));
    seconds += await insertRows(db, provider, "BenchActionCopy", ACTION_COLUMNS, data);
    rows += data.length;
  }
  await db.$executeRawUnsafe(`DROP TABLE "BenchActionCopy"`);
  return { rows, seconds, perSecond: rows / seconds };
}
