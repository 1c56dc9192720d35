// New people get their names' bigrams (search) whether they come one at a time (the trigger on
// Person) or thousands at a time (insertPeople lifts the SQLite trigger and writes them in one
// statement): the same rows, and the trigger is back afterwards.
import { describe, expect, it } from "vitest";
import { providerOf } from "../db/client";
import { freshDbPerTest } from "../db/testing";
import { nameKey } from "../domain/names";
import { BIGRAM_TRIGGER, insertPeople } from "./people";

const freshDb = freshDbPerTest();

const SURNAMES = ["王", "李", "张", "刘", "陈", "欧阳", "司马", "劉", "諸葛"];
const GIVEN = ["伟", "建国", "海", "小红", "德阳", "国杰", "佩伏", "明", "一二三四五六七八九十"];
/** 81 names (Simplified, Traditional, two to thirteen characters), each printed many times: 3,240 people. */
const names = Array.from({ length: 3240 }, (_, i) => SURNAMES[i % 9] + GIVEN[Math.floor(i / 9) % 9]);
const keyed = (list: string[]) => list.map((name) => ({ name, nameKey: nameKey(name) }));

const bigramsOf = async (db: Awaited<ReturnType<typeof freshDb>>) =>
  (await db.nameBigram.findMany({ select: { bigram: true, nameKey: true } })).map((b) => `${b.bigram}:${b.nameKey}`).sort();

describe("insertPeople", () => {
  it("stores the same bigrams in bulk as one by one, and leaves the trigger in place", async () => {
    const bulk = await freshDb();
    const ids = await bulk.$transaction((tx) => insertPeople(tx, keyed(names)));
    expect(ids).toHaveLength(names.length);
    expect(new Set(ids).size).toBe(names.length);
    const stored = await bulk.person.findMany({ where: { id: { in: ids.slice(0, 3) } }, orderBy: { id: "asc" } });
    expect(stored.map((p) => p.name)).toEqual(names.slice(0, 3));
    expect(ids).toEqual([...ids].sort((a, b) => a - b)); // in the order given

    const oneByOne = await freshDb();
    await oneByOne.$transaction(async (tx) => {
      for (const name of new Set(names)) await insertPeople(tx, keyed([name]));
    });
    const expected = await bigramsOf(oneByOne);
    expect(expected).toContain("一二:王一二三四五六七八九十");
    expect(expected).toContain("诸葛:诸葛海"); // keys are Simplified
    expect(await bigramsOf(bulk)).toEqual(expected);

    // The trigger is back: a person inserted afterwards, one at a time, gets the bigrams of a new name.
    await bulk.$transaction((tx) => insertPeople(tx, keyed(["上官婉儿"])));
    expect(await bigramsOf(bulk)).toEqual(expect.arrayContaining(["上官:上官婉儿", "官婉:上官婉儿", "婉儿:上官婉儿"]));
    if (providerOf(bulk) === "sqlite") {
      // (and the one the bulk path expects: were it another, the bulk path would not be taken)
      const triggers = await bulk.$queryRaw<
        { name: string; sql: string }[]
      >`SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "tbl_name" = 'Person'`;
      expect(triggers).toEqual([{ name: "Person_nameBigram", sql: BIGRAM_TRIGGER }]);
    }
  }, 120_000);
});
