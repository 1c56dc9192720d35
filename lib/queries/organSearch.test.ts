import { describe, expect, it } from "vitest";
import { searchOrgans } from "./organSearch";
import { setupSampleDb } from "./testing";

const t = setupSampleDb();

describe("searchOrgans", () => {
  it("finds organs by part of the name, in Simplified or Traditional script", async () => {
    const simplified = await searchOrgans(t.db, "第三中级");
    expect(simplified.rows.map((r) => r.name)).toEqual(["重庆市第三中级人民法院"]);
    const traditional = await searchOrgans(t.db, "第三中級人民法院");
    expect(traditional.rows.map((r) => r.name)).toEqual(["重庆市第三中级人民法院"]);
    expect((await searchOrgans(t.db, "重慶市高級人民法院")).rows[0]?.name).toBe("重庆市高级人民法院");
  });

  it("leaves pinyin to the people search and counts beyond the rows it returns", async () => {
    expect((await searchOrgans(t.db, "wangfeng")).total).toBe(0);
    const courts = await searchOrgans(t.db, "法院", 2);
    expect(courts.rows).toHaveLength(2);
    expect(courts.total).toBeGreaterThan(2);
  });
});
