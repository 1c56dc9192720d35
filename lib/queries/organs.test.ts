import { describe, expect, it } from "vitest";
import { listOrgs, orgChanges, orgTree, rosterAt, rosterView } from "./organs";
import { setupSampleDb } from "./testing";

const t = setupSampleDb();

const orgId = async (name: string) => (await t.db.organization.findUniqueOrThrow({ where: { name } })).id;

describe("listOrgs and orgTree", () => {
  it("groups organs by kind and nests courts and procuratorates under their parents, with current counts", async () => {
    const { rows } = await listOrgs(t.db, {});
    const tree = orgTree(rows);
    expect(tree.map((g) => g.kind)).toEqual(["government", "court", "procuratorate", "congress"]);
    const courts = tree.find((g) => g.kind === "court")!;
    const high = courts.roots.find((r) => r.name === "重庆市高级人民法院")!;
    expect(high.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["重庆市第一中级人民法院", "重庆市第三中级人民法院", "成渝金融法院"]),
    );
    const first = high.children.find((c) => c.name === "重庆市第一中级人民法院")!;
    expect(first.children.map((c) => c.name)).toContain("重庆两江新区人民法院");
    const third = high.children.find((c) => c.name === "重庆市第三中级人民法院")!;
    expect(third.currentPeople).toBe(3); // 王剑波, 吴涛, 余云中
    const proc = tree.find((g) => g.kind === "procuratorate")!.roots.find((r) => r.name === "重庆市人民检察院")!;
    const fifth = proc.children.find((c) => c.name === "重庆市人民检察院第五分院")!;
    expect(fifth.children.map((c) => c.name)).toContain("重庆市九龙坡区人民检察院");
    // 第一 … 第五 in numeric order.
    expect(proc.children.map((c) => c.name).filter((n) => n.includes("分院"))).toEqual(
      [1, 2, 3, 4, 5].map((i) => `重庆市人民检察院第${"一二三四五"[i - 1]}分院`),
    );
  });

  it("filters by name and kind in the database; a matching child without its parent is a root", async () => {
    const { rows } = await listOrgs(t.db, { q: "第三" });
    expect(rows.map((r) => r.name).sort()).toEqual(["重庆市人民检察院第三分院", "重庆市第三中级人民法院"]);
    expect(orgTree(rows).flatMap((g) => g.roots.map((r) => r.name))).toHaveLength(2);
    const courts = await listOrgs(t.db, { kind: "court" });
    expect(courts.rows.every((r) => r.kind === "court")).toBe(true);
    expect((await listOrgs(t.db, { q: "自由贸易" })).rows.map((r) => r.name)).toEqual(["重庆两江新区人民法院"]);
  });
});

describe("rosterAt", () => {
  it("shows the third intermediate court today by post rank, with since-when and the announcement", async () => {
    const { rows } = await rosterAt(t.db, await orgId("重庆市第三中级人民法院"), {});
    expect(rows.map((r) => [r.post.title, r.person.name, r.startDate])).toEqual([
      ["院长", "王剑波", "2024-11-28"],
      ["审判委员会委员", "吴涛", "2024-11-28"],
      ["民事审判第二庭庭长", "余云中", "2024-11-28"],
      ["审判员", "吴涛", "2024-11-28"],
    ]);
    expect(rows[0].start?.number).toBe("[六届]第58号");
    expect(rows.every((r) => r.startKnown)).toBe(true);
  });

  it("shows the roster before the changes, with unknown starts flagged", async () => {
    const { rows, at } = await rosterAt(t.db, await orgId("重庆市第三中级人民法院"), { at: "2024-06-01" });
    expect(at).toBe("2024-06-01");
    const known = rows.filter((r) => r.startKnown).map((r) => [r.post.title, r.person.name, r.startDate]);
    expect(known).toEqual([["民事审判第一庭副庭长", "余云中", "2019-03-28"]]);
    const unknown = rows.filter((r) => !r.startKnown);
    expect(new Set(unknown.map((r) => r.person.name))).toEqual(new Set(["蒋佩伏", "刘厚勇"]));
    expect(unknown.every((r) => r.startDate === null && r.endDate === "2024-11-28")).toBe(true);
    // Before anything was known, only the unknown-start holders remain, still flagged.
    const early = await rosterAt(t.db, await orgId("重庆市第三中级人民法院"), { at: "2018-01-01" });
    expect(early.rows.every((r) => !r.startKnown)).toBe(true);
  });
});

