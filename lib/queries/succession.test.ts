import { describe, expect, it } from "vitest";
import { neighboursOnPost, predecessorOf, type SuccessionRow, successorOf, tenureNeighbours } from "./succession";
import { setupSampleDb } from "./testing";

let id = 0;
const row = (personId: number, name: string, startDate: string | null, endDate: string | null): SuccessionRow => ({
  id: ++id,
  personId,
  startDate,
  endDate,
  person: { name },
});

describe("predecessor and successor on a one-seat post (院长)", () => {
  it("chains holders handing over on the day, skipping the holder's own earlier acting tenure", () => {
    const older = row(1, "张俊文", null, "2019-07-25");
    const acting = row(2, "何平", "2019-07-25", "2020-01-10");
    const full = row(2, "何平", "2020-01-10", "2024-11-28");
    const next = row(3, "宋飞", "2024-11-28", null);
    const n = neighboursOnPost([next, full, older, acting]);
    expect(n.get(full.id)).toMatchObject({
      predecessor: { name: "张俊文", tenureId: older.id, endDate: "2019-07-25" },
      successor: { name: "宋飞", tenureId: next.id },
    });
    expect(n.get(older.id)).toEqual({ successor: expect.objectContaining({ name: "何平", tenureId: acting.id }) });
    expect(n.get(next.id)!.successor).toBeUndefined();
  });

  it("names a predecessor across a gap only when nobody else may have held the post in between", () => {
    const chen = row(1, "陈明", "2010-03-20", "2015-01-10");
    const wang = row(2, "王剑波", "2018-11-28", null);
    expect(predecessorOf(wang, [chen, wang])?.name).toBe("陈明");
    // Someone removed in 2016 whose appointment is not held: they held it at some time before 2016.
    const zhao = row(3, "赵立新", null, "2016-06-01");
    expect(predecessorOf(wang, [chen, zhao, wang])?.name).toBe("赵立新");
    expect(successorOf(chen, [chen, zhao, wang])).toBeUndefined(); // 赵立新 may have come after 陈明, or before
    expect(successorOf(zhao, [chen, zhao, wang])?.name).toBe("王剑波");
  });

  it("names no successor when the predecessor's end is unknown or comes after the successor's start", () => {
    const open = row(1, "黄奇帆", "2009-12-03", null);
    const later = row(2, "甲", "2015-01-01", null);
    expect(predecessorOf(later, [open, later])).toBeUndefined();
    expect(successorOf(open, [open, later])).toBeUndefined();
    const removedLate = row(3, "乙", null, "2024-11-28");
    const startedEarlier = row(4, "丙", "2020-01-01", null);
    expect(predecessorOf(startedEarlier, [removedLate, startedEarlier])).toBeUndefined();
    expect(successorOf(removedLate, [removedLate, startedEarlier])).toBeUndefined();
    // A start that is not known has no predecessor.
    expect(predecessorOf(removedLate, [row(5, "丁", "2001-01-01", "2002-01-01"), removedLate])).toBeUndefined();
  });

  it("names nobody when two holders of a one-seat post left the same day", () => {
    const a = row(1, "易晓东", null, "2024-11-28");
    const b = row(2, "彭贵", null, "2024-11-28");
    const c = row(3, "王峰", "2024-11-28", null);
    expect(predecessorOf(c, [a, b, c])).toBeUndefined();
    expect(successorOf(a, [a, b, c])).toBeUndefined();
  });
});

describe("tenureNeighbours on the sample", () => {
  const t = setupSampleDb();

  it("gives no predecessor or successor on a many-seat post: 吴涛 did not succeed 蒋佩伏 as 审判委员会委员", async () => {
    const tenures = await t.db.tenure.findMany({
      where: { post: { organization: { name: "重庆市第三中级人民法院" } } },
      select: { id: true, person: { select: { name: true } }, post: { select: { title: true } } },
    });
    const n = await tenureNeighbours(
      t.db,
      tenures.map((x) => x.id),
    );
    expect(tenures.map((x) => x.post.title)).toContain("审判委员会委员");
    for (const x of tenures) expect(n.get(x.id), `${x.person.name}${x.post.title}`).toEqual({});
  });

  it("hands a one-seat post over on the day: 王剑波 left 重庆两江新区人民法院院长 as 彭贵 was appointed", async () => {
    const tenures = await t.db.tenure.findMany({
      where: { post: { title: "院长", organization: { name: "重庆两江新区人民法院" } } },
      select: { id: true, person: { select: { name: true } } },
    });
    const n = await tenureNeighbours(
      t.db,
      tenures.map((x) => x.id),
    );
    const of = (name: string) => n.get(tenures.find((x) => x.person.name === name)!.id)!;
    expect(of("彭贵").predecessor).toMatchObject({ name: "王剑波", startDate: null, endDate: "2024-11-28" });
    expect(of("王剑波").successor?.name).toBe("彭贵");
    expect(of("王剑波").predecessor).toBeUndefined();
  });
});
