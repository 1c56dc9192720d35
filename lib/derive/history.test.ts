// Multi-announcement histories imported as Chongqing text: who is who, and who held which post when.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { tenureNeighbours } from "../queries/succession";
import { rederiveAll } from "./relink";
import { appointmentList, importText, snapshot } from "./testing";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

async function tenuresOf(name: string) {
  return t.db.tenure.findMany({
    where: { person: { name } },
    include: { post: { include: { organization: true } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
}

const JLP_2019 = appointmentList("2019-01-10", 7, { 决定任命: ["刘伟为重庆市九龙坡区人民检察院检察长"] });
const MOVE_2024 = appointmentList("2024-11-28", 12, {
  决定任命: ["刘伟为重庆市人民检察院第四分院检察长"],
  决定免去: ["张俊文的重庆市第四中级人民法院院长职务"],
  批准: ["刘伟辞去重庆市九龙坡区人民检察院检察长职务"],
});
const JUDGE_2025 = appointmentList("2025-01-15", 13, { 任命: ["刘伟为重庆市第一中级人民法院审判员"] });

describe("identity and tenures over several announcements", () => {
  it("reads a resignation from one post and an appointment to another in one list as a move of one person", async () => {
    await importText(t.db, "2019.txt", JLP_2019);
    await importText(t.db, "2024.txt", MOVE_2024);
    const people = await t.db.person.findMany({ where: { name: "刘伟" } });
    expect(people).toHaveLength(1);
    const actions = await t.db.action.findMany({ where: { personName: "刘伟" }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.kind)).toEqual(["决定任命", "决定任命", "批准辞职"]);
    expect(actions[2].linkReason).toBe(
      "免去的职务由其担任：重庆市九龙坡区人民检察院检察长（2019-01-10起）；同一公告中免去重庆市九龙坡区人民检察院检察长、任命重庆市人民检察院第四分院检察长，视为调任",
    );
    const tenures = await tenuresOf("刘伟");
    expect(tenures.map((x) => [x.post.organization.name, x.post.title, x.startDate, x.endDate, x.status])).toEqual([
      ["重庆市九龙坡区人民检察院", "检察长", "2019-01-10", "2024-11-28", "ended"],
      ["重庆市人民检察院第四分院", "检察长", "2024-11-28", null, "current"],
    ]);
  });

  it("keeps two 刘伟 apart when both hold posts at the same time in different organs", async () => {
    await importText(t.db, "2024.txt", MOVE_2024);
    await importText(t.db, "2025.txt", JUDGE_2025);
    const people = await t.db.person.findMany({
      where: { name: "刘伟" },
      include: { actions: { include: { post: { include: { organization: true } } } } },
    });
    expect(people).toHaveLength(2);
    const judge = people.find((p) => p.actions.some((a) => a.post.title === "审判员"))!;
    expect(judge.actions).toHaveLength(1);
    expect(judge.actions[0].linkReason).toBe("同名者1人在2025-01-15均担任不相容职务（如重庆市人民检察院第四分院检察长），视为另一人");
    const current = await t.db.tenure.findMany({ where: { status: "current", person: { name: "刘伟" } } });
    expect(current).toHaveLength(2);
  });

  it("gives a removal whose appointment is not in the data a tenure with an unknown start", async () => {
    await importText(t.db, "2024.txt", MOVE_2024);
    const [tenure] = await tenuresOf("张俊文");
    expect(tenure).toMatchObject({ startActionId: null, startDate: null, endDate: "2024-11-28", status: "unknown-start" });
    expect(tenure.post.organization.name).toBe("重庆市第四中级人民法院");
  });

  it("chains three holders of one post as predecessor and successor, even when a removal is not printed", async () => {
    await importText(t.db, "2015.txt", appointmentList("2015-03-20", 2, { 任命: ["陈明为重庆市第三中级人民法院院长"] }));
    await importText(
      t.db,
      "2019.txt",
      appointmentList("2019-07-25", 11, { 任命: ["赵立新为重庆市第三中级人民法院院长"], 免去: ["陈明的重庆市第三中级人民法院院长职务"] }),
    );
    await importText(t.db, "2024.txt", appointmentList("2024-11-28", 12, { 决定任命: ["王剑波为重庆市第三中级人民法院院长"] }));
    const post = await t.db.post.findFirstOrThrow({ where: { title: "院长", organization: { name: "重庆市第三中级人民法院" } } });
    const tenures = await t.db.tenure.findMany({ where: { postId: post.id }, include: { person: true }, orderBy: { startDate: "asc" } });
    expect(tenures.map((x) => [x.person.name, x.startDate, x.endDate, x.status])).toEqual([
      ["陈明", "2015-03-20", "2019-07-25", "ended"],
      ["赵立新", "2019-07-25", "2024-11-28", "ended"], // superseded: 院长 has one holder at a time
      ["王剑波", "2024-11-28", null, "current"],
    ]);
    const n = await tenureNeighbours(
      t.db,
      tenures.map((x) => x.id),
    );
    const [chen, zhao, wang] = tenures.map((x) => n.get(x.id)!);
    expect(chen.predecessor).toBeUndefined();
    expect(chen.successor?.name).toBe("赵立新");
    expect(zhao.predecessor).toMatchObject({ name: "陈明", tenureId: tenures[0].id, personId: tenures[0].personId });
    expect(zhao.successor).toMatchObject({ name: "王剑波", tenureId: tenures[2].id });
    expect(wang.predecessor?.name).toBe("赵立新");
    expect(wang.successor).toBeUndefined();
  });

  it("frees the holder of a head post once a successor is appointed, so a move without a printed removal is one person", async () => {
    const texts: [string, string][] = [
      ["2019.txt", appointmentList("2019-07-25", 11, { 任命: ["赵立新为重庆市第三中级人民法院院长"] })],
      [
        "2024.txt",
        appointmentList("2024-11-28", 12, { 决定任命: ["王剑波为重庆市第三中级人民法院院长"], 任命: ["赵立新为重庆市高级人民法院副院长"] }),
      ],
      ["2025.txt", appointmentList("2025-03-27", 14, { 免去: ["赵立新的重庆市第三中级人民法院院长职务"] })],
    ];
    for (const [name, text] of texts) await importText(t.db, name, text);
    const zhao = await t.db.person.findMany({ where: { name: "赵立新" }, include: { actions: true } });
    expect(zhao).toHaveLength(1);
    expect(zhao[0].actions.map((a) => a.linkReason).sort()).toEqual([
      // handed over to 王剑波 the same day: a move up to the court above (no removal printed yet)
      "上下级机构间延续：2019-07-25曾任重庆市第三中级人民法院院长，相隔不足10年；重庆市第三中级人民法院与重庆市高级人民法院为上下级机构，同期无不相容职务",
      "免去的职务由其担任：重庆市第三中级人民法院院长（2019-07-25起）", // a removal printed late still finds him
      "首次出现的姓名",
    ]);
    expect((await tenuresOf("赵立新")).map((x) => [x.post.organization.name, x.post.title, x.startDate, x.endDate, x.status])).toEqual([
      ["重庆市第三中级人民法院", "院长", "2019-07-25", "2024-11-28", "ended"],
      ["重庆市高级人民法院", "副院长", "2024-11-28", null, "current"],
    ]);
    const inOrder = await snapshot(t.db);
    const other = await createTestDb();
    try {
      for (const i of [2, 1, 0]) await importText(other.db, texts[i][0], texts[i][1]);
      expect(await snapshot(other.db)).toEqual(inOrder);
    } finally {
      await other.cleanup();
    }
  });

  it("ends an acting tenure when the same person is appointed in full, or when someone else is", async () => {
    await importText(t.db, "a.txt", appointmentList("2020-05-01", 17, { 决定任命: ["孙琳为重庆市人民检察院第一分院代理检察长"] }));
    await importText(t.db, "b.txt", appointmentList("2020-09-01", 19, { 决定任命: ["孙琳为重庆市人民检察院第一分院检察长"] }));
    await importText(t.db, "c.txt", appointmentList("2021-01-10", 22, { 决定任命: ["何平为重庆市人民检察院第二分院代理检察长"] }));
    await importText(t.db, "d.txt", appointmentList("2021-06-10", 25, { 决定任命: ["宋飞为重庆市人民检察院第二分院检察长"] }));
    const rows = await t.db.tenure.findMany({
      include: { person: true, post: { include: { organization: true } } },
      orderBy: [{ startDate: "asc" }],
    });
    expect(rows.map((x) => [x.person.name, x.post.organization.name, x.startDate, x.endDate, x.status, x.acting])).toEqual([
      ["孙琳", "重庆市人民检察院第一分院", "2020-05-01", "2020-09-01", "ended", true],
      ["孙琳", "重庆市人民检察院第一分院", "2020-09-01", null, "current", false],
      ["何平", "重庆市人民检察院第二分院", "2021-01-10", "2021-06-10", "ended", true],
      ["宋飞", "重庆市人民检察院第二分院", "2021-06-10", null, "current", false],
    ]);
    const n = await tenureNeighbours(
      t.db,
      rows.map((x) => x.id),
    );
    expect(n.get(rows[1].id)!.predecessor).toBeUndefined(); // the acting tenure was his own
    expect(n.get(rows[3].id)!.predecessor?.name).toBe("何平");
  });

  it("converges to the same people, reasons and tenures whatever order the announcements are imported in", async () => {
    const texts: [string, string][] = [
      [
        "2015.txt",
        appointmentList("2015-03-20", 2, { 任命: ["陈明为重庆市第三中级人民法院院长", "刘伟、余云中为重庆市第一中级人民法院审判员"] }),
      ],
      ["2019.txt", JLP_2019],
      [
        "2019b.txt",
        appointmentList("2019-07-25", 11, {
          任命: ["赵立新为重庆市第三中级人民法院院长"],
          免去: ["陈明的重庆市第三中级人民法院院长职务", "刘伟的重庆市第一中级人民法院审判员职务"],
        }),
      ],
      ["2024.txt", MOVE_2024],
      ["2025.txt", JUDGE_2025],
      [
        "2025b.txt",
        appointmentList("2025-05-20", 15, {
          决定免去: ["刘伟的重庆市人民检察院第四分院检察长职务"],
          任命: ["张俊文为重庆市第四中级人民法院审判员"],
        }),
      ],
    ];
    for (const [name, text] of texts) await importText(t.db, name, text);
    const inOrder = await snapshot(t.db);
    expect(inOrder.people.filter((p) => p.includes("刘伟"))).toHaveLength(2);

    // Deterministic shuffles (no randomness in tests): reversed, and two interleavings.
    const orders = [
      [5, 4, 3, 2, 1, 0],
      [3, 0, 5, 1, 4, 2],
      [4, 2, 0, 5, 3, 1],
    ];
    for (const order of orders) {
      const other = await createTestDb();
      try {
        for (const i of order) await importText(other.db, texts[i][0], texts[i][1]);
        expect(await snapshot(other.db)).toEqual(inOrder);
      } finally {
        await other.cleanup();
      }
    }

    // A full re-derivation changes nothing.
    const r = await rederiveAll(t.db);
    expect(r.changedActions).toBe(0);
    expect(await snapshot(t.db)).toEqual(inOrder);
  });

  it("decides a list of a day already stored, and the later stored lists, as a full re-derivation does", async () => {
    // Two lists of one day: one hands 院长 over, the other appoints 陈明 elsewhere (the same person
    // only if the hand-over comes first in the linker's order, which the fingerprints decide).
    // Whichever arrives second is imported among stored entries of its day and of later days.
    const texts: [string, string][] = [
      ["2015.txt", appointmentList("2015-03-20", 2, { 任命: ["陈明为重庆市第三中级人民法院院长", "刘伟为重庆市第一中级人民法院审判员"] })],
      ["2019a.txt", appointmentList("2019-07-25", 11, { 任命: ["赵立新为重庆市第三中级人民法院院长"] })],
      [
        "2019b.txt",
        appointmentList("2019-07-25", 12, { 任命: ["陈明为重庆市人民检察院第一分院检察员", "刘伟为重庆市第五中级人民法院审判员"] }),
      ],
      [
        "2021.txt",
        appointmentList("2021-05-20", 15, {
          免去: ["陈明的重庆市人民检察院第一分院检察员职务", "刘伟的重庆市第一中级人民法院审判员职务"],
          任命: ["陈明为重庆市第三中级人民法院审判员"],
        }),
      ],
    ];
    for (const [name, text] of texts) await importText(t.db, name, text);
    await rederiveAll(t.db);
    const derived = await snapshot(t.db);
    for (const order of [
      [0, 2, 1, 3],
      [0, 3, 1, 2],
      [0, 3, 2, 1],
      [3, 2, 1, 0],
    ]) {
      const other = await createTestDb();
      try {
        for (const i of order) await importText(other.db, texts[i][0], texts[i][1]);
        expect(await snapshot(other.db), `order ${order.join(", ")}`).toEqual(derived);
      } finally {
        await other.cleanup();
      }
    }
  });

  it("counts a stored hand-over of a head post held in entries decided again", async () => {
    // The 2016 list arrives last: 王强's stored entries all come after it and are decided again; the
    // 院长 post he was given in 2018 went to 孙立 (another name, not decided again) in 2020, so in
    // 2021 he is free to be appointed to the court above.
    const texts: [string, string][] = [
      ["2016.txt", appointmentList("2016-04-12", 3, { 任命: ["王强为重庆市第四中级人民法院审判员"] })],
      [
        "2018.txt",
        appointmentList("2018-06-20", 6, { 任命: ["王强为重庆市第四中级人民法院院长"], 免去: ["王强的重庆市第四中级人民法院审判员职务"] }),
      ],
      ["2020.txt", appointmentList("2020-03-18", 9, { 任命: ["孙立为重庆市第四中级人民法院院长"] })],
      ["2021.txt", appointmentList("2021-09-28", 14, { 任命: ["王强为重庆市高级人民法院审判员"] })],
    ];
    for (const [name, text] of texts) await importText(t.db, name, text);
    await rederiveAll(t.db);
    const derived = await snapshot(t.db);
    expect(derived.people.filter((p) => p.includes("王强"))).toHaveLength(1);
    const other = await createTestDb();
    try {
      for (const i of [1, 2, 3, 0]) await importText(other.db, texts[i][0], texts[i][1]);
      expect(await snapshot(other.db)).toEqual(derived);
    } finally {
      await other.cleanup();
    }
  });
});
