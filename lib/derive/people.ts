// Stores new people. Every Person row gets its name's bigrams (NameBigram, for search) from a
// trigger on Person, whatever code inserts it (migrations 0007, 0013, 0016). On SQLite that
// trigger writes one person's bigrams at a time, in no order: storing 265,000 people of a
// 1 M-action import cost 9 s, 6 of them in the trigger. A large insert here therefore lifts the
// trigger inside its own transaction (SQLite's schema changes are transactional: no other
// connection ever sees the table without it), writes the people, writes their names' bigrams in
// one sorted statement, and puts the trigger back as it was stored.
import { providerOf, type Tx } from "../db/client";
import { keyReadings, nameKey } from "../domain/names";
import { insertRowsGivingIds } from "./rows";

/** From this many people on, the SQLite trigger is lifted for the insert. */
const BULK_PEOPLE = 2000;
const TRIGGER = "Person_nameBigram";

/** Inserts people named as given; returns their ids in order. */
export async function insertPeople(tx: Tx, names: string[], keyOf: (name: string) => string = nameKey): Promise<number[]> {
  const rows = names.map((name) => {
    const key = keyOf(name);
    return { name, nameKey: key, ...keyReadings(key) };
  });
  const insert = () => insertRowsGivingIds(tx, "Person", ["name", "nameKey", "pinyin", "initials"], rows);
  if (providerOf(tx) !== "sqlite" || rows.length < BULK_PEOPLE) return insert();
  const [trigger] = await tx.$queryRaw<
    { sql: string }[]
  >`SELECT "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" = ${TRIGGER}`;
  if (!trigger) return insert();
  await tx.$executeRawUnsafe(`DROP TRIGGER "${TRIGGER}"`);
  const ids = await insert();
  // The trigger's rows (0013): each two-character piece of the key at positions 1..31.
  const keys = JSON.stringify([...new Set(rows.map((r) => r.nameKey))]);
  await tx.$executeRaw`INSERT OR IGNORE INTO "NameBigram" ("bigram", "nameKey")
    SELECT substr(k."value", p."n", 2), k."value" FROM json_each(${keys}) AS k JOIN "NameBigramPosition" p ON p."n" < length(k."value")
    ORDER BY 1, 2`;
  await tx.$executeRawUnsafe(trigger.sql);
  return ids;
}
