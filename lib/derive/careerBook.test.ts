// The run's careers are kept only while they match the database: another writer, a dry run, a
// correction or an out-of-order batch empties the book, so the next batch reads its names again.
import { beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPage, generatePages } from "../../tools/generate";
import type { Db } from "../db/client";
import { freshDbPerTest } from "../db/testing";
import { importSource } from "../import/importSource";
import { prepareSource } from "../import/prepare";
import { storeBatch } from "../import/storeBatch";
import { CareerBook } from "./careerBook";

let pages: GeneratedPage[];
beforeAll(() => {
  pages = [...generatePages({ actions: 600, seed: 11 })]; // in date order
});
const freshDb = freshDbPerTest();

const prepared = (p: GeneratedPage) => prepareSource({ name: p.name, bytes: Buffer.from(p.text) });
/** Whether the book still holds its careers when the next batch starts (as linkNames asks). */
const keptAtNextBatch = (db: Db, book: CareerBook) =>
  db.$transaction(async (tx) => {
    await book.begin(tx);
    const kept = book.names.size > 0;
    await book.seal(tx);
    book.commit();
    return kept;
  });

describe("CareerBook", () => {
  it("keeps the careers of the run's batches for the next one", async () => {
    const db = await freshDb();
    const book = new CareerBook();
    await storeBatch(db, pages.slice(0, 3).map(prepared), { book });
    const first = book.names.size;
    expect(first).toBeGreaterThan(10);
    await storeBatch(db, pages.slice(3, 6).map(prepared), { book });
    expect(book.names.size).toBeGreaterThan(first); // the first batch's names are still known
    expect(await keptAtNextBatch(db, book)).toBe(true);
  });

  it("starts over when another writer stored entries between two batches", async () => {
    const db = await freshDb();
    const book = new CareerBook();
    await storeBatch(db, pages.slice(0, 3).map(prepared), { book });
    expect((await importSource(db, { name: pages[3].name, bytes: Buffer.from(pages[3].text) })).status).toBe("imported");
    expect(await keptAtNextBatch(db, book)).toBe(false);
  });

  it("starts over after a dry run, whose decisions were rolled back", async () => {
    const db = await freshDb();
    const book = new CareerBook();
    await storeBatch(db, pages.slice(0, 3).map(prepared), { book });
    expect((await storeBatch(db, [prepared(pages[3])], { book, dryRun: true }))[0].status).toBe("preview");
    expect(book.names.size).toBe(0);
  });

  it("starts over when a batch comes before what is stored (stored decisions may change)", async () => {
    const db = await freshDb();
    const book = new CareerBook();
    await storeBatch(db, pages.slice(3, 6).map(prepared), { book });
    expect(book.names.size).toBeGreaterThan(0);
    await storeBatch(db, pages.slice(0, 3).map(prepared), { book });
    expect(book.names.size).toBe(0);
  });
});
