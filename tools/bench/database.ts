// A fresh, migrated database for one benchmark run: a SQLite file in a temp folder, or a new
// database on a PostgreSQL server (a throw-away cluster unless a server URL is given).

import type { Db } from "../../lib/db/client";
import { createScratchDb } from "../../lib/db/scratch";
import { startCluster } from "../../scripts/pg-cluster.mjs";

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

export async function createBenchDatabase(provider: BenchProvider, name: string, server?: PgServer): Promise<BenchDatabase> {
  if (provider === "postgres" && !server) throw new Error("bench: a PostgreSQL server is needed");
  const scratch = await createScratchDb(`renmian_bench_${name}`, provider === "postgres" ? server?.url : undefined);
  return { provider, url: scratch.url, db: scratch.db, dispose: scratch.cleanup };
}
