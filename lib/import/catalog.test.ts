import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "./importSource";

const page = (number: string, date: string, body: string) =>
  `## 重庆市人民代表大会常务委员会公告\n\n[六届]第${number}号\n\n(${date}重庆市第六届人民代表大会常务委员会第十二次会议通过)\n\n### 一、任命\n\n${body}\n`;
const bytes = (s: string) => new TextEncoder().encode(s);

describe("organ and post catalog across imports", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it("reuses organs and posts of earlier imports and still records a new alias", async () => {
    await importSource(t.db, { name: "a.txt", bytes: bytes(page("58", "2024年11月28日", "彭贵为重庆两江新区人民法院院长。")) });
    await importSource(t.db, {
      name: "b.txt",
      bytes: bytes(
        page("70", "2025年1月10日", "王剑波为重庆两江新区人民法院(重庆自由贸易试验区人民法院)副院长；\n李芊为重庆两江新区人民法院院长。"),
      ),
    });
    const orgs = await t.db.organization.findMany({ where: { name: "重庆两江新区人民法院" } });
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases).toBe("重庆自由贸易试验区人民法院");
    const posts = await t.db.post.findMany({ where: { organizationId: orgs[0].id }, orderBy: { title: "asc" } });
    expect(posts.map((p) => p.title)).toEqual(["副院长", "院长"]);
    expect(await t.db.action.count({ where: { postId: posts[1].id } })).toBe(2);
  });

  it("forgets organs created by a dry run, which was rolled back", async () => {
    const text = page("61", "2024年12月20日", "吴闻闻为重庆市人民检察院第一分院检察员。");
    const preview = await importSource(t.db, { name: "c.txt", bytes: bytes(text) }, { dryRun: true });
    expect(preview.status).toBe("preview");
    expect(preview.newOrganizations).toBeGreaterThan(0);
    expect(await t.db.organization.count()).toBe(0);
    const real = await importSource(t.db, { name: "c.txt", bytes: bytes(text) });
    expect(real.status).toBe("imported");
    const action = await t.db.action.findFirstOrThrow({
      select: { post: { select: { title: true, organization: { select: { name: true } } } } },
    });
    expect(action.post).toEqual({ title: "检察员", organization: { name: "重庆市人民检察院第一分院" } });
  });
});
