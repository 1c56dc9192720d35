// The query functions on the sample page as the importer stores it (parser, identity rules,
// tenures and organ hierarchy included): the facts the Playwright specs look for.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "../import/importSource";
import { listActions } from "./actions";
import { listOrgs, orgChanges, orgTree, rosterAt } from "./organs";
import { personTimeline } from "./person";
import { searchPeople } from "./search";

const PAGE = "data/sample/chongqing/003_af4697241a7c2a00.txt";
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const report = await importSource(t.db, { name: PAGE, bytes: readFileSync(PAGE) });
  expect(report.status).toBe("imported");
}, 60_000);
afterAll(async () => t?.cleanup());

const orgId = async (name: string) => (await t.db.organization.findUniqueOrThrow({ where: { name } })).id;

describe("queries on the imported sample page", () => {
  it("finds 王峰 by name and 姜国杰 by initials", async () => {
    expect((await searchPeople(t.db, { q: "王峰" })).rows.map((r) => r.name)).toEqual(["王峰"]);
    const jgj = await searchPeople(t.db, { q: "jgj" });
    expect(jgj.rows[0]).toMatchObject({ name: "姜国杰", match: "initials" });
    expect(jgj.rows[0].currentPosts.map((p) => p.organization + p.title)).toEqual(["重庆市人民政府副市长"]);
  });

  it("shows 王剑波 as 院长 of the third intermediate court since 2024-11-28 and 蒋佩伏 leaving for the high court", async () => {
    const id = await orgId("重庆市第三中级人民法院");
    const roster = await rosterAt(t.db, id, { at: "2025-01-01" });
    expect(roster.rows[0]).toMatchObject({
      post: { title: "院长" },
      person: { name: "王剑波" },
      startDate: "2024-11-28",
      startKnown: true,
    });
    const [changes] = (await orgChanges(t.db, id)).rows;
    const jiang = changes.left.find((c) => c.person.name === "蒋佩伏")!;
    expect(jiang.elsewhereOpened.map((e) => e.organization.name)).toEqual(["重庆市高级人民法院"]);
    const timeline = (await personTimeline(t.db, jiang.person.id))!;
    expect(timeline.events.map((e) => e.type)).toEqual(["move"]);
  });

  it("has 10 removals (免去) at the high court", async () => {
    const { total, rows } = await listActions(t.db, { kinds: ["免去"], org: "重庆市高级人民法院" });
    expect(total).toBe(10);
    expect(rows.every((r) => r.date === "2024-11-28")).toBe(true);
  });

  it("fills the organ hierarchy on import", async () => {
    const courts = orgTree((await listOrgs(t.db, { kind: "court" })).rows)[0];
    const high = courts.roots.find((r) => r.name === "重庆市高级人民法院")!;
    expect(high.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["重庆市第三中级人民法院", "重庆市第四中级人民法院", "成渝金融法院"]),
    );
  });
});
