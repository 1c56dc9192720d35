// The import process killed (kill -9) in the middle of a large import: the database is intact,
// what was committed before stays, nothing of the interrupted source is stored, and the same
// file imports cleanly afterwards.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource, sha256 } from "./importSource";
import { CHONGQING_LIST, dbState, integrityCheck, LATER_LIST, manyLists, utf8, waitForWriter } from "./testing";

let t: TestDb;
let dir: string;
beforeEach(async () => {
  t = await createTestDb();
  dir = mkdtempSync(join(tmpdir(), "renmian-kill-"));
});
afterEach(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

it("kill -9 during an import leaves the database intact and the interrupted source absent", async () => {
  await importSource(t.db, { name: "earlier.txt", bytes: utf8(LATER_LIST) });
  const small = join(dir, "a-small.txt");
  const big = join(dir, "b-big.txt");
  writeFileSync(small, CHONGQING_LIST);
  const bigText = manyLists(300, 20);
  writeFileSync(big, bigText);

  // `npm run import` is `tsx scripts/import.ts`; run as one node process so that the kill hits the importer itself.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", small, big], {
    env: { ...process.env, DATABASE_URL: t.url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  // Wait until the small file is committed ("[1/2] …"), then let the big one run for a while.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the import never reported its first file:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes("[1/2]")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
  });
  // Then wait until its transaction has been writing for half a second, and kill it.
  await waitForWriter(t.url, 500, 60_000);
  child.kill("SIGKILL");
  const { signal } = await exited;
  expect(signal, `the import finished before it could be killed:\n${out}`).toBe("SIGKILL");
  expect(out).not.toContain("[2/2]");

  expect(await integrityCheck(t.url)).toBe("ok");
  const names = (await t.db.source.findMany({ orderBy: { id: "asc" }, select: { name: true, sha256: true } })).map((s) => s.name);
  expect(names).toEqual(["earlier.txt", small]); // committed before the kill: kept
  expect(await t.db.source.count({ where: { sha256: sha256(utf8(bigText)) } })).toBe(0); // interrupted: nothing
  expect(await t.db.action.count({ where: { announcement: { source: { name: big } } } })).toBe(0);
  const stored = await t.db.announcement.findMany({ select: { entryCount: true } });
  expect(await t.db.action.count()).toBe(stored.reduce((n, a) => n + a.entryCount, 0)); // no stray actions

  // The database is writable again: the interrupted file imports in full.
  const before = await dbState(t.url);
  const again = await importSource(t.db, { name: big, bytes: utf8(bigText) });
  expect(again.status).toBe("imported");
  expect(again.entries).toBeGreaterThan(1000);
  expect((await dbState(t.url)).counts.Source).toBe(before.counts.Source + 1);
}, 180_000);
