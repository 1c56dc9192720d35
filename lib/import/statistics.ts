// Keeps SQLite's query-planner statistics current as imports grow the database. Without them
// SQLite guesses, and at a million actions it guessed wrong for the actions table filtered by kind
// and organ (it walked the kind index: 425 ms instead of 30 ms; see BENCHMARKS.md).
// `PRAGMA optimize` runs ANALYZE only on tables that were never analyzed or changed size about
// tenfold since, with analysis_limit keeping each ANALYZE to a sample (≈ 0.15 s at 1 M rows);
// otherwise it costs next to nothing. PostgreSQL's autovacuum does the same by itself.
import type { Db } from "../db/client";
import { providerOf } from "../db/client";

export async function refreshStatistics(db: Db): Promise<void> {
  if (providerOf(db) !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
  await db.$queryRawUnsafe("PRAGMA optimize = 0x10002");
}
