import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { providerOf } from "../db/client";
import { createTestDb } from "../db/testing";
import { importSource } from "../import/importSource";
import {
  ActionsFilter,
  type ActionsFilterInput,
  accessLimits,
  actionsFilterFromParams,
  actionsFilterToParams,
  listActions,
  type SortKey,
  walkActions,
} from "./actions";
import { actionsWhere, setupSampleDb } from "./testing";

const t = setupSampleDb();

async function collect(input: ActionsFilterInput, chunk: number) {
  const out = [];
  for await (const r of walkActions(t.db, input, chunk)) out.push(r);
  return out;
}

describe("listActions", () => {
  it("filters by kind and organ in the database, with the total of all pages", async () => {
    const { rows, total } = await listActions(t.db, { kinds: ["免去"], org: "重庆市高级人民法院", pageSize: 4 });
    expect(total).toBe(10);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.kind === "免去" && r.post.organization.name === "重庆市高级人民法院")).toBe(true);
    const people = (await listActions(t.db, { kinds: ["免去"], org: "重庆市高级人民法院", pageSize: 50 })).rows.map((r) => r.personName);
    expect(new Set(people)).toEqual(new Set(["李生龙", "曹世海", "王彦", "赵虹", "彭四川", "陈怡"]));
  });

  it("matches part of an organ name, a post, a person by pinyin initials, and a date range", async () => {
    const branch = await listActions(t.db, { org: "第四分院", pageSize: 50 });
    expect(new Set(branch.rows.map((r) => r.personName))).toEqual(new Set(["刘伟", "冉诗玉"]));
    expect((await listActions(t.db, { post: "庭长", pageSize: 50 })).rows.every((r) => r.post.title.includes("庭长"))).toBe(true);
    const jpf = await listActions(t.db, { person: "jpf", pageSize: 50 });
    expect(jpf.total).toBe(6);
    expect(jpf.rows.every((r) => r.personName === "蒋佩伏")).toBe(true);
    const early = await listActions(t.db, { from: "2019-01-01", to: "2020-12-31", pageSize: 50 });
    expect(early.rows.map((r) => r.date).sort()).toEqual(["2019-03-28", "2019-03-28", "2020-07-30", "2020-07-30"]);
  });

  it("sorts by any column, ties broken by id, and the walk gives the rows in the order shown", async () => {
    const asc = await listActions(t.db, { sort: "person", dir: "asc", pageSize: 200 });
    const names = asc.rows.map((r) => r.personName);
    expect(names).toEqual([...names].sort());
    const byDate = await listActions(t.db, { pageSize: 200 });
    expect(byDate.rows[0].date).toBe("2024-11-28");
    expect(byDate.rows.at(-1)?.date).toBe("2019-03-28");
    for (const sort of ["date", "org", "kind"] as const) {
      const shown = (await listActions(t.db, { sort, dir: "asc", pageSize: 200 })).rows.map((r) => r.id);
      expect((await collect({ sort, dir: "asc" }, 5)).map((r) => r.id)).toEqual(shown);
    }
  });

  it("reads and writes the URL state, ignoring unknown kinds and malformed values", () => {
    const f = actionsFilterFromParams(new URLSearchParams("kind=免去&kind=bogus&org=重庆市高级人民法院&from=2024-1-1&page=x&sort=org"));
    expect(f).toMatchObject({ kinds: ["免去"], org: "重庆市高级人民法院", from: undefined, page: 1, sort: "org", dir: "desc" });
    expect(actionsFilterToParams(f).toString()).toBe(new URLSearchParams("kind=免去&org=重庆市高级人民法院&sort=org").toString());
    expect(actionsFilterFromParams({ kind: "任命,免去" }).kinds).toEqual(["任命", "免去"]);
  });

  it("a group in the URL stands for all its kinds: 免 finds every removal, not only 免去", async () => {
    const f = actionsFilterFromParams(new URLSearchParams("group=免&kind=接受辞职&group=调"));
    expect(f.groups).toEqual(["免"]);
    expect(f.kinds).toEqual(["接受辞职", "免去", "决定免去", "批准免去", "撤销职务", "罢免"]);
    // Written back as the group and the one kind outside it.
    expect(actionsFilterToParams(f).toString()).toBe(new URLSearchParams("group=免&kind=接受辞职").toString());
    const removals = await listActions(t.db, { ...actionsFilterFromParams({ group: "免" }), pageSize: 200 });
    const onlyMianqu = await listActions(t.db, { kinds: ["免去"], pageSize: 1 });
    expect(removals.total).toBeGreaterThan(onlyMianqu.total);
    expect(new Set(removals.rows.map((r) => r.kind))).toEqual(
      new Set((await t.db.action.findMany({ where: { kind: { in: f.kinds.slice(1) } }, select: { kind: true } })).map((a) => a.kind)),
    );
  });
});

