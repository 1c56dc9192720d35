// A run's book of open tenures must hold, after every batch, exactly the stored tenures with no
// end: the next batch's tenures go on from it without reading the database.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/prisma/client";
import { type GeneratedPage, generatePages } from "../../tools/generate";
import type { Db } from "../db/client";
import { freshDbPerTest } from "../db/testing";
import { prepareSource } from "../import/prepare";
import { storeBatch } from "../import/storeBatch";
import { CareerBook } from "./careerBook";
import { incrementalTenures, type OpenTenure, readOpenTenures } from "./tenures";

let pages: GeneratedPage[];
beforeAll(() => {
  pages = [...generatePages({ actions: 3000, seed: 23 })]; // in date order: head posts handed over, acting heads, removals
});
const freshDb = freshDbPerTest();

const prepared = (p: GeneratedPage) => prepareSource({ name: p.name, bytes: Buffer.from(p.text) });
const dayOf = (p: GeneratedPage) => p.name.slice(5, 15);
const describe_ = (t: OpenTenure) => `${t.postId}:${t.personId}:${t.startActionId}:${t.startDate}:${t.acting}`;

/** The book's open tenures of every post against the stored ones. */
async function bookAndStored(db: Db, book: CareerBook) {
  const posts = (await db.post.findMany({ select: { id: true } })).map((p) => p.id);
  return db.$transaction(async (tx) => {
    const inBook = [...(await book.tenures.openOf(tx, posts)).values()].flat().map(describe_).sort();
    const stored = (await readOpenTenures(tx, Prisma.sql`1 = 1`)).map(describe_).sort();
    return { inBook, stored };
  });
}

describe("OpenTenureBook", () => {
  it("holds exactly the stored open tenures after each batch of a run in date order", async () => {
    const db = await freshDb();
    const book = new CareerBook();
    const before = { ...incrementalTenures };
    // Batches of about 4 pages, each ending where a day ends (so that each comes after the stored ones).
    let checked = 0;
    for (let at = 0; at < pages.length; ) {
      let end = Math.min(pages.length, at + 4);
      while (end < pages.length && dayOf(pages[end]) === dayOf(pages[end - 1])) end++;
      const reports = await storeBatch(db, pages.slice(at, end).map(prepared), { book });
      expect(reports.every((r) => r.status === "imported")).toBe(true);
      at = end;
      expect(book.names.size).toBeGreaterThan(0); // the run's book was kept (not emptied and read again below)
      const { inBook, stored } = await bookAndStored(db, book);
      expect(inBook, `after the batch ending with ${pages[end - 1].name}`).toEqual(stored);
      if (stored.length) checked++;
    }
    expect(checked).toBeGreaterThan(5);
    expect(incrementalTenures.continuedPosts - before.continuedPosts).toBeGreaterThan(300); // the book's path was taken
    // and posts derived again from all their actions (a removal the open tenures cannot place) were read again
    expect(incrementalTenures.recomputedPosts - before.recomputedPosts).toBeGreaterThan(0);
  }, 300_000);
});
