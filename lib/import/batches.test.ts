// One import, two speeds, one result: a generated history imported file by file (one transaction
// each) and imported in batches (parsed by worker threads, stored and derived once per batch) give
// the same content in every table, in date order and shuffled; and any order of the files split
// into any batches gives what deriving everything at once gives.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPage, generatePages } from "../../tools/generate";
import { Random } from "../../tools/generate/random";
import type { Db } from "../db/client";
import { freshDbPerTest } from "../db/testing";
import { CareerBook } from "../derive/careerBook";
import { rederiveAll } from "../derive/relink";
import { importFiles } from "./importFiles";
import { importSource } from "./importSource";
import { prepareFile } from "./prepareFile";
import { storeBatch } from "./storeBatch";
import { contentDigests } from "./testing";

// Chongqing-style lists over thirty years: namesakes, moves, head posts handed over, acting heads.
let pages: GeneratedPage[];
let dir: string;
let paths: string[];
beforeAll(() => {
  pages = [...generatePages({ actions: 1500, seed: 5 })];
  dir = mkdtempSync(join(tmpdir(), "renmian-batches-"));
  paths = pages.map((p) => {
    const path = join(dir, p.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, p.text);
    return path;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

const freshDb = freshDbPerTest();

/** Each file in its own transaction, as the import page does. */
async function oneByOne(order: string[]) {
  const db = await freshDb();
  for (const path of order) expect((await importSource(db, { name: path, bytes: readFileSync(path) })).status).toBe("imported");
  return contentDigests(db);
}

/**
 * The files split at the given sizes (the rest in one last batch), with one career book for the
 * run as importFiles keeps. `between(i)` runs after batch i (another writer, a dry run …).
 */
async function inBatches(
  order: string[],
  sizes: number[],
  between: (i: number, db: Db, book: CareerBook) => Promise<void> = async () => {},
) {
  const db = await freshDb();
  const book = new CareerBook();
  let at = 0;
  for (const [i, size] of [...sizes, order.length].entries()) {
    if (at >= order.length) break;
    const reports = await storeBatch(
      db,
      order.slice(at, at + size).map((p) => prepareFile(p)),
      { book },
    );
    expect(reports.every((r) => r.status === "imported")).toBe(true);
    at += size;
    await between(i, db, book);
  }
  return { db, digest: await contentDigests(db) };
}

function shuffled<T>(list: T[], random: Random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function randomSizes(n: number, random: Random): number[] {
  const sizes: number[] = [];
  for (let left = n; left > 0; ) {
    const s = random.int(1, Math.max(1, Math.ceil(n / 3)));
    sizes.push(s);
    left -= s;
  }
  return sizes;
}

describe("batched import", () => {
  it("gives, through `importFiles` with parse workers, the database that importing the files one by one gives", async () => {
    const reference = await oneByOne(paths);
    expect(reference.counts.Action).toBe(1500);
    expect(reference.counts.Tenure).toBeGreaterThan(500);

    const db = await freshDb();
    const lines: string[] = [];
    const summary = await importFiles(db, [dir], (l) => lines.push(l), { batchEntries: 400, workers: 2 });
    expect(summary).toMatchObject({ files: paths.length, imported: paths.length, failed: 0, entries: 1500 });
    expect(lines.filter((l) => l.startsWith("batch ")).length).toBeGreaterThan(2); // several transactions
    const batched = await contentDigests(db);
    expect(batched).toEqual(reference);

    // Running it again changes nothing.
    const again = await importFiles(db, [dir], () => {}, { batchEntries: 400, workers: 0 });
    expect(again).toMatchObject({ imported: 0, duplicates: paths.length });
    expect(await contentDigests(db)).toEqual(reference);
  }, 600_000);

  it("gives the same database shuffled, file by file or in batches", async () => {
    const order = shuffled(paths, new Random(7));
    const byFile = await oneByOne(order);
    // Out of date order, later files may make the linker revise earlier decisions (people left as
    // redirects: how many depends on the identity rules, so the count is not asserted here).
    const { digest } = await inBatches(order, [5, 1, 9]);
    expect(digest.digests).toEqual(byFile.digests);
    expect((await inBatches(paths, [])).digest.digests).toEqual(byFile.digests);
  }, 600_000);

  it("equals a full re-derivation for random orders split into random batches", async () => {
    // The reference: every file in one batch (all entries linked and all tenures derived at once).
    const { db, digest: reference } = await inBatches(paths, []);
    const r = await rederiveAll(db);
    expect(r.changedActions).toBe(0);
    expect((await contentDigests(db)).digests).toEqual(reference.digests);

    const random = new Random(2026);
    // In date order every later batch comes after everything stored: its people are decided against
    // the stored ones replayed (lib/derive/relink.ts), which must give the same.
    for (let run = 0; run < 2; run++) {
      const sizes = randomSizes(paths.length, random);
      const { digest } = await inBatches(paths, sizes);
      expect(digest.digests, `date order, batches of ${sizes.join(", ")}`).toEqual(reference.digests);
    }
    // The run's careers are dropped when what they were built from changes: a dry run decides entries
    // it never commits; another writer stores a page between two of the run's batches.
    const dateOf = (i: number) => pages[i].name.slice(5, 15);
    const startsDay = (i: number) => dateOf(i - 1) < dateOf(i);
    const from = paths.findIndex((_, i) => i >= paths.length / 2 && startsDay(i));
    const to = paths.findIndex((_, i) => i >= from + paths.length / 6 && startsDay(i));
    const run = [...paths.slice(0, from), ...paths.slice(to)];
    const { digest: interrupted } = await inBatches(run, [Math.floor(from / 2), from - Math.floor(from / 2)], async (i, db, book) => {
      if (i === 0) expect((await storeBatch(db, [prepareFile(paths[paths.length - 1])], { book, dryRun: true }))[0].status).toBe("preview");
      if (i !== 1) return;
      for (const path of paths.slice(from, to))
        expect((await importSource(db, { name: path, bytes: readFileSync(path) })).status).toBe("imported");
    });
    expect(interrupted.digests, `with ${pages[from].name} … ${pages[to - 1].name} stored by another writer`).toEqual(reference.digests);
    for (let run = 0; run < 3; run++) {
      const order = shuffled(paths, random);
      const sizes = randomSizes(order.length, random);
      const { digest } = await inBatches(order, sizes);
      expect(digest.digests, `order #${run}, batches of ${sizes.join(", ")}`).toEqual(reference.digests);
    }
  }, 600_000);
});
