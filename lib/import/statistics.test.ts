import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { providerOf } from "../db/client";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "./importSource";

const text = `## 重庆市人民代表大会常务委员会公告\n\n[六届]第58号\n\n(2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过)\n\n### 一、任命\n\n蒋佩伏为重庆市高级人民法院副院长、审判委员会委员、审判员；\n冯兵为重庆市人民检察院检察委员会委员、检察员。\n`;

describe("planner statistics after an import", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  // PostgreSQL's autovacuum analyzes by itself: nothing of ours to check there.
  it.skipIf(/^postgres/.test(process.env.TEST_DATABASE_URL ?? ""))("gives SQLite statistics for the tables an import filled", async () => {
    expect(providerOf(t.db)).toBe("sqlite");
    const report = await importSource(t.db, { name: "p.txt", bytes: new TextEncoder().encode(text) });
    expect(report.status).toBe("imported");
    const stats = await t.db.$queryRawUnsafe<{ tbl: string }[]>(`SELECT DISTINCT tbl FROM sqlite_stat1`);
    expect(stats.map((s) => s.tbl)).toEqual(expect.arrayContaining(["Action", "Person", "Post"]));
  });
});
