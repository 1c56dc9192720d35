// Applies the committed SQL migrations of the provider chosen by DATABASE_URL
// (prisma/migrations/sqlite or prisma/migrations/postgres), each in one transaction, and
// records them in Prisma's own _prisma_migrations table (same columns, sha256 checksum).
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/renmian.db";

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMP,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMP,
  "started_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

function migrations(provider) {
  const root = join("prisma", "migrations", provider);
  return readdirSync(root)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(root, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function migrateSqlite(file, log) {
  const { default: Database } = await import("better-sqlite3");
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(TABLE);
  const done = new Set(db.prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`).pluck().all());
  for (const m of migrations("sqlite")) {
    if (done.has(m.name)) continue;
    // foreign_keys must be off outside the transaction: table rebuilds would otherwise cascade deletes.
    db.pragma("foreign_keys = OFF");
    db.transaction(() => {
      db.exec(m.sql);
      const broken = db.pragma("foreign_key_check");
      if (broken.length) throw new Error(`migration ${m.name} breaks foreign keys: ${JSON.stringify(broken[0])}`);
      db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, CURRENT_TIMESTAMP, ?, 1)`,
      ).run(randomUUID(), m.checksum, m.name);
    })();
    db.pragma("foreign_keys = ON");
    log(`applied migration ${m.name}`);
  }
  db.close();
}

async function migratePostgres(url, log) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(TABLE);
    const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    const done = new Set(rows.map((r) => r.migration_name));
    for (const m of migrations("postgres")) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
      log(`applied migration ${m.name}`);
    }
  } finally {
    await client.end();
  }
}

export async function migrate(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, log = console.log) {
  if (/^postgres(ql)?:\/\//.test(url)) return migratePostgres(url, log);
  return migrateSqlite(url.replace(/^file:/, ""), log);
}
