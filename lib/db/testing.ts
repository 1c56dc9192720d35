// A throw-away migrated SQLite database for tests (or PostgreSQL when TEST_DATABASE_URL says so).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "../../scripts/migrate.mjs";
import { createDb, type Db } from "./client";

export interface TestDb {
  db: Db;
  url: string;
  cleanup: () => Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
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
