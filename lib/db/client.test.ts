import { afterAll, beforeAll, expect, it } from "vitest";
import { providerOf } from "./client";
import { createTestDb, type TestDb } from "./testing";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

it("knows the provider of a client and of a transaction on it (raw SQL differs per database)", async () => {
  const expected = process.env.TEST_DATABASE_URL?.startsWith("postgres") ? "postgresql" : "sqlite";
  expect(providerOf(t.db)).toBe(expected);
  expect(await t.db.$transaction(async (tx) => providerOf(tx))).toBe(expected);
});
