// A throw-away migrated database for tests: SQLite in a temp folder by default, or, when
// TEST_DATABASE_URL is a postgres:// URL (a server the tests may create databases on), a fresh
// PostgreSQL database per call, dropped again by cleanup().
import { afterEach } from "vitest";
import type { Db } from "./client";
import { createScratchDb, type ScratchDb } from "./scratch";

export type TestDb = ScratchDb;

export function createTestDb(): Promise<TestDb> {
  return createScratchDb("renmian_test", process.env.TEST_DATABASE_URL);
}

/**
 * For a test file whose tests each want fresh databases: returns a function giving a new one per
 * call, every one removed after the test that asked for it. Call at the top level of the file.
 */
export function freshDbPerTest(cleanupTimeout = 120_000): () => Promise<Db> {
  const open: TestDb[] = [];
  afterEach(async () => {
    for (const t of open.splice(0)) await t.cleanup();
  }, cleanupTimeout);
  return async () => {
    const t = await createTestDb();
    open.push(t);
    return t.db;
  };
}
