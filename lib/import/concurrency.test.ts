// Two imports at once (two browser tabs; the CLI while the server imports): no duplicate
// source, no duplicate actions, no error for the loser of a race, an intact database.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "./importSource";
import { CHONGQING_LIST, CHONGQING_LIST_ENTRIES, integrityCheck, manyLists, utf8 } from "./testing";

let t: TestDb;
let dir: string;
beforeEach(async () => {
  t = await createTestDb();
  dir = mkdtempSync(join(tmpdir(), "renmian-concurrent-"));
});
afterEach(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** `npm run import -- file` in another process, on the test database. */
function cliImport(file: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
      env: { ...process.env, DATABASE_URL: t.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("two imports at once", () => {
  it("the same bytes twice through the server's one client: one import, one duplicate", async () => {
    const bytes = utf8(CHONGQING_LIST);
    const reports = await Promise.all([importSource(t.db, { name: "tab1.txt", bytes }), importSource(t.db, { name: "tab2.txt", bytes })]);
    expect(reports.map((r) => r.status).sort()).toEqual(["duplicate", "imported"]);
    expect(await t.db.source.count()).toBe(1);
    expect(await t.db.action.count()).toBe(CHONGQING_LIST_ENTRIES);
  });

  it("a CLI import in another process while this one imports: both complete, the shared announcement is stored once", async () => {
    const lists = manyLists(120, 10);
    const half = lists.indexOf("重庆市人民代表大会常务委员会任免名单", lists.length / 2);
    const cliPage = `${lists.slice(0, half)}\n\n${CHONGQING_LIST}`;
    const serverPage = `${CHONGQING_LIST}\n\n${lists.slice(half)}`;
    writeFileSync(join(dir, "cli.txt"), cliPage);

    const [cli, server] = await Promise.all([
      cliImport(join(dir, "cli.txt")),
      importSource(t.db, { name: "browser.txt", bytes: utf8(serverPage) }),
    ]);
    expect(cli.code, cli.out).toBe(0);
    expect(cli.out).toMatch(/imported 1 of 1 file/);
    expect(server.status).toBe("imported");

    expect(await t.db.source.count()).toBe(2);
    expect(await t.db.action.count({ where: { personName: "姜国杰" } })).toBe(1);
    const stored = await t.db.announcement.findMany({ select: { entryCount: true } });
    expect(await t.db.action.count()).toBe(stored.reduce((n, a) => n + a.entryCount, 0));
    expect(await integrityCheck(t.url)).toBe("ok");
  }, 120_000);
});
