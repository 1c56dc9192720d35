import { describe, expect, it } from "vitest";
import { freshDbPerTest } from "../db/testing";
import { insertRows, insertRowsGivingIds } from "./rows";

const freshDb = freshDbPerTest();

const people = ["张三", "李四", "王五", "张三", "赵六"].map((name, i) => ({
  name,
  nameKey: name,
  pinyin: `p${i}`,
  initials: `i${i}`,
}));

describe("bulk rows", () => {
  it("gives each row its own id, in the rows' order, beside rows another writer stored", async () => {
    const db = await freshDb();
    await db.person.create({ data: { name: "先来", nameKey: "先来", pinyin: "xianlai", initials: "xl" } });
    // 4,500 rows: more than one statement's worth on PostgreSQL (ids drawn per 2,000).
    const many = Array.from({ length: 4500 }, (_, i) => people[i % people.length]).map((p, i) => ({ ...p, pinyin: `${p.pinyin}-${i}` }));
    const ids = await db.$transaction((tx) => insertRowsGivingIds(tx, "Person", ["name", "nameKey", "pinyin", "initials"], many));
    expect(ids).toHaveLength(many.length);
    expect(new Set(ids).size).toBe(many.length);
    const stored = new Map((await db.person.findMany({ select: { id: true, pinyin: true } })).map((p) => [p.id, p.pinyin]));
    expect(ids.map((id) => stored.get(id))).toEqual(many.map((p) => p.pinyin));
    // the sequence went on past them: the next row by the ORM gets a fresh id
    const next = await db.person.create({ data: { name: "后到", nameKey: "后到", pinyin: "houdao", initials: "hd" } });
    expect(ids).not.toContain(next.id);
  });

  it("writes booleans and nulls", async () => {
    const db = await freshDb();
    const [first] = await db.$transaction((tx) =>
      insertRowsGivingIds(tx, "Person", ["name", "nameKey", "pinyin", "initials"], [people[0]]),
    );
    await db.$transaction(async (tx) => {
      const post = await tx.post.create({
        data: { title: "审判员", rank: 9, organization: { create: { name: "重庆市第一中级人民法院", kind: "court" } } },
      });
      await insertRows(
        tx,
        "Tenure",
        ["personId", "postId", "startActionId", "endActionId", "startDate", "endDate", "status", "acting"],
        [
          {
            personId: first,
            postId: post.id,
            startActionId: null,
            endActionId: null,
            startDate: "2020-01-02",
            endDate: null,
            status: "current",
            acting: true,
          },
        ],
      );
    });
    const tenure = await db.tenure.findFirstOrThrow({ where: { personId: first } });
    expect(tenure).toMatchObject({ acting: true, startActionId: null, endDate: null, status: "current", startDate: "2020-01-02" });
  });
});