describe("walkActions", () => {
  it.each([
    ["date", "desc"],
    ["date", "asc"],
    ["person", "asc"],
    ["org", "desc"],
    ["post", "asc"],
    ["kind", "desc"],
  ] as const)("walks every filtered row exactly once by keyset (%s %s), in small chunks", async (sort, dir) => {
    const all = await listActions(t.db, { sort, dir, pageSize: 200 });
    const walked = await collect({ sort, dir }, 7);
    expect(walked.map((r) => r.id).sort((a, b) => a - b)).toEqual(all.rows.map((r) => r.id).sort((a, b) => a - b));
    expect(new Set(walked.map((r) => r.id)).size).toBe(walked.length);
  });

  it("walks rows with and without dates in order, nulls last", async () => {
    const ann = await t.db.announcement.findFirstOrThrow({ where: { number: "[六届]第57号" } });
    await t.db.action.updateMany({ where: { announcementId: ann.id }, data: { date: null } });
    try {
      const walked = await collect({}, 3);
      expect(walked).toHaveLength((await listActions(t.db, {})).total);
      expect(walked.at(-1)?.date).toBeNull();
      const dates = walked.map((r) => r.date ?? "~");
      expect(dates).toEqual(
        [...dates]
          .sort()
          .reverse()
          .filter((d) => d !== "~")
          .concat(dates.filter((d) => d === "~")),
      );
    } finally {
      await t.db.action.updateMany({ where: { announcementId: ann.id }, data: { date: "2024-11-28" } });
    }
  });

  it("walks only the filtered rows", async () => {
    const walked = await collect({ kinds: ["免去"], org: "重庆市高级人民法院" }, 3);
    expect(walked).toHaveLength(10);
  });
});

