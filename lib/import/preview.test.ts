import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "./importSource";
import { previewSource } from "./preview";
import { importSummary } from "./summary";
import { CHONGQING_LIST, CHONGQING_LIST_ENTRIES, dbState, LATER_LIST, utf8 } from "./testing";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

describe("previewSource", () => {
  it("shows what would be stored, with each clause marked, and writes nothing", async () => {
    await importSource(t.db, { name: "later.txt", bytes: utf8(LATER_LIST) }); // 重庆市第三/四中级人民法院 are known
    const before = await dbState(t.url);
    const p = await previewSource(t.db, { name: "cqrb.txt", bytes: utf8(CHONGQING_LIST) });
    expect(await dbState(t.url)).toEqual(before);

    expect(p.importable).toBe(true);
    expect(p.report).toMatchObject({ status: "preview", announcements: 1, entries: CHONGQING_LIST_ENTRIES, newPeople: 5 });
    const [a] = p.announcements;
    expect(a).toMatchObject({
      date: "2024-11-28",
      meeting: "重庆市第六届人民代表大会常务委员会第十二次会议",
      known: false,
      textCut: false,
    });
    expect(a.entries[0]).toEqual({ person: "姜国杰", action: "决定任命", org: "重庆市人民政府", post: "副市长" });
    const marked = a.pieces.filter((x) => x.entries.length > 0);
    expect(marked.find((x) => x.entries.includes(0))!.text).toContain("姜国杰为重庆市人民政府副市长");
    expect(marked.find((x) => x.entries.includes(2))!.entries).toEqual([2, 3, 4]); // 蒋佩伏's three posts: one clause
    expect(a.pieces.map((x) => x.text).join("")).toContain("一、决定任命");
    expect(p.newOrganizationNames).toContain("重庆市人民政府");
    expect(p.newOrganizationNames).not.toContain("重庆市第三中级人民法院");
  });
});

describe("importSummary", () => {
  it("reads like a change feed: appointed, removed, and moved (removed from one post, appointed to another)", async () => {
    const r = await importSource(t.db, { name: "cqrb.txt", bytes: utf8(CHONGQING_LIST) });
    const s = await importSummary(t.db, [r.sourceId!]);
    expect(s.appointed.map((x) => `${x.personName} ${x.kind} ${x.organization}${x.post}`)).toEqual([
      "姜国杰 决定任命 重庆市人民政府副市长",
      "易晓东 决定任命 重庆市第一中级人民法院院长",
      "吴涛 任命 重庆市第三中级人民法院审判委员会委员",
      "吴涛 任命 重庆市第三中级人民法院审判员",
    ]);
    expect(s.removed.map((x) => `${x.personName} ${x.kind} ${x.organization}${x.post}`)).toEqual([
      "杨国权 免去 重庆市人大教育科学文化卫生委员会副主任委员",
    ]);
    expect(s.moved).toHaveLength(1);
    expect(s.moved[0].personName).toBe("蒋佩伏");
    expect(s.moved[0].from.map((x) => `${x.organization}${x.post}`)).toEqual([
      "重庆市第三中级人民法院副院长",
      "重庆市第三中级人民法院审判委员会委员",
      "重庆市第三中级人民法院审判员",
    ]);
    expect(s.moved[0].to.map((x) => `${x.organization}${x.post}`)).toEqual([
      "重庆市高级人民法院副院长",
      "重庆市高级人民法院审判委员会委员",
      "重庆市高级人民法院审判员",
    ]);
    expect(s.more).toBe(0);
    expect(s.announcementIds).toHaveLength(1);
    expect((await importSummary(t.db, [])).appointed).toEqual([]);
  });
});

describe("previewSource warnings", () => {
  it("point at the line where a list is cut", async () => {
    const cut = CHONGQING_LIST.slice(0, CHONGQING_LIST.indexOf("吴涛为重庆市第三中级") + "吴涛为重庆市第三中级".length);
    const p = await previewSource(t.db, { name: "cut.txt", bytes: utf8(cut) });
    const w = p.warnings.find((x) => x.code === "truncated-list")!;
    expect(w.excerpt).toBe("吴涛为重庆市第三中级");
    expect(w.line).toBe(cut.split("\n").length);
  });
});
