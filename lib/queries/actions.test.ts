import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { actionsFilterFromParams, actionsFilterToParams, listActions, walkActions, type ActionsFilterInput } from "./actions";
import { loadSample } from "./testFixtures";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await loadSample(t.db);
}, 60_000);
afterAll(async () => t?.cleanup());

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
      expect(dates).toEqual([...dates].sort().reverse().filter((d) => d !== "~").concat(dates.filter((d) => d === "~")));
    } finally {
      await t.db.action.updateMany({ where: { announcementId: ann.id }, data: { date: "2024-11-28" } });
    }
  });

  it("walks only the filtered rows", async () => {
    const walked = await collect({ kinds: ["免去"], org: "重庆市高级人民法院" }, 3);
    expect(walked).toHaveLength(10);
  });
});
