// The importer's incremental tenure path (continuing each post from its open tenures when the new
// entries come after its stored ones) must store exactly what the full recomputation stores.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPage, generatePages } from "../../tools/generate";
import type { Db } from "../db/client";
import { freshDbPerTest } from "../db/testing";
import { incrementalTenures, rederiveTenures } from "./tenures";
import { appointmentList, importText, snapshot } from "./testing";

// A realistic history: Chongqing-style lists over thirty years, same names for different people,
// moves, handovers of head posts, acting heads, resignations, removals without a known appointment.
let pages: GeneratedPage[];
beforeAll(() => {
  pages = [...generatePages({ actions: 4000, seed: 11 })];
});

const freshDb = freshDbPerTest();
afterEach(() => {
  incrementalTenures.enabled = true;
});
afterAll(() => {
  incrementalTenures.enabled = true;
});

async function importAll(list: GeneratedPage[], incremental: boolean): Promise<Db> {
  const db = await freshDb();
  incrementalTenures.enabled = incremental;
  for (const p of list) await importText(db, p.name, p.text);
  incrementalTenures.enabled = true;
  return db;
}

async function recomputeAllTenures(db: Db) {
  const posts = (await db.post.findMany({ select: { id: true } })).map((p) => p.id);
  await db.$transaction((tx) => rederiveTenures(tx, posts), { timeout: 120_000 });
}

describe("incremental tenures on import", () => {
  it("gives the same people, links, reasons and tenures as the full recomputation, importing in date order", async () => {
    const before = { ...incrementalTenures };
    const fast = await importAll(pages, true);
    // The fast path was taken.
    expect(incrementalTenures.continuedPosts - before.continuedPosts).toBeGreaterThan(500);
    const fastSnapshot = await snapshot(fast);
    expect(fastSnapshot.tenures.length).toBeGreaterThan(1500);
    expect(fastSnapshot.tenures.some((t) => t.includes("acting"))).toBe(true);

    const slow = await importAll(pages, false);
    expect(fastSnapshot).toEqual(await snapshot(slow));

    // And the tenures are what deriving every post from all its actions gives.
    await recomputeAllTenures(fast);
    expect(await snapshot(fast)).toEqual(fastSnapshot);
  }, 300_000);

  it("falls back to the full recomputation for posts an out-of-order import reaches into", async () => {
    // Date order, except that every seventh list arrives after the one that follows it, and the
    // lists of one year 2008 arrive last (after later years').
    const order = pages.filter((p) => !p.name.startsWith("2008"));
    for (let i = 6; i + 1 < order.length; i += 7) [order[i], order[i + 1]] = [order[i + 1], order[i]];
    order.push(...pages.filter((p) => p.name.startsWith("2008")));
    expect(order.length).toBe(pages.length);

    const before = { ...incrementalTenures };
    const fast = await importAll(order, true);
    expect(incrementalTenures.continuedPosts - before.continuedPosts).toBeGreaterThan(500);
    expect(incrementalTenures.recomputedPosts - before.recomputedPosts).toBeGreaterThan(0);
    const slow = await importAll(order, false);
    const fastSnapshot = await snapshot(fast);
    expect(fastSnapshot).toEqual(await snapshot(slow));
    await recomputeAllTenures(fast);
    expect(await snapshot(fast)).toEqual(fastSnapshot);
  }, 300_000);

  it("recomputes a post whose new removal needs more than its open tenures (after a handover, or never appointed)", async () => {
    const court = "重庆市第三中级人民法院";
    const lists = [
      appointmentList("2015-03-20", 3, { 任命: [`张建国为${court}院长`, `李明为${court}审判员`] }),
      appointmentList("2019-07-25", 9, { 任命: [`王海为${court}院长`] }),
      // The old 院长 removed two months after the handover: it opens nothing (only the history says so).
      appointmentList("2019-09-26", 10, { 免去: [`张建国的${court}院长职务`, `赵强的${court}审判员职务`] }),
      appointmentList("2020-05-01", 11, { 决定代理: [`刘红为${court}院长`] }),
      appointmentList("2020-09-01", 12, { 任命: [`刘红为${court}院长`], 免去: [`李明的${court}审判员职务`] }),
    ];
    const pagesOf = lists.map((text, i) => ({ name: `${i}.txt`, text }) as GeneratedPage);
    const before = { ...incrementalTenures };
    const fast = await importAll(pagesOf, true);
    expect(incrementalTenures.recomputedPosts - before.recomputedPosts).toBe(2); // 院长 and 审判员 in 2019-09-26
    const fastSnapshot = await snapshot(fast);
    expect(fastSnapshot.tenures).toEqual([
      `2015-03-20 张建国 任命 ${court}院长 @ ${court}院长 2015-03-20→2019-07-25 ended`,
      `2015-03-20 李明 任命 ${court}审判员 @ ${court}审判员 2015-03-20→2020-09-01 ended`,
      `2019-07-25 王海 任命 ${court}院长 @ ${court}院长 2019-07-25→2020-05-01 ended`,
      `2019-09-26 赵强 免去 ${court}审判员 @ ${court}审判员 ?→2019-09-26 unknown-start`,
      `2020-05-01 刘红 决定代理 ${court}院长 @ ${court}院长 2020-05-01→2020-09-01 ended acting`,
      `2020-05-01 刘红 决定代理 ${court}院长 @ ${court}院长 2020-09-01→ current`,
    ]);
    expect(fastSnapshot).toEqual(await snapshot(await importAll(pagesOf, false)));
  });
});
