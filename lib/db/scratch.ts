// A throw-away migrated database: a SQLite file in a temp folder, or, given a PostgreSQL server
// URL (a server where databases may be created), a fresh database on it. Tests and benchmarks use it.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDb, type Db, isPostgresUrl } from "./client";
import { migrate } from "./migrate.mjs";

export interface ScratchDb {
  db: Db;
  url: string;
  /** Disconnects and removes the database. */
  cleanup: () => Promise<void>;
}

/** The same server URL with another database name. */
function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  // The maintenance database: CREATE/DROP DATABASE cannot run inside the database itself.
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty PostgreSQL database on the server; returns its URL and how to drop it. */
async function createPostgresDatabase(serverUrl: string, prefix: string): Promise<{ url: string; remove: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  return { url: withDatabase(serverUrl, name), remove: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** A new SQLite file in its own temp folder; returns its URL and how to delete it. */
function createSqliteFile(prefix: string): { url: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix.replace(/_/g, "-")}-`));
  return { url: `file:${join(dir, "scratch.db")}`, remove: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** `prefix` names the database (PostgreSQL) or the temp folder (SQLite): renmian_test, renmian_bench … */
export async function createScratchDb(prefix: string, pgServerUrl?: string): Promise<ScratchDb> {
  const { url, remove } =
    pgServerUrl && isPostgresUrl(pgServerUrl) ? await createPostgresDatabase(pgServerUrl, prefix) : createSqliteFile(prefix);
  await migrate(url, () => {});
  const db = createDb(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      await remove();
    },
  };
}
