// A fresh, migrated database for one benchmark run: a SQLite file in a temp folder, or a new
// database on a PostgreSQL server (a throw-away cluster unless a server URL is given).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { migrate } from "../../scripts/migrate.mjs";
import { startCluster } from "../../scripts/pg-cluster.mjs";
import { createDb, type Db } from "../db/client";

export type BenchProvider = "sqlite" | "postgres";

export interface BenchDatabase {
  provider: BenchProvider;
  url: string;
  db: Db;
  /** Disconnects and removes the database. */
  dispose: () => Promise<void>;
}

export interface PgServer {
  url: string;
  stop: () => void;
}

/** A server to create benchmark databases on: the given URL, or a throw-away cluster. */
export async function pgServer(url?: string): Promise<PgServer> {
  if (url) return { url, stop: () => {} };
  // A little more memory than initdb's 128 MB default, as any deployment would give it.
  const cluster = await startCluster({ settings: ["shared_buffers=512MB", "max_wal_size=4GB"], log: (l: string) => console.error(l) });
  return { url: cluster.url, stop: cluster.stop };
}

function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(provider: BenchProvider, name: string, server?: PgServer): Promise<BenchDatabase> {
  if (provider === "postgres") {
    if (!server) throw new Error("bench: a PostgreSQL server is needed");
    const dbName = `renmian_bench_${name}_${process.pid}`;
    await admin(server.url, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin(server.url, `CREATE DATABASE "${dbName}"`);
    const url = withDatabase(server.url, dbName);
    await migrate(url, () => {});
    const db = createDb(url);
    return {
      provider,
      url,
      db,
      dispose: async () => {
        await db.$disconnect();
        await admin(server.url, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `renmian-bench-${name}-`));
  const url = `file:${join(dir, "bench.db")}`;
  await migrate(url, () => {});
  const db = createDb(url);
  return {
    provider,
    url,
    db,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
