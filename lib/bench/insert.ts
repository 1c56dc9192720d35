// Multi-row INSERT through the Prisma client's own driver (better-sqlite3 or pg): the fastest
// plain way to write rows from the app, used as the import floor and by the bulk loader.
import type { Db } from "../db/client";
import type { BenchProvider } from "./database";

export type Row = (string | number | boolean | null)[];

/** Inserts rows in statements of `batch` rows; returns the seconds spent in the database calls. */
export async function insertRows(db: Db, provider: BenchProvider, table: string, columns: string[], rows: Row[], batch = 500): Promise<number> {
  const cols = columns.map((c) => `"${c}"`).join(", ");
  let seconds = 0;
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    let n = 0;
    const values = chunk
      .map((r) => `(${r.map(() => (provider === "postgres" ? `$${++n}` : "?")).join(", ")})`)
      .join(", ");
    const sql = `INSERT INTO "${table}" (${cols}) VALUES ${values}`;
    const t = performance.now();
    await db.$executeRawUnsafe(sql, ...chunk.flat());
    seconds += (performance.now() - t) / 1000;
  }
  return seconds;
}

/** After inserting explicit ids into SERIAL columns, PostgreSQL's sequences must move past them. */
export async function resetSequences(db: Db, provider: BenchProvider, tables: string[]) {
  if (provider !== "postgres") return;
  for (const t of tables) {
    await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), COALESCE((SELECT MAX(id) FROM "${t}"), 0) + 1, false)`);
  }
}
