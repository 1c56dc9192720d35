import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importFiles } from "./importFiles";

const PAGE = `重庆市人民代表大会常务委员会任免名单
（2024年9月26日重庆市第六届人民代表大会常务委员会第十一次会议通过）
一、任命
李明为重庆市第一中级人民法院副院长
`;

let t: TestDb;
let dir: string;
beforeEach(async () => {
  t = await createTestDb();
  dir = mkdtempSync(join(tmpdir(), "renmian-files-"));
});
afterEach(async () => {
  await t.cleanup();
});

describe("importFiles", () => {
  it("imports the good files of a folder, reports each bad one on its own line, and summarises", async () => {
    writeFileSync(join(dir, "a-good.txt"), PAGE);
    writeFileSync(join(dir, "b-empty.txt"), "");
    writeFileSync(join(dir, "c-notes.md"), "not taken from a folder");
    const lines: string[] = [];
    const summary = await importFiles(t.db, [dir, join(dir, "missing.txt")], (l) => lines.push(l));
    expect(summary).toMatchObject({ files: 3, imported: 1, failed: 2, entries: 1 });
    expect(lines[0]).toMatch(/\[1\/3\] .*a-good\.txt: 1 announcement\(s\), 1 entries, 1 new people/);
    expect(lines[1]).toMatch(/b-empty\.txt: FAILED: the file is empty/);
    expect(lines[2]).toMatch(/missing\.txt: FAILED: no such file/);
    expect(lines[3]).toMatch(/^imported 1 of 3 file\(s\)/);
    expect(await t.db.action.count()).toBe(1);
  });
});
