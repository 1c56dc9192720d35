// The parser's warnings are stored with the source and read back for the announcement page.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "./importSource";
import { utf8 } from "./testing";
import { storedWarnings, warningsToStore, warningsWithin, warningZh } from "./warnings";

const PAGE = `重庆市人民代表大会常务委员会任免名单
（2024年9月26日重庆市第六届人民代表大会常务委员会第十一次会议通过）
一、任命
甲一为重庆市第一中级人民法院副院长；
★乙二为重庆市第一中级人民法院审判员；
丙三为重庆市第一中级人民法院审判员。
`;

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

describe("stored parse warnings", () => {
  it("an unreadable line is reported, stored with its source and found inside its announcement's span", async () => {
    const report = await importSource(t.db, { name: "list.txt", bytes: utf8(PAGE) });
    expect(report).toMatchObject({ status: "imported", entries: 2 });
    expect(report.warnings).toMatchObject([{ code: "unreadable-line", line: 5, text: "★乙二为重庆市第一中级人民法院审判员；" }]);
    const source = await t.db.source.findUniqueOrThrow({ where: { id: report.sourceId }, include: { announcements: true } });
    const stored = storedWarnings(source.parseWarnings);
    expect(stored).toEqual(report.warnings);
    const [a] = source.announcements;
    expect(warningsWithin(stored, a!.spanStart, a!.spanEnd).map((w) => w.line)).toEqual([5]);
    expect(warningsWithin(stored, 0, a!.spanStart)).toEqual([]);
  });

  it("a column that does not read gives no warnings rather than an error", () => {
    expect(storedWarnings("not json")).toEqual([]);
    expect(storedWarnings('[{"code":"other"}]')).toEqual([]);
    expect(storedWarnings(warningsToStore([]))).toEqual([]);
  });

  it("says in Chinese what each warning means", () => {
    expect(warningZh({ code: "unreadable-line" })).toMatch(/未能识别/);
    expect(warningZh({ code: "truncated-list" })).toMatch(/中断/);
  });
});
