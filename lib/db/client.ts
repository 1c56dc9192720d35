// The one Prisma client, chosen by DATABASE_URL: PostgreSQL for postgres:// URLs,
// otherwise SQLite through better-sqlite3 (default file data/renmian.db).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { type Prisma, PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "../../generated/prisma-pg/client";

export const DEFAULT_DATABASE_URL = "file:./data/renmian.db";

export type Db = PrismaClient;
/** The client inside `$transaction(async (tx) => …)`: what writers take, so they run in the caller's transaction. */
export type Tx = Prisma.TransactionClient;
export type Provider = "sqlite" | "postgresql";

// Prisma has no public accessor for the provider of a client; createDb records it here. A
// transaction client is a proxy over its client, so it reads the same symbol-keyed property.
const PROVIDER = Symbol.for("renmian.provider");

export function providerOf(client: Db | Tx): Provider {
  return (client as unknown as { [PROVIDER]?: Provider })[PROVIDER] ?? "sqlite";
}

function withProvider<C extends object>(client: C, provider: Provider): C {
  Object.defineProperty(client, PROVIDER, { value: provider, enumerable: false });
  return client;
}

// The better-sqlite3 connection under a SQLite client's adapter. The adapter holds one
// connection and runs an interactive transaction's queries on it, so statements prepared on it
// inside `$transaction` belong to that transaction. Bulk writes (lib/derive/rows.ts) use it:
// a prepared INSERT per row costs a few microseconds, a query through the ORM tens of them.
const CONNECTION = Symbol.for("renmian.sqliteConnection");

/** The better-sqlite3 adapter, remembering the connection it opens. */
class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  connection?: Database.Database;
  override async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: unknown }).client;
    if (!(connection instanceof Database)) throw new Error("db: the SQLite adapter holds no better-sqlite3 connection");
    this.connection = connection;
    return adapter;
  }
}

/** The connection a SQLite client (or its transaction client) runs on; the client must have run a query. */
export function sqliteConnection(client: Db | Tx): Database.Database {
  const factory = (client as unknown as { [CONNECTION]?: SqliteAdapterFactory })[CONNECTION];
  if (!factory?.connection) throw new Error("db: no SQLite connection (a PostgreSQL client, or one not connected yet)");
  return factory.connection;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function createDb(url = databaseUrl()): Db {
  if (isPostgresUrl(url)) {
    // Same models, generated from the provider-swapped schema: the API is identical.
    return withProvider(new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db, "postgresql");
  }
  const adapter = new SqliteAdapterFactory({ url });
  const client = withProvider(new PrismaClient({ adapter }), "sqlite");
  Object.defineProperty(client, CONNECTION, { value: adapter, enumerable: false });
  // The database is in WAL mode (scripts/migrate.mjs). There, synchronous=NORMAL keeps it
  // consistent after a crash or kill -9 and only skips the fsync at each commit; a power cut may
  // lose the last commits, never half of one. The adapter holds one connection, so this applies
  // to every query that follows.
  void client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => {});
  return client;
}

/**
 * SQLite copies the write-ahead log into the database file when it passes 1,000 pages, which a
 * large import does at every commit: index pages that every batch touches are copied fifty times
 * over. For one run of many batches the log may grow to 100,000 pages (400 MB) and is
 * copied once at the end (`end`, which also empties the log file). A kill leaves a longer log,
 * which the next open replays: nothing is lost either way. PostgreSQL: nothing to do.
 */
export async function bulkWriting(client: Db): Promise<{ end: () => Promise<void> }> {
  if (providerOf(client) !== "sqlite") return { end: async () => {} };
  await client.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 100000");
  return {
    end: async () => {
      await client.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      await client.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 1000");
    },
  };
}

const globalForDb = globalThis as unknown as { renmianDb?: Db };

/** Process-wide client (reused across Next.js hot reloads). */
export function db(): Db {
  globalForDb.renmianDb ??= createDb();
  return globalForDb.renmianDb;
}
