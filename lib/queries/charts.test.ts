import { describe, expect, it } from "vitest";
import { decisionsPerMonth, organTenures } from "./charts";
import { setupSampleDb } from "./testing";

const t = setupSampleDb();

const orgId = async (name: string) => (await t.db.organization.findUniqueOrThrow({ where: { name } })).id;

describe("organTenures", () => {
  it("lists every tenure of the organ's posts, senior posts first, with who still holds them", async () => {
    const spans = await organTenures(t.db, await orgId("重庆市第三中级人民法院"));
    expect(spans.length).toBeGreaterThan(0);
    const ranks = spans.map((s) => s.post.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const current = spans.filter((s) => s.current).map((s) => s.person.name);
    expect(current).toEqual(expect.arrayContaining(["王剑波", "吴涛", "余云中"]));
    for (const s of spans) {
      if (s.startDate && s.endDate) expect(s.startDate <= s.endDate).toBe(true);
      if (s.current) expect(s.endDate).toBeNull();
    }
  });
});

describe("decisionsPerMonth", () => {
  it("counts each month's decisions by issuer, the same as counting the actions of that month", async () => {
    const { rows, undated } = await decisionsPerMonth(t.db);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.reduce((n, r) => n + r.count, 0) + undated).toBe(await t.db.action.count());
    const busiest = rows.reduce((a, b) => (b.count > a.count ? b : a));
    const actions = await t.db.action.count({ where: { date: { startsWith: busiest.month }, announcement: { issuer: busiest.issuer } } });
    expect(busiest.count).toBe(actions);
    expect(rows.every((r) => /^\d{4}-\d{2}$/.test(r.month))).toBe(true);
  });
});
