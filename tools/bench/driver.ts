// Bare multi-row INSERTs through the database driver itself (better-sqlite3 or pg), without the
// ORM: the import floor.
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../../lib/db/client";

export type Row = (string | number | boolean | null)[];

export interface RawWriter {
  /** Inserts rows in statements of `batch` rows, in one transaction; returns the seconds it took. */
  insert(table: string, columns: readonly string[], rows: Row[], batch?: number): Promise<number>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function rawWriter(url: string): Promise<RawWriter> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      async insert(table, columns, rows, batch = 1000) {
        const t = performance.now();
        const cols = columns.map((c) => `"${c}"`).join(", ");
        await client.query("BEGIN");
        for (let i = 0; i < rows.length; i += batch) {
          const chunk = rows.slice(i, i + batch);
          let n = 0;
          const values = chunk.map((r) => `(${r.map(() => `$${++n}`).join(", ")})`).join(", ");
          await client.query(`INSERT INTO "${table}" (${cols}) VALUES ${values}`, chunk.flat());
        }
        await client.query("COMMIT");
        return (performance.now() - t) / 1000;
      },
      async exec(sql) {
        await client.query(sql);
      },
      close: () => client.end(),
    };
  }
  const db = new Database(url.replace(/^file:/, ""));
  db.pragma("busy_timeout = 10000");
  return {
    async insert(table, columns, rows, batch = 500) {
      const t = performance.now();
      const cols = columns.map((c) => `"${c}"`).join(", ");
      const one = `(${columns.map(() => "?").join(", ")})`;
      const full = db.prepare(`INSERT INTO "${table}" (${cols}) VALUES ${Array(batch).fill(one).join(", ")}`);
      const norm = (v: Row[number]) => (typeof v === "boolean" ? (v ? 1 : 0) : v);
      db.transaction(() => {
        let i = 0;
        for (; i + batch <= rows.length; i += batch)
          full.run(
            rows
              .slice(i, i + batch)
              .flat()
              .map(norm),
          );
        const rest = rows.slice(i);
        if (rest.length)
          db.prepare(`INSERT INTO "${table}" (${cols}) VALUES ${Array(rest.length).fill(one).join(", ")}`).run(rest.flat().map(norm));
      })();
      return (performance.now() - t) / 1000;
    },
    async exec(sql) {
      db.exec(sql);
    },
    async close() {
      db.close();
    },
  };
}
