// The change log's summary must add up to its list: for every organ, over every window, each
// arrival and departure counted once, removals of holders whose appointment is not held included.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePages } from "../../tools/generate";
import type { Db } from "../db/client";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "../import/importSource";
import { changeSummary, orgChanges } from "./organs";

/** What the list shows over all its pages: the people under each heading, counted. */
async function listed(db: Db, organizationId: number, window: { from?: string; to?: string }) {
  const out = { announcements: 0, came: 0, left: 0, movedWithin: 0 };
  for (let page = 1; ; page++) {
    const { rows, total } = await orgChanges(db, organizationId, { ...window, page, pageSize: 50 });
    out.announcements = total;
    for (const g of rows) {
      out.came += g.came.length;
      out.left += g.left.length;
      out.movedWithin += g.movedWithin.length;
    }
    if (page * 50 >= total) return out;
  }
}

/** Every organ, over all time and over each year its actions fall in. */
async function checkEveryOrgan(db: Db): Promise<number> {
  const organs = await db.organization.findMany({ select: { id: true, name: true } });
  let checked = 0;
  for (const o of organs) {
    const dates = await db.action.findMany({ where: { post: { organizationId: o.id } }, select: { date: true }, distinct: ["date"] });
    const years = [...new Set(dates.flatMap((d) => (d.date ? [d.date.slice(0, 4)] : [])))];
    const windows = [{}, ...years.map((y) => ({ from: `${y}-01-01`, to: `${y}-12-31` }))];
    for (const w of windows) {
      expect(await changeSummary(db, o.id, w), `${o.name} ${JSON.stringify(w)}`).toEqual(await listed(db, o.id, w));
      checked++;
    }
  }
  return checked;
}

describe("change log summary against the list", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t?.cleanup());

  it("adds up for every organ of the sample pages; the high court's 2024 log counts six departures", async () => {
    for (const dir of ["data/sample/chongqing", "data/sample/elsewhere"]) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
        await importSource(t.db, { name: join(dir, f), bytes: readFileSync(join(dir, f)) });
      }
    }
    const high = await t.db.organization.findUniqueOrThrow({ where: { name: "重庆市高级人民法院" } });
    // 李生龙, 曹世海, 王彦, 赵虹, 彭四川, 陈怡 removed (none of their appointments is held); 蒋佩伏 came.
    expect(await changeSummary(t.db, high.id, { from: "2024-01-01", to: "2024-12-31" })).toEqual({
      announcements: 1,
      came: 1,
      left: 6,
      movedWithin: 0,
    });
    const third = await t.db.organization.findUniqueOrThrow({ where: { name: "重庆市第三中级人民法院" } });
    expect(await changeSummary(t.db, third.id, { from: "2024-01-01", to: "2024-12-31" })).toEqual({
      announcements: 1,
      came: 2, // 王剑波, 吴涛
      left: 2, // 蒋佩伏, 刘厚勇
      movedWithin: 1, // 余云中
    });
    expect(await checkEveryOrgan(t.db)).toBeGreaterThan(40);
  }, 120_000);

  it("adds up for every organ of a generated history", async () => {
    const other = await createTestDb();
    try {
      for (const p of generatePages({ actions: 2500, seed: 5 })) {
        await importSource(other.db, { name: p.name, bytes: new TextEncoder().encode(p.text) });
      }
      const departures = await other.db.action.count({ where: { kind: { in: ["免去", "决定免去", "批准免去", "批准辞职", "接受辞职"] } } });
      expect(departures).toBeGreaterThan(300);
      expect(await checkEveryOrgan(other.db)).toBeGreaterThan(200);
    } finally {
      await other.cleanup();
    }
  }, 600_000);
});