describe("orgChanges", () => {
  it("tells who came, who left (and where to), and who moved within, per announcement", async () => {
    const { rows, total } = await orgChanges(t.db, await orgId("重庆市第三中级人民法院"));
    expect(total).toBe(2);
    expect(rows.map((r) => r.announcement.number)).toEqual(["[六届]第58号", "[五届]第120号"]);
    const latest = rows[0];
    expect(latest.came.map((c) => c.person.name).sort()).toEqual(["吴涛", "王剑波"]);
    const wang = latest.came.find((c) => c.person.name === "王剑波")!;
    expect(wang.openedHere?.titles).toEqual(["院长"]);
    expect(wang.elsewhereClosed.map((e) => [e.organization.name, e.titles])).toEqual([["重庆两江新区人民法院", ["院长"]]]);
    const jiang = latest.left.find((c) => c.person.name === "蒋佩伏")!;
    expect(jiang.closedHere?.titles).toEqual(["副院长", "审判委员会委员", "审判员"]);
    expect(jiang.elsewhereOpened.map((e) => e.organization.name)).toEqual(["重庆市高级人民法院"]);
    expect(latest.left.find((c) => c.person.name === "刘厚勇")?.elsewhereOpened).toEqual([]);
    expect(latest.movedWithin.map((c) => [c.person.name, c.closedHere?.titles, c.openedHere?.titles])).toEqual([
      ["余云中", ["民事审判第一庭副庭长"], ["民事审判第二庭庭长"]],
    ]);
  });

  it("limits changes to a date range and pages them", async () => {
    const id = await orgId("重庆市第三中级人民法院");
    expect((await orgChanges(t.db, id, { from: "2024-01-01", to: "2024-12-31" })).rows.map((r) => r.announcement.number)).toEqual([
      "[六届]第58号",
    ]);
    expect((await orgChanges(t.db, id, { to: "2023-12-31" })).rows.map((r) => r.announcement.number)).toEqual(["[五届]第120号"]);
    const p2 = await orgChanges(t.db, id, { pageSize: 1, page: 2 });
    expect(p2.total).toBe(2);
    expect(p2.rows.map((r) => r.announcement.number)).toEqual(["[五届]第120号"]);
  });
});

describe("rosterView", () => {
  it("shows a person holding three posts as one line, and the high court's 院长 as unknown", async () => {
    const { rows } = await rosterAt(t.db, await orgId("重庆市高级人民法院"), { at: "2025-01-01" });
    const view = rosterView(rows, "重庆市高级人民法院");
    expect(view.people.map((p) => [p.person.name, p.posts.map((x) => x.post.title)])).toEqual([
      ["蒋佩伏", ["副院长", "审判委员会委员", "审判员"]],
    ]);
    expect(view.unknownHead).toEqual({ title: "院长", uncertainHolders: 0 });
    expect(rows.every((r) => r.issuer === "重庆市人民代表大会常务委员会")).toBe(true);
  });

  it("orders people by their most senior post and knows the head when it is held", async () => {
    const id = await orgId("重庆市第三中级人民法院");
    const now = rosterView((await rosterAt(t.db, id, { at: "2025-01-01" })).rows, "重庆市第三中级人民法院");
    expect(now.people.map((p) => [p.person.name, p.posts.map((x) => x.post.title)])).toEqual([
      ["王剑波", ["院长"]],
      ["吴涛", ["审判委员会委员", "审判员"]],
      ["余云中", ["民事审判第二庭庭长"]],
    ]);
    expect(now.unknownHead).toBeNull();
    const before = rosterView((await rosterAt(t.db, id, { at: "2024-11-27" })).rows, "重庆市第三中级人民法院");
    expect(before.unknownHead).toEqual({ title: "院长", uncertainHolders: 0 });
    expect(before.uncertain.map((p) => [p.person.name, p.posts.length])).toEqual(
      expect.arrayContaining([
        ["蒋佩伏", 3],
        ["刘厚勇", 2],
      ]),
    );
    // 张俊文 was removed as 院长 of the fourth intermediate court: before that, the head is among the uncertain.
    const fourth = await orgId("重庆市第四中级人民法院");
    const then = rosterView((await rosterAt(t.db, fourth, { at: "2024-06-01" })).rows, "重庆市第四中级人民法院");
    expect(then.unknownHead).toEqual({ title: "院长", uncertainHolders: 1 });
  });
});
