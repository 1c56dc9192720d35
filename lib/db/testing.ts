// A throw-away migrated database for tests: SQLite in a temp folder by default, or, when
// TEST_DATABASE_URL is a postgres:// URL (a server the tests may create databases on), a fresh
// PostgreSQL database per call, dropped again by cleanup().
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { migrate } from "../../scripts/migrate.mjs";
import { createDb, type Db, isPostgresUrl } from "./client";

export interface TestDb {
  db: Db;
  url: string;
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

async function createPostgresTestDb(serverUrl: string): Promise<TestDb> {
  const name = `renmian_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  await migrate(url, () => {});
  const db = createDb(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl && isPostgresUrl(serverUrl)) return createPostgresTestDb(serverUrl);
  const dir = mkdtempSync(join(tmpdir(), "renmian-test-"));
  const url = `file:${join(dir, "test.db")}`;
  await migrate(url, () => {});
  const db = createDb(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
