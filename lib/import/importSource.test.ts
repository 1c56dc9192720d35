import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "./importSource";
import { utf8 } from "./testing";

// A Chongqing 任免名单 in the form printed by Chongqing Daily (abridged).
const LIST = `重庆市人民代表大会常务委员会公告
〔六届〕第58号

重庆市第六届人民代表大会常务委员会第十二次会议于2024年11月28日通过的任免名单，现予公告。

重庆市人民代表大会常务委员会
2024年11月28日

重庆市人民代表大会常务委员会任免名单
（2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过）

一、决定任命
姜国杰为重庆市人民政府副市长

二、任命
蒋佩伏为重庆市高级人民法院副院长、审判委员会委员、审判员
王剑波为重庆市第三中级人民法院院长

三、免去
蒋佩伏的重庆市第三中级人民法院院长职务
`;

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

describe("importSource", () => {
  it("stores the source, the announcement and one action per entry, each with its clause span", async () => {
    const report = await importSource(t.db, { name: "cqrb-2024-11-29.txt", bytes: utf8(LIST) });
    expect(report.status).toBe("imported");
    expect(report.announcements).toBe(1);
    expect(report.entries).toBe(6);
    expect(report.newPeople).toBe(3); // 蒋佩伏 is one person: moved within one announcement

    const source = await t.db.source.findFirstOrThrow();
    expect(source.text).toBe(LIST);
    const actions = await t.db.action.findMany({ include: { post: { include: { organization: true } } }, orderBy: { ordinal: "asc" } });
    const jiang = actions.find((a) => a.personName === "姜国杰")!;
    expect(jiang.kind).toBe("决定任命");
    expect(jiang.post.organization.name).toBe("重庆市人民政府");
    expect(jiang.post.organization.kind).toBe("government");
    expect(source.text.slice(jiang.spanStart, jiang.spanEnd)).toContain("姜国杰为重庆市人民政府副市长");
    const removal = actions.find((a) => a.kind === "免去")!;
    expect(source.text.slice(removal.spanStart, removal.spanEnd)).toContain("蒋佩伏的重庆市第三中级人民法院院长");
    expect(new Set(actions.filter((a) => a.personName === "蒋佩伏").map((a) => a.personId)).size).toBe(1);
  });

  it("removes direction and zero-width controls from names and organs, keeps the source text as it was, and records the session", async () => {
    const hostile = LIST.replace("姜国杰为重庆市人民政府副市长", "姜\u200b国杰为重庆市\u202e人民政府\u202c副市长").replace(
      "王剑波为",
      "王剑\u2066波\u2069为",
    );
    const report = await importSource(t.db, { name: "hostile.txt", bytes: utf8(hostile) }, { sessionId: "a".repeat(64) });
    expect(report.status).toBe("imported");
    const source = await t.db.source.findFirstOrThrow();
    expect(source.text).toBe(hostile);
    expect(source.sessionId).toBe("a".repeat(64));
    const names = (await t.db.person.findMany({ orderBy: { id: "asc" } })).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["姜国杰", "王剑波"]));
    const organs = (await t.db.organization.findMany()).map((o) => o.name);
    expect(organs).toContain("重庆市人民政府");
    const everything = JSON.stringify([names, organs, await t.db.post.findMany(), await t.db.action.findMany()]);
    expect(everything).not.toMatch(/[\u200b\u202a-\u202e\u2066-\u2069]/);
  });

  it("is a no-op that says so when the same bytes come again", async () => {
    await importSource(t.db, { name: "a.txt", bytes: utf8(LIST) });
    const again = await importSource(t.db, { name: "copy-of-a.txt", bytes: utf8(LIST) });
    expect(again.status).toBe("duplicate");
    expect(await t.db.source.count()).toBe(1);
    expect(await t.db.action.count()).toBe(6);
  });

  it("stores an announcement printed in two different pages once", async () => {
    await importSource(t.db, { name: "page1.txt", bytes: utf8(LIST) });
    const other = await importSource(t.db, { name: "page2.txt", bytes: utf8(`其他新闻：今日天气晴。\n\n${LIST}\n（本报记者）`) });
    expect(other.status).toBe("imported");
    expect(other.knownAnnouncements).toBe(1);
    expect(other.entries).toBe(0);
    expect(await t.db.source.count()).toBe(2);
    expect(await t.db.action.count()).toBe(6);
  });

  it("refuses a binary file with a reason and writes nothing", async () => {
    const report = await importSource(t.db, { name: "scan.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]) });
    expect(report.status).toBe("failed");
    expect(report.error).toMatch(/PNG image/);
    expect(await t.db.source.count()).toBe(0);
  });

  it("computes a dry run's report without writing anything", async () => {
    const preview = await importSource(t.db, { name: "a.txt", bytes: utf8(LIST) }, { dryRun: true });
    expect(preview.status).toBe("preview");
    expect(preview.entries).toBe(6);
    expect(preview.newOrganizations).toBe(3);
    expect(await t.db.source.count()).toBe(0);
    expect(await t.db.person.count()).toBe(0);
  });

  it("derives tenures: 王剑波 holds the post, 蒋佩伏's earlier post ends with an unknown start", async () => {
    await importSource(t.db, { name: "a.txt", bytes: utf8(LIST) });
    const tenures = await t.db.tenure.findMany({ include: { person: true, post: { include: { organization: true } } } });
    const wang = tenures.find((x) => x.person.name === "王剑波")!;
    expect(wang).toMatchObject({ status: "current", startDate: "2024-11-28", endDate: null });
    const old = tenures.find((x) => x.person.name === "蒋佩伏" && x.post.organization.name === "重庆市第三中级人民法院")!;
    expect(old).toMatchObject({ status: "unknown-start", startDate: null, endDate: "2024-11-28" });
  });
});
