import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import { createTestDb, type TestDb } from "../db/testing";
import { appointmentList, importText, snapshot } from "../derive/testing";
import { organNames } from "../queries/organNames";
import { reconcileStoredOrganizations } from "./organs";

// 梁平县 became 梁平区 in 2016 (data/lineage/chongqing.json): an appointment under the old name
// and a removal under the new one are one post of one organ, held by one person.
const appointed = appointmentList("2015-03-26", 12, {
  批准任命: ["庞明远为重庆市梁平县人民检察院检察长"],
  任命: ["柯小满为梁平县人民检察院检察员"],
});
const removed = appointmentList("2018-05-30", 13, {
  批准免去: ["庞明远的重庆市梁平区人民检察院检察长职务"],
  免去: ["柯小满的重庆市梁平区人民检察院检察员职务"],
});

async function organsNamed(db: Db, fragment: string) {
  const organs = await db.organization.findMany({
    where: { names: { some: { name: { contains: fragment } } } },
    select: { id: true, name: true, key: true, names: { select: { name: true, kind: true } } },
  });
  // Sorted here by code point: the databases' collations differ.
  const order = (a: { name: string; kind: string }, b: { name: string; kind: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
  return organs.map((o) => ({ ...o, names: o.names.sort(order) }));
}

async function personOf(db: Db, name: string) {
  const actions = await db.action.findMany({ where: { personName: name }, select: { personId: true, postId: true } });
  return { people: new Set(actions.map((a) => a.personId)).size, posts: new Set(actions.map((a) => a.postId)).size };
}

describe("organs over time", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it("keeps one person, one post and one roster across a 县 → 区 rename, in either import order", async () => {
    await importText(t.db, "2015.txt", appointed);
    await importText(t.db, "2018.txt", removed);
    const organs = await organsNamed(t.db, "梁平");
    expect(organs).toHaveLength(1);
    expect(organs[0]).toMatchObject({ name: "重庆市梁平区人民检察院", key: "重庆市梁平区人民检察院" });
    expect(organs[0].names.map((n) => n.name)).toEqual(["梁平县人民检察院", "重庆市梁平区人民检察院", "重庆市梁平县人民检察院"]);
    expect(await personOf(t.db, "庞明远")).toEqual({ people: 1, posts: 1 });
    expect(await personOf(t.db, "柯小满")).toEqual({ people: 1, posts: 1 });
    const tenures = await t.db.tenure.findMany({
      where: { post: { organizationId: organs[0].id } },
      select: { startDate: true, endDate: true, status: true, post: { select: { title: true } } },
      orderBy: { post: { title: "asc" } },
    });
    expect(tenures).toEqual([
      { startDate: "2015-03-26", endDate: "2018-05-30", status: "ended", post: { title: "检察员" } },
      { startDate: "2015-03-26", endDate: "2018-05-30", status: "ended", post: { title: "检察长" } },
    ]);
    const removal = await t.db.action.findFirstOrThrow({ where: { personName: "庞明远", kind: "批准免去" }, select: { linkReason: true } });
    expect(removal.linkReason).toContain("免去的职务由其担任");
    // The organ page's names: the earlier name with its date and source, and each printed form with an announcement printing it.
    const names = (await organNames(t.db, organs[0].id))!;
    expect(names.formerNames.map((e) => [e.from, e.kind, e.date])).toEqual([["重庆市梁平县人民检察院", "rename", "2016-12-02"]]);
    expect(names.formerNames[0].source).toContain("撤县设区");
    expect(names.printed.map((p) => [p.name, p.announcement?.date])).toEqual([
      ["重庆市梁平县人民检察院", "2015-03-26"],
      ["梁平县人民检察院", "2015-03-26"],
      ["重庆市梁平区人民检察院", "2018-05-30"],
    ]);

    const forward = await snapshot(t.db);
    const other = await createTestDb();
    try {
      await importText(other.db, "2018.txt", removed);
      await importText(other.db, "2015.txt", appointed);
      expect(await snapshot(other.db)).toEqual(forward);
    } finally {
      await other.cleanup();
    }
  });

  it("reads an organ printed with and without 重庆市, or in Traditional script, as one", async () => {
    await importText(t.db, "a.txt", appointmentList("2024-03-01", 3, { 任命: ["严白石为九龙坡区人民检察院检察员"] }));
    await importText(t.db, "b.txt", appointmentList("2024-09-01", 5, { 免去: ["严白石的重庆市九龙坡区人民检察院检察员职务"] }));
    await importText(t.db, "c.txt", appointmentList("2024-10-01", 6, { 任命: ["龍向東為重慶市九龍坡區人民檢察院檢察員"] }));
    const organs = await organsNamed(t.db, "九");
    expect(organs).toHaveLength(1);
    expect(organs[0].names.map((n) => n.name)).toEqual(["九龙坡区人民检察院", "重庆市九龙坡区人民检察院", "重慶市九龍坡區人民檢察院"]);
    expect(await personOf(t.db, "严白石")).toEqual({ people: 1, posts: 1 });
  });

  it("merges an organ stored on its own into the organ whose alias it turns out to be", async () => {
    // An invented pair: the court is first printed under its second name alone.
    await importText(t.db, "a.txt", appointmentList("2021-06-01", 4, { 任命: ["闻一舟为重庆市青石湾人民法院副院长、审判员"] }));
    await importText(
      t.db,
      "b.txt",
      appointmentList("2024-06-01", 7, { 免去: ["闻一舟的重庆市白鹭洲人民法院(重庆市青石湾人民法院)副院长、审判员职务"] }),
    );
    const organs = await organsNamed(t.db, "人民法院");
    const courts = organs.filter((o) => /青石湾|白鹭洲/.test(o.name));
    expect(courts).toHaveLength(1);
    expect(courts[0].name).toBe("重庆市白鹭洲人民法院");
    expect(courts[0].names).toEqual([
      { name: "重庆市白鹭洲人民法院", kind: "printed" },
      { name: "重庆市青石湾人民法院", kind: "alias" },
      { name: "重庆市青石湾人民法院", kind: "printed" },
    ]);
    expect(await personOf(t.db, "闻一舟")).toEqual({ people: 1, posts: 2 });
    const tenures = await t.db.tenure.findMany({ where: { post: { organizationId: courts[0].id } }, select: { status: true } });
    expect(tenures.map((x) => x.status)).toEqual(["ended", "ended"]);
    // Later prints of the second name alone find the merged organ.
    await importText(t.db, "c.txt", appointmentList("2024-12-01", 9, { 任命: ["季长风为重庆市青石湾人民法院审判员"] }));
    const judge = await t.db.action.findFirstOrThrow({
      where: { personName: "季长风" },
      select: { post: { select: { organizationId: true } } },
    });
    expect(judge.post.organizationId).toBe(courts[0].id);
  });

  it("reconciles a database stored before organs had keys: organs of one body become one", async () => {
    await importText(t.db, "2015.txt", appointed);
    await importText(t.db, "2018.txt", removed);
    // What an older version stored: one organ per printed name, no keys, no names table.
    const organ = (await organsNamed(t.db, "梁平"))[0];
    const old = await t.db.organization.create({ data: { name: "重庆市梁平县人民检察院", kind: "procuratorate" } });
    const oldPost = await t.db.post.create({ data: { organizationId: old.id, title: "检察长", rank: 0 } });
    await t.db.action.updateMany({ where: { personName: "庞明远", kind: "批准任命" }, data: { postId: oldPost.id } });
    await t.db.organizationName.deleteMany({});
    await t.db.organization.updateMany({ data: { key: null } });
    await t.db.organization.update({ where: { id: organ.id }, data: { name: "重庆市梁平区人民检察院" } });

    expect(await reconcileStoredOrganizations(t.db)).toBe(1);
    const organs = await t.db.organization.findMany({ where: { name: { contains: "梁平" } }, select: { id: true, key: true } });
    expect(organs).toEqual([{ id: organ.id, key: "重庆市梁平区人民检察院" }]);
    expect(await personOf(t.db, "庞明远")).toEqual({ people: 1, posts: 1 });
    const tenures = await t.db.tenure.findMany({ where: { post: { organizationId: organ.id, title: "检察长" } } });
    expect(tenures.map((x) => [x.startDate, x.endDate, x.status])).toEqual([["2015-03-26", "2018-05-30", "ended"]]);
    expect(await t.db.organization.count({ where: { key: null } })).toBe(0);
  });

  it("reconciles into the older row and gives it the later name when the older row bears the earlier name", async () => {
    // An older version stored the county's organ first (lower id), then the district's as another organ.
    await importText(t.db, "2015.txt", appointed);
    const county = (await organsNamed(t.db, "梁平"))[0];
    await importText(t.db, "2018.txt", removed);
    await t.db.organization.update({ where: { id: county.id }, data: { name: "重庆市梁平县人民检察院" } });
    const district = await t.db.organization.create({ data: { name: "重庆市梁平区人民检察院", kind: "procuratorate" } });
    const post = await t.db.post.create({ data: { organizationId: district.id, title: "检察长", rank: 0 } });
    await t.db.action.updateMany({ where: { personName: "庞明远", kind: "批准免去" }, data: { postId: post.id } });
    await t.db.organizationName.deleteMany({});
    await t.db.organization.updateMany({ data: { key: null } });

    expect(await reconcileStoredOrganizations(t.db)).toBe(1);
    expect(await t.db.organization.findMany({ where: { name: { contains: "梁平" } }, select: { id: true, name: true } })).toEqual([
      { id: county.id, name: "重庆市梁平区人民检察院" },
    ]);
    expect(await personOf(t.db, "庞明远")).toEqual({ people: 1, posts: 1 });
  });
});
