// The import process killed (kill -9) in the middle of a batch: the database is as it was before
// that batch (the batches committed before stay, nothing of the interrupted one is stored), and
// running the same import again resumes: it ends with what importing the files one by one gives,
// nothing stored twice.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource, sha256 } from "./importSource";
import { CHONGQING_LIST, contentDigests, dbState, integrityCheck, LATER_LIST, manyLists, utf8, waitForWriter } from "./testing";

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

/** `npm run import` is `tsx scripts/import.ts`; run as one node process so that a kill hits the importer itself. */
function runImport(url: string, paths: string[]) {
  // Batches of at most 1,000 entries: the small file is one batch, the big one (12,000 entries) the next.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", "--batch-entries", "1000", ...paths], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  child.stderr.on("data", (d: Buffer) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  const output = () => out;
  return { child, exited, output };
}

it("kill -9 during a batch leaves the database as it was before the batch; running again resumes", async () => {
  await importSource(t.db, { name: "earlier.txt", bytes: utf8(LATER_LIST) });
  const small = join(dir, "a-small.txt");
  const big = join(dir, "b-big.txt");
  writeFileSync(small, CHONGQING_LIST);
  // Big enough that its batch writes for a few seconds even on a quiet machine (a loaded test runner
  // may look a second or two late).
  const bigText = manyLists(600, 20);
  writeFileSync(big, bigText);

  const run = runImport(t.url, [small, big]);
  // Wait until the first batch (the small file) is committed ("[1/2] …"), then until the second
  // batch's transaction has been writing for half a second, and kill the process.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the import never reported its first file:\n${run.output()}`)), 120_000);
    const poll = setInterval(() => {
      if (!run.output().includes("[1/2]")) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve();
    }, 20);
  });
  const finishedEarly = run.exited.then(() => {
    throw new Error(`the import finished before it could be killed:\n${run.output()}`);
  });
  finishedEarly.catch(() => {}); // the kill below ends the process too: only the race reads this
  await Promise.race([waitForWriter(t.url, 500, 120_000), finishedEarly]);
  const beforeBatch = await dbState(t.url); // the committed state, read beside the open transaction
  run.child.kill("SIGKILL");
  const { signal } = await run.exited;
  expect(signal, `the import finished before it could be killed:\n${run.output()}`).toBe("SIGKILL");
  expect(run.output()).not.toContain("[2/2]");

  expect(await integrityCheck(t.url)).toBe("ok");
  expect(await dbState(t.url)).toEqual(beforeBatch); // exactly as before the interrupted batch
  const names = (await t.db.source.findMany({ orderBy: { id: "asc" }, select: { name: true, sha256: true } })).map((s) => s.name);
  expect(names).toEqual(["earlier.txt", small]); // committed before the kill: kept
  expect(await t.db.source.count({ where: { sha256: sha256(utf8(bigText)) } })).toBe(0); // interrupted: nothing
  const stored = await t.db.announcement.findMany({ select: { entryCount: true } });
  expect(await t.db.action.count()).toBe(stored.reduce((n, a) => n + a.entryCount, 0)); // no stray actions

  // The same command again: the small file is recognised, the big one imported in full.
  const again = runImport(t.url, [small, big]);
  expect((await again.exited).code, again.output()).toBe(0);
  expect(again.output()).toMatch(/\[1\/2\] .*a-small\.txt: already imported/);
  expect(again.output()).toMatch(/\[2\/2\] .*b-big\.txt: 600 announcement\(s\), 12000 entries/);

  // … and the database is what importing the three files one by one gives.
  const reference = await createTestDb();
  try {
    await importSource(reference.db, { name: "earlier.txt", bytes: utf8(LATER_LIST) });
    await importSource(reference.db, { name: small, bytes: utf8(CHONGQING_LIST) });
    await importSource(reference.db, { name: big, bytes: utf8(bigText) });
    expect(await contentDigests(t.db)).toEqual(await contentDigests(reference.db));
  } finally {
    await reference.cleanup();
  }
}, 300_000);
