// A throw-away migrated database for tests: SQLite in a temp folder by default, or, when
// TEST_DATABASE_URL is a postgres:// URL (a server the tests may create databases on), a fresh
// PostgreSQL database per call, dropped again by cleanup().
import { createScratchDb, type ScratchDb } from "./scratch";

export type TestDb = ScratchDb;

export function createTestDb(): Promise<TestDb> {
  return createScratchDb("renmian_test", process.env.TEST_DATABASE_URL);
}
