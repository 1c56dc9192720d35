import { describe, expect, it } from "vitest";
import { providerOf } from "../db/client";
import { sameNamePeople, searchPeople, searchTiers } from "./search";
import { setupSampleDb } from "./testing";

const t = setupSampleDb();

describe("searchPeople", () => {
  it("finds a two-character name exactly, with current posts and the last action date", async () => {
    const { rows, total } = await searchPeople(t.db, { q: "吴凯" });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ name: "吴凯", match: "name", lastActionDate: "2024-11-28" });
    expect(rows[0].currentPosts).toEqual([
      expect.objectContaining({ organization: "重庆市人大教育科学文化卫生委员会", title: "副主任委员", since: "2024-11-28" }),
    ]);
  });

  it("finds by full pinyin and by initials", async () => {
    const full = await searchPeople(t.db, { q: "jiangguojie" });
    expect(full.rows.map((r) => r.name)).toEqual(["姜国杰"]);
    expect(full.rows[0].match).toBe("pinyin");
    const initials = await searchPeople(t.db, { q: "JGJ" });
    expect(initials.rows.map((r) => r.name)).toContain("姜国杰");
    expect(initials.rows.find((r) => r.name === "姜国杰")?.match).toBe("initials");
    // 蒋佩伏 (jpf) does not match jgj; a prefix of the initials finds both 姜国杰 and 蒋佩伏 among others.
    expect(initials.rows.map((r) => r.name)).not.toContain("蒋佩伏");
    const prefix = await searchPeople(t.db, { q: "jp" });
    expect(prefix.rows.map((r) => r.name)).toContain("蒋佩伏");
  });

  it("finds by the first character (prefix) before people who only contain it", async () => {
    const { rows, total } = await searchPeople(t.db, { q: "蒋", pageSize: 50 });
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set(["蒋佩伏", "蒋德阳"]));
    expect(total).toBe(rows.length);
    expect(rows.every((r) => r.match === "prefix")).toBe(true);
    const part = await searchPeople(t.db, { q: "国", pageSize: 50 });
    expect(part.rows.map((r) => r.name)).toEqual(expect.arrayContaining(["姜国杰", "张国智", "杨国权"]));
    expect(part.rows.every((r) => r.match === "part")).toBe(true);
  });

  it("finds a two-character part that is not the beginning of the name through the bigram table", async () => {
    const { rows } = await searchPeople(t.db, { q: "国杰" });
    expect(rows.map((r) => [r.name, r.match])).toEqual([["姜国杰", "part"]]);
    // Every stored name key has its bigrams (kept by a trigger on Person), and the part tier lists keys.
    const keys = await t.db.person.findMany({ distinct: ["nameKey"], select: { nameKey: true } });
    const bigrams = await t.db.nameBigram.findMany({ select: { bigram: true, nameKey: true } });
    for (const { nameKey } of keys) {
      const chars = [...nameKey];
      for (let i = 0; i + 1 < chars.length; i++) expect(bigrams).toContainEqual({ bigram: chars[i] + chars[i + 1], nameKey });
    }
    const part = JSON.stringify(searchTiers("国杰", "sqlite", ["姜国杰"])[2].where);
    expect(part).toContain('"in":["姜国杰"]');
    expect(part).not.toContain("contains");
  });

  it("accepts Traditional input and keeps same-name people apart with their organs", async () => {
    const { rows } = await searchPeople(t.db, { q: "劉偉" });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.name === "刘伟" || r.name === "劉偉")).toBe(true);
    const organs = rows.map((r) => r.organs.map((o) => o.name).join("、"));
    expect(organs.some((o) => o.includes("重庆市人民政府"))).toBe(true);
    expect(organs.some((o) => o.includes("重庆市人民检察院第四分院"))).toBe(true);
  });

  it("pages through the tiers in the database", async () => {
    const all = await searchPeople(t.db, { q: "王", pageSize: 50 });
    expect(all.total).toBeGreaterThanOrEqual(5);
    const page1 = await searchPeople(t.db, { q: "王", pageSize: 2, page: 1 });
    const page2 = await searchPeople(t.db, { q: "王", pageSize: 2, page: 2 });
    expect(page1.total).toBe(all.total);
    expect([...page1.rows, ...page2.rows].map((r) => r.id)).toEqual(all.rows.slice(0, 4).map((r) => r.id));
  });

  it("returns nothing for an empty or punctuation-only query and ignores merged people", async () => {
    expect((await searchPeople(t.db, { q: "  " })).total).toBe(0);
    const before = await searchPeople(t.db, { q: "吴凯" });
    await t.db.person.update({ where: { id: before.rows[0].id }, data: { mergedIntoId: 1 } });
    expect((await searchPeople(t.db, { q: "吴凯" })).total).toBe(0);
    await t.db.person.update({ where: { id: before.rows[0].id }, data: { mergedIntoId: null } });
  });

  it("uses index ranges for prefixes on SQLite and LIKE prefixes alone on PostgreSQL", () => {
    expect(providerOf(t.db)).toBe(/^postgres/.test(t.url) ? "postgresql" : "sqlite");
    const sqlite = JSON.stringify(searchTiers("王", "sqlite")[1].where);
    expect(sqlite).toContain('"gte":"王"');
    expect(sqlite).toContain('"startsWith":"王"');
    const pg = JSON.stringify(searchTiers("王", "postgresql")[1].where);
    expect(pg).not.toContain("gte");
    expect(pg).toContain('"startsWith":"王"');
  });

  it("lists the other people of the same name with what tells them apart", async () => {
    const { rows } = await searchPeople(t.db, { q: "刘伟" });
    const procurator = rows.find((r) => r.currentPosts.some((p) => p.organization === "重庆市人民检察院第四分院"))!;
    const others = await sameNamePeople(t.db, "刘伟", procurator.id);
    expect(others.map((o) => o.id)).not.toContain(procurator.id);
    expect(others.map((o) => o.currentPosts.map((p) => p.organization + p.title).join())).toEqual(["重庆市人民政府副秘书长"]);
  });
});