describe("access paths (organ, post and person resolved to ids first)", () => {
  // The reference: the filter as relation conditions in one Prisma query, as listActions ran before.
  async function reference(input: ActionsFilterInput) {
    const f = ActionsFilter.parse(input);
    const where = actionsWhere(f);
    const rows = await t.db.action.findMany({
      where,
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  const filters: ActionsFilterInput[] = [
    { kinds: ["免去"], org: "重庆市高级人民法院" },
    { kinds: ["任命", "免去"], org: "人民法院" },
    { org: "第三中级", post: "院长" },
    { post: "庭长", from: "2024-01-01" },
    { person: "蒋佩伏" },
    { person: "jpf", kinds: ["免去"] },
    { person: "jiang" },
    { person: "王", org: "检察院" },
    { kinds: ["任命"], from: "2019-01-01", to: "2020-12-31" },
    { org: "没有这个机关" },
    { person: "无此人" },
  ];

  it.each(filters.map((f) => [JSON.stringify(f), f] as const))("lists the same rows and total as the relation filter: %s", async (_, f) => {
    const expected = await reference(f);
    const { rows, total } = await listActions(t.db, { ...f, pageSize: 200 });
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it("reads % and _ in a text filter as characters, not as wildcards", async () => {
    for (const f of [{ org: "%" }, { post: "_" }, { person: "%" }] as ActionsFilterInput[]) {
      expect((await listActions(t.db, f)).total).toBe(0);
      expect(await collect(f, 3)).toEqual([]);
    }
  });

  it("finds rows for most of the filters (the comparison is not between empty lists)", async () => {
    const sizes = await Promise.all(filters.map(async (f) => (await reference(f)).length));
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThanOrEqual(8);
  });

  it.each<[ActionsFilterInput, SortKey, "asc" | "desc"]>([
    [{}, "date", "desc"],
    [{}, "date", "asc"],
    [{ kinds: ["免去"], org: "人民法院" }, "date", "desc"],
    [{ person: "jpf" }, "org", "asc"],
    [{ post: "审判员" }, "post", "desc"],
    [{ from: "2020-01-01" }, "person", "desc"],
    [{}, "kind", "asc"],
    [{ kinds: ["任命", "免去"], org: "人民法院" }, "kind", "desc"],
    [{}, "org", "desc"],
    [{}, "post", "asc"],
  ])("walks (flat keyset chunks) the very rows the pages show, fields and order: %j %s %s", async (f, sort, dir) => {
    const shown = await listActions(t.db, { ...f, sort, dir, pageSize: 200 });
    expect(shown.total).toBeGreaterThan(0);
    expect(shown.total).toBeLessThanOrEqual(200);
    expect(await collect({ ...f, sort, dir }, 4)).toEqual(shown.rows);
  });

  it("keeps a name filter that matches many people as a relation condition, with the same rows", async () => {
    const saved = accessLimits.personIds;
    accessLimits.personIds = 1;
    try {
      for (const f of [{ person: "王" }, { person: "j", kinds: ["免去"] }] as ActionsFilterInput[]) {
        const expected = await reference(f);
        expect(expected.length).toBeGreaterThan(1);
        const { rows, total } = await listActions(t.db, { ...f, pageSize: 200 });
        expect(rows.map((r) => r.id)).toEqual(expected);
        expect(total).toBe(expected.length);
        expect(await collect(f, 3)).toEqual(rows);
      }
    } finally {
      accessLimits.personIds = saved;
    }
  });

  it("sorts a kind's actions by organ or post the same whether it walks organs and posts in name order or sorts off the kind index", async () => {
    const saved = accessLimits.kindSortRows;
    try {
      for (const [sort, dir, kinds] of [
        ["org", "asc", ["免去"]],
        ["post", "desc", ["任命", "决定任命"]],
      ] as const) {
        const f = { sort, dir, kinds: [...kinds], pageSize: 7, page: 2 };
        const pages = [];
        for (const limit of [0, 1_000_000]) {
          accessLimits.kindSortRows = limit;
          pages.push(await listActions(t.db, f));
        }
        expect(pages[0].total).toBeGreaterThan(14);
        expect(pages[0].rows).toHaveLength(7);
        expect(pages[1]).toEqual(pages[0]);
        const all = (await listActions(t.db, { ...f, page: 1, pageSize: 200 })).rows;
        expect(all.length).toBe(pages[0].total);
        expect(all.slice(7, 14)).toEqual(pages[0].rows);
        const key = (r: (typeof all)[number]) => (sort === "org" ? r.post.organization.name : r.post.title);
        const keys = all.map(key);
        const ascending = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
        expect(keys).toEqual([...keys].sort((x, y) => (dir === "asc" ? ascending(x, y) : ascending(y, x))));
        expect(all.every((r) => (kinds as readonly string[]).includes(r.kind))).toBe(true);
      }
    } finally {
      accessLimits.kindSortRows = saved;
    }
  });

  it("pages in date order, nulls last, across the dated and undated rows like one ORDER BY (both directions)", async () => {
    const ann = await t.db.announcement.findFirstOrThrow({ where: { number: "[六届]第57号" } });
    await t.db.action.updateMany({ where: { announcementId: ann.id }, data: { date: null } });
    try {
      const kinds = (await t.db.action.findMany({ where: { announcementId: ann.id }, select: { kind: true }, take: 1 })).map((a) => a.kind);
      for (const dir of ["desc", "asc"] as const) {
        for (const f of [{}, { kinds }] as ActionsFilterInput[]) {
          const expected = await t.db.action.findMany({
            where: actionsWhere(ActionsFilter.parse(f)),
            orderBy: [{ date: { sort: dir, nulls: "last" } }, { id: dir }],
            select: { id: true, date: true },
          });
          expect(expected.some((r) => r.date === null)).toBe(true);
          const paged: number[] = [];
          for (let page = 1; paged.length < expected.length; page++) {
            const { rows, total } = await listActions(t.db, { ...f, dir, page, pageSize: 7 });
            expect(total).toBe(expected.length);
            expect(rows.length).toBeGreaterThan(0);
            paged.push(...rows.map((r) => r.id));
          }
          expect(paged).toEqual(expected.map((r) => r.id));
        }
      }
    } finally {
      await t.db.action.updateMany({ where: { announcementId: ann.id }, data: { date: "2024-11-28" } });
    }
  });
});

describe("the actions table's total", () => {
  it("matches a count after imports and deletions, read on PostgreSQL from the per-kind tally its triggers keep", async () => {
    const scratch = await createTestDb();
    try {
      for (const path of ["data/sample/chongqing/003_af4697241a7c2a00.txt", "data/sample/elsewhere/beijing-resign-2021.txt"]) {
        expect((await importSource(scratch.db, { name: path, bytes: readFileSync(path) })).status).toBe("imported");
      }
      const counted = async () =>
        Object.fromEntries((await scratch.db.action.groupBy({ by: ["kind"], _count: { _all: true } })).map((g) => [g.kind, g._count._all]));
      const tallied = async () =>
        Object.fromEntries((await scratch.db.actionTally.findMany({ where: { n: { gt: 0 } } })).map((r) => [r.kind, r.n]));
      const onPostgres = providerOf(scratch.db) === "postgresql";
      const before = await counted();
      expect(Object.keys(before).length).toBeGreaterThan(1);
      expect(await tallied()).toEqual(onPostgres ? before : {});
      const kinds = Object.keys(before).slice(0, 2);
      expect((await listActions(scratch.db, { kinds })).total).toBe(kinds.reduce((s, k) => s + before[k], 0));
      expect((await listActions(scratch.db, { sort: "org", kinds: kinds.slice(0, 1) })).total).toBe(before[kinds[0]]);

      // A deleted announcement takes its actions with it (cascade): the tally follows.
      const first = await scratch.db.announcement.findFirstOrThrow({ orderBy: { id: "asc" } });
      await scratch.db.announcement.delete({ where: { id: first.id } });
      expect(await tallied()).toEqual(onPostgres ? await counted() : {});
      expect((await listActions(scratch.db, {})).total).toBe(await scratch.db.action.count());
    } finally {
      await scratch.cleanup();
    }
  }, 60_000);
});
