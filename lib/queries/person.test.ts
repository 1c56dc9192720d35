import { describe, expect, it } from "vitest";
import { personTimeline, survivingPersonId } from "./person";
import { setupSampleDb } from "./testing";

const t = setupSampleDb();

const idOf = async (name: string) => (await t.db.person.findFirstOrThrow({ where: { name }, orderBy: { id: "asc" } })).id;

describe("personTimeline", () => {
  it("reads 蒋佩伏's removal and appointment in one announcement as a move, posts joined per organ", async () => {
    const tl = (await personTimeline(t.db, await idOf("蒋佩伏")))!;
    expect(tl.events).toHaveLength(1);
    const move = tl.events[0];
    expect(move.type).toBe("move");
    expect(move.announcement.number).toBe("[六届]第58号");
    expect(move.closed).toEqual([
      expect.objectContaining({
        organization: expect.objectContaining({ name: "重庆市第三中级人民法院" }),
        titles: ["副院长", "审判委员会委员", "审判员"],
        kind: "免去",
      }),
    ]);
    expect(move.opened).toEqual([
      expect.objectContaining({
        organization: expect.objectContaining({ name: "重庆市高级人民法院" }),
        titles: ["副院长", "审判委员会委员", "审判员"],
        kind: "任命",
      }),
    ]);

    // Grouped by organ; the high court tenure is current, the third court one has no known start.
    // The organ held now comes first, the one left in the same announcement after it.
    expect(tl.organs.map((o) => o.organization.name)).toEqual(["重庆市高级人民法院", "重庆市第三中级人民法院"]);
    const third = tl.organs.find((o) => o.organization.name === "重庆市第三中级人民法院")!;
    expect(third.items).toHaveLength(1);
    expect(third.items[0]).toMatchObject({ startDate: null, start: null, endDate: "2024-11-28", status: "unknown-start" });
    expect(third.items[0].posts.map((p) => p.title)).toEqual(["副院长", "审判委员会委员", "审判员"]);
    const high = tl.organs.find((o) => o.organization.name === "重庆市高级人民法院")!;
    expect(high.items[0]).toMatchObject({ startDate: "2024-11-28", end: null, status: "current" });
    // Each item links to the clause of its action.
    expect(high.items[0].start?.announcementId).toBe(move.announcement.id);
    expect(high.items[0].start?.kind).toBe("任命");

    // What the data covers: held "now" means as of the issuer's last announcement held; the unknown
    // start is not before the data begins (2019-03-28), the appointment is simply not held.
    expect(tl.coverage).toEqual([
      { issuer: "重庆市人民代表大会常务委员会", announcements: 4, first: "2019-03-28", last: "2024-11-28", undated: 0 },
    ]);
    expect(tl.asOf).toBe("2024-11-28");
    expect(high.items[0].asOf).toBe("2024-11-28");
    expect(third.items[0]).toMatchObject({ unknownStart: "not-held", coverageStart: "2019-03-28" });
    expect(third.items[0].asOf).toBeUndefined();
  });

  it("lists a career newest first, with a known start and end", async () => {
    const tl = (await personTimeline(t.db, await idOf("余云中")))!;
    expect(tl.events.map((e) => [e.announcement.date, e.type])).toEqual([
      ["2024-11-28", "move"],
      ["2019-03-28", "appointed"],
    ]);
    const items = tl.organs[0].items;
    expect(items.map((i) => [i.posts[0].title, i.startDate, i.endDate])).toEqual([
      ["民事审判第二庭庭长", "2024-11-28", null],
      ["民事审判第一庭副庭长", "2019-03-28", "2024-11-28"],
    ]);
    expect(items[1].start?.number).toBe("[五届]第120号");
    expect(items[1].end?.number).toBe("[六届]第58号");
  });

  it("follows merges to the surviving person and returns null for unknown ids", async () => {
    const a = await idOf("王彦");
    const b = await idOf("王峰");
    await t.db.person.update({ where: { id: a }, data: { mergedIntoId: b } });
    expect(await survivingPersonId(t.db, a)).toBe(b);
    expect(await survivingPersonId(t.db, b)).toBe(b);
    expect(await survivingPersonId(t.db, 999_999)).toBeNull();
    expect(await personTimeline(t.db, 999_999)).toBeNull();
    await t.db.person.update({ where: { id: a }, data: { mergedIntoId: null } });
  });
});
